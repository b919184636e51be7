import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TargetFiles } from '@compose-gen/lint';

export const pairsDir = fileURLToPath(new URL('../../../../shared/corpus/pairs/', import.meta.url));

export interface Group {
  name: string;
  dir: string;
  targets: TargetFiles[];
}

const t = (name: string, files: string[], production = false): TargetFiles => ({ name, production, files });

// How each group is meant to be used, from the corpus notes: standalone dev/prod files, or a base with overrides.
const special: Record<string, TargetFiles[]> = {
  'django-on-docker/django-on-docker': [t('dev', ['docker-compose.yml']), t('prod', ['docker-compose.prod.yml'], true)],
  'djangopackages/djangopackages': [t('dev', ['compose.yml']), t('prod', ['compose.prod.yml'], true)],
  'docker-rails/docker-rails': [
    t('dev', ['docker-compose.yml']),
    t('test', ['docker-compose.test.yml']),
    t('production', ['docker-compose.production.yml'], true),
  ],
  'full-stack-fastapi-template/full-stack-fastapi-template': [
    t('dev', ['compose.yml', 'compose.override.yml']),
    t('prod', ['compose.yml', 'compose.deploy.yml'], true),
  ],
};

/** Every group of the corpus pairs, with its targets. */
export function groups(): Group[] {
  const out: Group[] = [];
  for (const source of readdirSync(pairsDir).sort()) {
    for (const app of readdirSync(`${pairsDir}${source}`).sort()) {
      const name = `${source}/${app}`;
      const dir = `${pairsDir}${name}/`;
      if (special[name]) {
        out.push({ name, dir, targets: special[name] });
        continue;
      }
      // awesome-compose: the plain file and its Dev Environments variant are two standalone ways to run the app.
      const files = readdirSync(dir);
      const base = files.find((f) => /^compose\.ya?ml$/.test(f));
      const variant = readdirSync(`${dir}.docker`).find((f) => /\.ya?ml$/.test(f));
      if (!base || !variant) throw new Error(`unexpected layout in ${name}`);
      out.push({ name, dir, targets: [t('compose', [base]), t('devenv', [`.docker/${variant}`])] });
    }
  }
  return out;
}

export function readTexts(group: Group): Map<string, string> {
  const names = new Set(group.targets.flatMap((x) => x.files));
  return new Map([...names].map((n) => [n, readFileSync(`${group.dir}${n}`, 'utf8')]));
}
