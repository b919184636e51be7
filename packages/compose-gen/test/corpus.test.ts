import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, corpus } from './_helpers.js';

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(e.name) ? [path] : [];
  });
}

const root = corpus('');
const files = ['real', 'pairs', 'invalid'].flatMap((d) => yamlFiles(join(root, d))).map((f) => relative(root, f)).sort();

describe('every corpus file', () => {
  it('is there to test', () => {
    expect(files.length).toBeGreaterThan(200);
  });

  it('validate: judged (exit 0 or 1), JSON parseable, never "could not run"; invalid ones fail', async () => {
    const outcomes = await Promise.all(files.map(async (file) => ({ file, run: await cli(['validate', '--format', 'json', file], { cwd: root }) })));
    for (const { file, run } of outcomes) {
      expect([0, 1], `${file}: ${run.stderr}`).toContain(run.code);
      expect(run.stderr, file).toBe('');
      const diagnostics = JSON.parse(run.stdout) as { file: string; line: number }[];
      for (const d of diagnostics) expect(d.line, file).toBeGreaterThan(0);
    }
    // Every invalid file fails on its own but the include cycles, which only loading the project can see.
    const invalidPassing = outcomes.filter(({ file, run }) => file.startsWith('invalid/') && run.code === 0).map((o) => o.file);
    expect(invalidPassing).toEqual([
      'invalid/compose-go/loader/testdata/compose-include-cycle.yaml',
      'invalid/compose-go/loader/testdata/remote/cycle/compose-cycle.yaml',
      'invalid/compose-go/loader/testdata/remote/cycle/compose.yaml',
    ]);
    for (const file of invalidPassing) {
      const run = await cli(['config', '-f', file], { cwd: root });
      expect(run.code, file).toBe(1);
      expect(run.stderr, file).toMatch(/cycle|include/i);
    }
  });

  it('config: loads each real file alone without crashing, problems with a line', async () => {
    for (const file of files.filter((f) => f.startsWith('real/'))) {
      const run = await cli(['config', '-f', file, '--format', 'json'], { cwd: root });
      expect([0, 1], `${file}: ${run.stderr}`).toContain(run.code);
      if (run.code === 0) expect(typeof JSON.parse(run.stdout), file).toBe('object');
      else expect(run.stderr, file).toMatch(/^ +\d+:\d+ +error /m);
    }
  });
});
