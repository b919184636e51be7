import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cli, fixtures, tempDir } from './_helpers.js';

function project(config?: string): string {
  const dir = tempDir();
  cpSync(fixtures('project'), dir, { recursive: true });
  if (config !== undefined) writeFileSync(join(dir, 'compose.config.ts'), config);
  return dir;
}

const read = (dir: string, file: string): string => readFileSync(join(dir, file), 'utf8');

describe('generate', () => {
  it('writes one file per target, matching the golden files', async () => {
    const dir = project();
    const run = await cli([], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('created docker-compose.yml (dev)\ncreated docker-compose.prod.yml (prod)\n');
    expect(run.code).toBe(0);
    await expect(read(dir, 'docker-compose.yml')).toMatchFileSnapshot('golden/project/docker-compose.yml');
    await expect(read(dir, 'docker-compose.prod.yml')).toMatchFileSnapshot('golden/project/docker-compose.prod.yml');
  });

  it('is deterministic: a second run writes the same bytes and touches nothing', async () => {
    const dir = project();
    await cli(['generate'], { cwd: dir });
    const first = read(dir, 'docker-compose.yml');
    const mtime = statSync(join(dir, 'docker-compose.yml')).mtimeMs;
    const again = await cli(['generate'], { cwd: dir });
    expect(again.stdout).toBe('unchanged docker-compose.yml (dev)\nunchanged docker-compose.prod.yml (prod)\n');
    expect(read(dir, 'docker-compose.yml')).toBe(first);
    expect(statSync(join(dir, 'docker-compose.yml')).mtimeMs).toBe(mtime);
  });

  it('leaves no temporary file behind', async () => {
    const dir = project();
    await cli(['generate'], { cwd: dir });
    expect(readdirSync(dir).sort()).toEqual(['compose.config.ts', 'docker-compose.prod.yml', 'docker-compose.yml']);
  });

  it('--target writes only that target', async () => {
    const dir = project();
    const run = await cli(['--target', 'prod'], { cwd: dir });
    expect(run).toMatchObject({ code: 0, stdout: 'created docker-compose.prod.yml (prod)\n' });
    expect(existsSync(join(dir, 'docker-compose.yml'))).toBe(false);
  });

  it('an unknown --target cannot run (exit 2)', async () => {
    const run = await cli(['-t', 'staging'], { cwd: project() });
    expect(run).toEqual({ code: 2, stdout: '', stderr: "compose-gen: unknown target 'staging' (the config defines: dev, prod)\n" });
  });

  it('without a config cannot run (exit 2)', async () => {
    const dir = tempDir();
    const run = await cli([], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^compose-gen: no compose\.config\.ts \(or \.mts, \.js, \.mjs\) in .*; create one with 'compose-gen init'\n$/);
  });

  it.each([
    [['--config', 'nope.ts'], "compose-gen: config 'nope.ts' not found\n"],
    [['--config', '.'], "compose-gen: config '.' is a directory\n"],
  ])('%j cannot run (exit 2)', async (argv, stderr) => {
    expect(await cli(argv, { cwd: project() })).toEqual({ code: 2, stdout: '', stderr });
  });

  it('loads --config with another name and extension, paths relative to its directory', async () => {
    const dir = project();
    const config = read(dir, 'compose.config.ts');
    writeFileSync(join(dir, 'compose.config.ts'), '');
    cpSync(fixtures('project'), join(dir, 'deploy'), { recursive: true });
    writeFileSync(join(dir, 'deploy', 'stack.config.mts'), config);
    const run = await cli(['--config', 'deploy/stack.config.mts'], { cwd: dir });
    expect(run.stdout).toBe('created deploy/docker-compose.yml (dev)\ncreated deploy/docker-compose.prod.yml (prod)\n');
    expect(run.code).toBe(0);
  });
});

describe('generate --check', () => {
  it('exits 0 when every file is current', async () => {
    const dir = project();
    await cli([], { cwd: dir });
    expect(await cli(['--check'], { cwd: dir })).toEqual({ code: 0, stdout: '2 files up to date\n', stderr: '' });
  });

  it('prints a diff and exits 1 for a stale file, writing nothing', async () => {
    const dir = project();
    await cli([], { cwd: dir });
    const edited = read(dir, 'docker-compose.yml').replace('mysql:5.7', 'mysql:8.0');
    writeFileSync(join(dir, 'docker-compose.yml'), edited);
    const run = await cli(['--check'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('--- a/docker-compose.yml\n+++ b/docker-compose.yml\n');
    expect(run.stdout).toMatch(/^-\s+image: mysql:8\.0$/m);
    expect(run.stdout).toMatch(/^\+\s+image: mysql:5\.7$/m);
    expect(run.stderr).toBe('compose-gen: docker-compose.yml is out of date\n');
    expect(read(dir, 'docker-compose.yml')).toBe(edited);
  });

  it('reports a missing file with a diff from nothing', async () => {
    const dir = project();
    const run = await cli(['--check'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('--- /dev/null\n+++ b/docker-compose.prod.yml\n');
    expect(run.stderr).toBe('compose-gen: docker-compose.yml is missing\ncompose-gen: docker-compose.prod.yml is missing\n');
    expect(readdirSync(dir)).toEqual(['compose.config.ts']);
  });
});

describe('generate protects files it did not write', () => {
  const hand = 'services:\n  web:\n    image: nginx\n';

  it('refuses to overwrite a file without the header (exit 1), untouched', async () => {
    const dir = project();
    writeFileSync(join(dir, 'docker-compose.yml'), hand);
    const run = await cli([], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'compose-gen: docker-compose.yml was not generated by compose-gen (no header); not overwriting it, use --force to replace it\n',
    );
    expect(read(dir, 'docker-compose.yml')).toBe(hand);
    expect(existsSync(join(dir, 'docker-compose.prod.yml'))).toBe(false);
  });

  it('--force replaces it', async () => {
    const dir = project();
    writeFileSync(join(dir, 'docker-compose.yml'), hand);
    const run = await cli(['--force'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('updated docker-compose.yml (dev)\n');
    expect(read(dir, 'docker-compose.yml')).toMatch(/^# Generated by compose-gen/);
  });
});

describe('a broken config', () => {
  it.each([
    ['throws', "import { defineCompose } from 'compose-gen';\n\nconst port: number = Number('x');\nif (Number.isNaN(port)) throw new Error('PORT is not a number');\nexport default defineCompose({ targets: { dev: 'a.yml' } });\n", /^compose-gen: compose\.config\.ts:4:\d+: config failed to load: PORT is not a number\n$/],
    ['does not compile', "import { defineCompose } from 'compose-gen';\n\nexport default defineCompose({\n  targets: { dev: 'a.yml' ,\n});\n", /^compose-gen: compose\.config\.ts:5:\d+: does not compile: .+\n$/],
    ['throws in a local import', "import { defineCompose } from 'compose-gen';\nimport { port } from './settings';\n\nexport default defineCompose({ targets: { dev: 'a.yml' }, services: { web: { image: 'x', ports: [port] } } });\n", /^compose-gen: settings\.ts:2:\d+: config failed to load: no port\n$/],
  ])('that %s: exit 1, file:line, no stack, nothing written', async (_name, config, stderr) => {
    const dir = project(config);
    writeFileSync(join(dir, 'settings.ts'), "export const port = '80';\nif (port) throw new Error('no port');\n");
    const run = await cli([], { cwd: dir });
    expect(run.stderr).toMatch(stderr);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.code).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(['compose.config.ts', 'settings.ts']);
  });

  it('with reference errors: diagnostics at the config line, exit 1, nothing written', async () => {
    const dir = project();
    writeFileSync(join(dir, 'compose.config.ts'), read(dir, 'compose.config.ts').replace("depends_on: ['db']", "depends_on: ['cache']"));
    const run = await cli([], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^compose\.config\.ts$/m);
    expect(run.stdout).toMatch(/^ {2}19:\d+ +error +.*cache/m);
    expect(run.stderr).toMatch(/no file written\n$/);
    expect(readdirSync(dir)).toEqual(['compose.config.ts']);
  });
});

describe('generate with envExample', () => {
  it('writes .env.example (or the named file) next to the config, protected like the compose files', async () => {
    const dir = project();
    const config = read(dir, 'compose.config.ts')
      .replace("image: 'mysql:5.7'", "image: 'mysql:${MYSQL_TAG:-5.7}'")
      .replace("MYSQL_ROOT_PASSWORD: 'mysql'", "MYSQL_ROOT_PASSWORD: '${DB_PASSWORD:?set DB_PASSWORD}'")
      .replace('volumes: { dbdata:', "envExample: true,\n  volumes: { dbdata:");
    writeFileSync(join(dir, 'compose.config.ts'), config);
    const run = await cli([], { cwd: dir });
    expect(run.stdout).toBe('created docker-compose.yml (dev)\ncreated docker-compose.prod.yml (prod)\ncreated .env.example\n');
    await expect(read(dir, '.env.example')).toMatchFileSnapshot('golden/project/env.example');
    expect(await cli(['--check'], { cwd: dir })).toMatchObject({ code: 0, stdout: '3 files up to date\n' });

    writeFileSync(join(dir, 'compose.config.ts'), config.replace('envExample: true', "envExample: 'deploy.env.example'"));
    writeFileSync(join(dir, 'deploy.env.example'), 'DB_PASSWORD=hand-written\n');
    const refused = await cli([], { cwd: dir });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('deploy.env.example was not generated by compose-gen');
  });
});

describe('a config without targets', () => {
  it.each([
    ['no default export', "export const services = {};\n"],
    ['empty targets', "import { defineCompose } from 'compose-gen';\nexport default defineCompose({ targets: {} });\n"],
  ])('%s: exit 1 with a hint', async (_name, config) => {
    const run = await cli([], { cwd: project(config) });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^ {2}1:1 +error +the config declares no targets: export default defineCompose/m);
  });
});

describe('writing', () => {
  it('creates missing directories of a target file', async () => {
    const dir = project();
    writeFileSync(join(dir, 'compose.config.ts'), read(dir, 'compose.config.ts').replace("dev: 'docker-compose.yml'", "dev: 'deploy/dev/docker-compose.yml'"));
    const run = await cli([], { cwd: dir });
    expect(run.stdout).toContain('created deploy/dev/docker-compose.yml (dev)\n');
    expect(read(dir, 'deploy/dev/docker-compose.yml')).toMatch(/^# Generated by compose-gen from \.\.\/\.\.\/compose\.config\.ts \(target: dev\)/);
  });

  it('a target file that cannot be written: exit 2, one line', async () => {
    const dir = project();
    writeFileSync(join(dir, 'compose.config.ts'), read(dir, 'compose.config.ts').replace("dev: 'docker-compose.yml'", "dev: 'compose.config.ts/x.yml'"));
    const run = await cli([], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^compose-gen: [^\n]+\n$/);
  });
});

describe('generate --check on a terminal', () => {
  it('colours the diff unless NO_COLOR', async () => {
    const dir = project();
    const coloured = await cli(['--check'], { cwd: dir, env: { FORCE_COLOR: '1', NO_COLOR: '' } });
    expect(coloured.stdout).toContain('\u001b[32m+services:');
    expect(coloured.stdout.replace(/\u001b\[\d+m/g, '')).toBe((await cli(['--check'], { cwd: dir })).stdout);
  });
});

describe('the $schema modeline', () => {
  const modeline = (text: string): string => /^# yaml-language-server: \$schema=(.*)$/m.exec(text)?.[1] ?? '';
  const pkg = fileURLToPath(new URL('..', import.meta.url));
  const shipped = readFileSync(join(pkg, 'schemas/compose.schema.json'), 'utf8');

  it("points at the installed package's schema, relative to each file, when node_modules/compose-gen is above the config", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'node_modules'));
    symlinkSync(pkg, join(dir, 'node_modules', 'compose-gen'), 'dir');
    cpSync(fixtures('project'), join(dir, 'app'), { recursive: true });
    const config = join(dir, 'app', 'compose.config.ts');
    writeFileSync(config, read(dir, 'app/compose.config.ts').replace("prod: { file: 'docker-compose.prod.yml'", "prod: { file: 'deploy/prod/docker-compose.yml'"));
    expect(await cli([], { cwd: join(dir, 'app') })).toMatchObject({ code: 0, stderr: '' });
    const dev = modeline(read(dir, 'app/docker-compose.yml'));
    const prod = modeline(read(dir, 'app/deploy/prod/docker-compose.yml'));
    expect([dev, prod]).toEqual(['../node_modules/compose-gen/schemas/compose.schema.json', '../../../node_modules/compose-gen/schemas/compose.schema.json']);
    expect(readFileSync(resolve(join(dir, 'app'), dev), 'utf8')).toBe(shipped);
    expect(readFileSync(resolve(join(dir, 'app/deploy/prod'), prod), 'utf8')).toBe(shipped);
  });

  it('starts with ./ for a package beside the file, and is the same bytes in another directory of the same layout', async () => {
    const texts: string[] = [];
    for (const dir of [tempDir(), tempDir()]) {
      cpSync(fixtures('project'), dir, { recursive: true });
      mkdirSync(join(dir, 'node_modules'));
      symlinkSync(pkg, join(dir, 'node_modules', 'compose-gen'), 'dir');
      await cli([], { cwd: dir });
      texts.push(read(dir, 'docker-compose.yml'));
    }
    expect(modeline(texts[0]!)).toBe('./node_modules/compose-gen/schemas/compose.schema.json');
    expect(texts[1]).toBe(texts[0]);
  });

  it('without an installed package names where a local install puts it, so a global or one-off run writes the same line', async () => {
    const bare = project();
    writeFileSync(join(bare, 'compose.config.ts'), read(bare, 'compose.config.ts').replace("prod: { file: 'docker-compose.prod.yml'", "prod: { file: 'deploy/docker-compose.prod.yml'"));
    expect(await cli([], { cwd: bare })).toMatchObject({ code: 0, stderr: '' });
    expect(modeline(read(bare, 'docker-compose.yml'))).toBe('./node_modules/compose-gen/schemas/compose.schema.json');
    expect(modeline(read(bare, 'deploy/docker-compose.prod.yml'))).toBe('../node_modules/compose-gen/schemas/compose.schema.json');
    const before = read(bare, 'docker-compose.yml');
    mkdirSync(join(bare, 'node_modules'));
    symlinkSync(pkg, join(bare, 'node_modules', 'compose-gen'), 'dir');
    expect(await cli(['--check'], { cwd: bare })).toMatchObject({ code: 0, stderr: '' });
    expect(read(bare, 'docker-compose.yml')).toBe(before);
  });

  it('with an installed package that ships no schemas still names that package', async () => {
    const old = project();
    const app = join(old, 'app');
    cpSync(fixtures('project'), app, { recursive: true });
    mkdirSync(join(old, 'node_modules', 'compose-gen'), { recursive: true });
    writeFileSync(join(old, 'node_modules', 'compose-gen', 'package.json'), '{ "name": "compose-gen", "version": "0.0.1" }\n');
    await cli([], { cwd: app });
    expect(modeline(read(app, 'docker-compose.yml'))).toBe('../node_modules/compose-gen/schemas/compose.schema.json');
  });

  it('the package ships both schemas, byte for byte, through its exports', () => {
    const manifest = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8'));
    expect(manifest.files).toContain('schemas');
    expect(manifest.exports['./schemas/*']).toBe('./schemas/*');
    for (const name of ['compose.schema.json', 'lint-config.schema.json']) {
      expect(readFileSync(join(pkg, 'schemas', name), 'utf8')).toBe(readFileSync(join(pkg, '../../schemas', name), 'utf8'));
    }
  });
});

describe('config-wide problems', () => {
  it('are printed once, however many targets the config has (a name declared nowhere among them); per-target ones once per target', async () => {
    const config = [
      "import { defineCompose } from 'compose-gen';",
      '',
      'export default defineCompose({',
      "  targets: { dev: 'docker-compose.yml', prod: 'docker-compose.prod.yml', test: 'docker-compose.test.yml', ci: { production: true } as never },",
      '  services: {',
      "    web: { image: 'nginx', depends_on: ['cache', 'db'], overrides: { qa: { image: 'x' } } },",
      "    worker: { image: 'python', only: ['staging'] },",
      "    db: { image: 'mysql', only: ['dev'] },",
      '  },',
      "  volumes: { data: { only: 'dev' as never } },",
      '});',
      '',
    ].join('\n');
    const run = await cli(['-F', 'json'], { cwd: project(config) });
    expect(run.code).toBe(1);
    const found = (JSON.parse(run.stdout) as { line: number; ruleId: string; target?: string }[]).map((d) => [d.line, d.ruleId, d.target ?? '*']);
    expect(found).toEqual([
      [4, 'config/invalid', '*'],
      [6, 'config/undefined-service', '*'],
      [6, 'config/undefined-service', 'prod'],
      [6, 'config/undefined-service', 'test'],
      [6, 'config/unknown-target', '*'],
      [7, 'config/unknown-target', '*'],
      [10, 'config/invalid', '*'],
    ]);
    expect(run.stderr).toBe('compose-gen: the config has 7 errors; no file written\n');
  });

  it('a bad value in a base entry is printed once, without a target; one an override set, with its target', async () => {
    const config = [
      "import { defineCompose } from 'compose-gen';",
      'export default defineCompose({',
      "  targets: { dev: 'docker-compose.yml', prod: 'docker-compose.prod.yml' },",
      "  services: { web: { image: 5 as never, overrides: { prod: { restart: 3 as never } } } },",
      '});',
      '',
    ].join('\n');
    const run = await cli([], { cwd: project(config) });
    expect(run.stdout.match(/services\.web\.image must be a string/g)).toHaveLength(1);
    expect(run.stdout).not.toMatch(/image must be a string[^\n]*\(target/);
    expect(run.stdout).toMatch(/services\.web\.restart must be [^\n]*\(target 'prod'\)/);
    expect(run.stderr).toBe('compose-gen: the config has 2 errors; no file written\n');
  });
});
