import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { lintProject, type SpecFunctions } from '@compose-gen/lint';
import { mergeFiles, parseCompose, validateCompose } from '@compose-gen/spec';
import { beforeAll, bench, describe } from 'vitest';
import { bin, corpusDir, ensureBuilt, root, spawnNode } from './_shared.js';

// dclint is compared as an outside tool, never a dependency: point DCLINT_BIN at its bin/dclint.cjs
// (for example after `npm install dclint@3.1.0` in a scratch folder).
const dclint = process.env.DCLINT_BIN;
if (!dclint) console.warn('lint.bench: DCLINT_BIN is not set, so the dclint rows are skipped');

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(entry.name) ? [path] : [];
  });
}

// Every well-formed file of the corpus (real and pairs); dclint stops on the first file it cannot parse.
const files = [...yamlFiles(join(corpusDir, 'real')), ...yamlFiles(join(corpusDir, 'pairs'))].sort();
const texts = new Map(files.map((f) => [relative(corpusDir, f), readFileSync(f, 'utf8')]));
const one = join(corpusDir, 'real/awesome-compose/django/compose.yaml');
const spec: SpecFunctions = { parse: (text, file) => parseCompose(text, { file }), validate: validateCompose, merge: mergeFiles };
const options = { iterations: 10, warmupIterations: 2, time: 0 };

describe(`lint the whole corpus (${files.length} files)`, () => {
  beforeAll(ensureBuilt, 300_000);
  bench('compose-gen, in process (parse + validate + all rules)', () => {
    lintProject({ texts, targets: [], files: [...texts.keys()] }, spec);
  }, options);
  bench('compose-gen lint FILE... (one process)', () => spawnNode([bin, 'lint', ...files], root, [0, 1]), options);
  bench.skipIf(!dclint)('dclint 3.1.0 FILE... (one process)', () => spawnNode([dclint ?? '', ...files], root, [0, 1]), options);
});

describe('lint one file, cold (spawned process)', () => {
  beforeAll(ensureBuilt, 300_000);
  bench('compose-gen lint FILE', () => spawnNode([bin, 'lint', one], root, [0, 1]), options);
  bench.skipIf(!dclint)('dclint 3.1.0 FILE', () => spawnNode([dclint ?? '', one], root, [0, 1]), options);
});
