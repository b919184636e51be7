import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli.js';
import { fixtures, sourceAlias, tempDir } from './_helpers.js';

async function until(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('generate --watch', () => {
  it('regenerates on a change of the config and of a local import, one line per run, exits 0 when stopped', async () => {
    const dir = tempDir();
    cpSync(fixtures('project'), dir, { recursive: true });
    const configPath = join(dir, 'compose.config.ts');
    const config = readFileSync(configPath, 'utf8')
      .replace("import { defineCompose, remove } from 'compose-gen';", "import { defineCompose, remove } from 'compose-gen';\nimport { mysqlImage } from './images';")
      .replace("image: 'mysql:5.7'", 'image: mysqlImage');
    writeFileSync(configPath, config);
    writeFileSync(join(dir, 'images.ts'), "export const mysqlImage = 'mysql:5.7';\n");

    let out = '';
    const lines = (): string[] => out.split('\n').filter((l) => /^\[\d\d:\d\d:\d\d\] /.test(l));
    const controller = new AbortController();
    const done = main(['--watch'], {
      cwd: dir,
      env: { NO_COLOR: '1' },
      stdout: { write: (s: string) => (out += s) },
      stderr: { write: (s: string) => (out += s) },
      alias: sourceAlias,
      signal: controller.signal,
    });
    const dev = (): string => readFileSync(join(dir, 'docker-compose.yml'), 'utf8');

    await until(() => lines().length === 1, 'the first run');
    expect(lines()[0]).toMatch(/ok: 2 written, 0 unchanged$/);
    expect(dev()).toContain('image: mysql:5.7');

    writeFileSync(join(dir, 'images.ts'), "export const mysqlImage = 'mysql:8.0';\n");
    await until(() => lines().length === 2, 'a run after editing the imported file');
    expect(lines()[1]).toMatch(/ok: 1 written, 1 unchanged$/);
    expect(dev()).toContain('image: mysql:8.0');

    writeFileSync(configPath, `${config}\nthrow new Error('half-edited');\n`);
    await until(() => lines().length === 3, 'a run after breaking the config');
    expect(lines()[2]).toMatch(/failed: compose\.config\.ts:\d+:\d+: config failed to load: half-edited$/);
    expect(out.match(/half-edited/g)).toHaveLength(1);

    writeFileSync(configPath, config.replace("'8000:8000'", "'8001:8000'"));
    await until(() => lines().length === 4, 'a run after fixing the config');
    expect(dev()).toContain('8001:8000');

    controller.abort();
    expect(await done).toBe(0);
    expect(out.split('\n')[0]).toBe('watching compose.config.ts (Ctrl-C to stop)');
  });
});
