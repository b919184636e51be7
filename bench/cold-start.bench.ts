import { join } from 'node:path';
import { bench, describe } from 'vitest';
import { bin, corpusDir, root, spawnNode } from './_shared.js';

const file = join(corpusDir, 'real/awesome-compose/django/compose.yaml');
const example = join(root, 'examples/django-mysql-nginx');
const options = { iterations: 10, warmupIterations: 2, time: 0 };

describe('cold start (spawned process)', () => {
  bench('node -e 0 (the floor)', () => spawnNode(['-e', '0'], root), options);
  bench('compose-gen --version', () => spawnNode([bin, '--version'], root), options);
  bench('compose-gen validate one file', () => spawnNode([bin, 'validate', file], root, [0, 1]), options);
  bench('compose-gen generate --check on the example', () => spawnNode([bin, 'generate', '--check'], example, [0, 1]), options);
});
