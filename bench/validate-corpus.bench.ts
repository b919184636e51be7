import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { bench, describe } from 'vitest';
import { validateText } from '../packages/compose-gen/src/commands/validate.js';
import { corpusDir } from './_shared.js';

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(e.name) ? [path] : [];
  });
}

const files = ['real', 'pairs', 'invalid'].flatMap((d) => yamlFiles(join(corpusDir, d)));
const texts = files.map((f) => [relative(corpusDir, f), readFileSync(f, 'utf8')] as const);

describe(`validate the corpus in one process (${texts.length} files per iteration)`, () => {
  bench(
    'parse + validateCompose every corpus file',
    () => {
      for (const [file, text] of texts) validateText(text, file);
    },
    { iterations: 5, warmupIterations: 1, time: 0 },
  );
});
