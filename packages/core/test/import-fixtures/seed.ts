import { readFileSync } from 'node:fs';

const notes = readFileSync(new URL('../../../../../shared/seed/docker-compose-notes.ko.md', import.meta.url), 'utf8');

/** The dev file of the seed notes: the fenced block under the `docker-compose.yml` heading. */
export const seedDev = /\*\*docker-compose\.yml\*\*\s*\n\s*```\n([\s\S]*?)```/.exec(notes)?.[1] ?? '';

/** The prod file assembled from the notes' prod fragments (nginx from ./config/nginx, gunicorn behind the entrypoint). */
export const seedProd = readFileSync(new URL('./seed/docker-compose.prod.yml', import.meta.url), 'utf8');
