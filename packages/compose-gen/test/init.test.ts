import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { addScripts } from '../src/commands/_package-json.js';
import { run, SCRIPTS } from '../src/commands/init.js';
import { cli, tempDir } from './_helpers.js';

const read = (dir: string, file: string): string => readFileSync(join(dir, file), 'utf8');

describe('compose-gen init', () => {
  test.each(['django-mysql-nginx', 'node-postgres', 'blank'])('%s: the scaffold generates and checks clean', async (recipe) => {
    const dir = tempDir();
    const init = await cli(['init', '--recipe', recipe, '--name', 'shop', '--yes'], { cwd: dir });
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);
    expect(init.stdout).toContain(`created compose.config.ts (${recipe})\n`);
    expect(read(dir, 'compose.config.ts')).toContain("from 'compose-gen';");

    const generate = await cli([], { cwd: dir });
    expect(generate.stderr).toBe('');
    expect(generate.code).toBe(0);
    expect(existsSync(join(dir, 'docker-compose.yml'))).toBe(true);
    expect(existsSync(join(dir, 'docker-compose.prod.yml'))).toBe(true);
    expect((await cli(['--check'], { cwd: dir })).code).toBe(0);
    // The django prod target reads the server's .env; lint compares its keys when it is there.
    writeFileSync(join(dir, '.env'), 'DJANGO_SETTINGS_MODULE=shop.settings.prod\nDATABASE_HOST=db.internal\nDATABASE_PASSWORD=secret\n');
    const lint = await cli(['lint'], { cwd: dir });
    expect(lint.stderr + lint.stdout).toBe('');
    expect(lint.code).toBe(0);
  });

  test.each(['django-mysql-nginx', 'node-postgres', 'blank'])('%s: without --name, docker-compose 1.x reads every generated file', async (recipe) => {
    const dir = tempDir();
    expect((await cli(['init', '--recipe', recipe, '--yes'], { cwd: dir })).code).toBe(0);
    const config = read(dir, 'compose.config.ts');
    expect(config).not.toMatch(/^\s*name:/m);
    expect((await cli([], { cwd: dir })).code).toBe(0);
    // What the files read from the project: a Dockerfile folder for nginx, the server's .env.
    mkdirSync(join(dir, 'config/nginx'), { recursive: true });
    writeFileSync(join(dir, '.env'), 'A=1\n');
    const env = { PATH: process.env.PATH, MYSQL_ROOT_PASSWORD: 'x', POSTGRES_PASSWORD: 'x' };
    for (const file of ['docker-compose.yml', 'docker-compose.prod.yml']) {
      expect(execFileSync('docker-compose', ['-f', file, 'config', '-q'], { cwd: dir, env, encoding: 'utf8' })).toBe('');
    }
  });

  test('--name writes the top-level name', async () => {
    const dir = tempDir();
    expect((await cli(['init', '--recipe', 'django-mysql-nginx', '--name', 'shop', '--yes'], { cwd: dir })).code).toBe(0);
    expect(read(dir, 'compose.config.ts')).toContain("export default defineCompose({\n  name: 'shop',\n  targets: {");
    expect(read(dir, 'compose.config.ts')).toContain("const project = 'shop';");
    const help = await cli(['init', '--help'], { cwd: dir });
    expect(help.stdout).toMatch(/--name NAME +.*top-level name \(docker-compose 1\.x rejects it\)/);
  });

  test('adds the scripts to package.json keeping its indent, and a workflow that checks and lints', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'package.json'), '{\n    "name": "@acme/My Shop",\n    "scripts": {\n        "test": "vitest"\n    }\n}\n');
    writeFileSync(join(dir, 'pnpm-lock.yaml'), "lockfileVersion: '9.0'\n");
    const result = await cli(['init', '--yes'], { cwd: dir, env: { npm_config_user_agent: 'pnpm/10.4.1 npm/? node/v20.11.0 linux x64' } });
    expect(result.code).toBe(0);
    expect(read(dir, 'package.json')).toBe(
      '{\n    "name": "@acme/My Shop",\n    "scripts": {\n        "test": "vitest",\n' +
        '        "compose:gen": "compose-gen",\n        "compose:check": "compose-gen --check"\n    }\n}\n',
    );
    expect(read(dir, 'compose.config.ts')).not.toMatch(/^\s*name:/m);
    const ci = read(dir, '.github/workflows/compose.yml');
    // No packageManager field in package.json: the action needs the version, the major of the pnpm running init.
    expect(ci).toContain('      - uses: pnpm/action-setup@v4\n        with:\n          version: 10\n      - uses: actions/setup-node@v4\n');
    expect(ci).toContain('      - run: pnpm install --frozen-lockfile\n');
    expect(ci).toContain('        run: pnpm exec compose-gen --check\n');
    expect(ci).toContain('        run: pnpm exec compose-gen lint\n');
  });

  test.each([
    ['a packageManager field: the action reads it', '{ "name": "p", "packageManager": "pnpm@9.15.0" }\n', {}, ''],
    ['no field, run by npm, no pnpm on PATH: 9', '{ "name": "p" }\n', { npm_config_user_agent: 'npm/10.2.4 node/v20.11.0 linux x64', PATH: '' }, '        with:\n          version: 9\n'],
    ['no package.json, pnpm 8 running', undefined, { npm_config_user_agent: 'pnpm/8.15.4 npm/? node/v20.11.0 linux x64' }, '        with:\n          version: 8\n'],
  ])('pnpm workflow with %s', async (_name, pkg, env, expected) => {
    const dir = tempDir();
    if (pkg !== undefined) writeFileSync(join(dir, 'package.json'), pkg);
    writeFileSync(join(dir, 'pnpm-lock.yaml'), "lockfileVersion: '9.0'\n");
    expect((await cli(['init', '--yes', '--name', 'p'], { cwd: dir, env })).code).toBe(0);
    expect(read(dir, '.github/workflows/compose.yml')).toContain(`      - uses: pnpm/action-setup@v4\n${expected}      - uses: actions/setup-node@v4\n`);
  });

  test('never overwrites compose.config.ts without --force; keeps an existing workflow', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'compose.config.ts'), 'mine\n');
    mkdirSync(join(dir, '.github/workflows'), { recursive: true });
    writeFileSync(join(dir, '.github/workflows/compose.yml'), 'ours\n');
    const refused = await cli(['init', '--yes'], { cwd: dir });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('compose.config.ts already exists; not overwriting it, use --force');
    expect(read(dir, 'compose.config.ts')).toBe('mine\n');

    const forced = await cli(['init', '--yes', '--force', '--recipe', 'node-postgres'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(read(dir, 'compose.config.ts')).toContain('...postgres({');
    expect(read(dir, '.github/workflows/compose.yml')).toContain('compose-gen --check');
  });

  test.each([
    [['--recipe', 'rails'], "unknown recipe 'rails' (choose: django-mysql-nginx, node-postgres, blank)"],
    [['--name', 'My App'], "'My App' is not a Compose project name"],
    [['--recipe', 'django-mysql-nginx', '--name', '1st'], 'cannot name a Django project'],
  ])('rejects %j with exit 2', async (flags, message) => {
    const dir = tempDir();
    const result = await cli(['init', '--yes', ...flags], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(existsSync(join(dir, 'compose.config.ts'))).toBe(false);
  });

  test('asks for the recipe and the name on a terminal', async () => {
    const dir = tempDir();
    const stdin = Object.assign(new PassThrough(), { isTTY: true });
    stdin.end('node-postgres\nbilling\n');
    let stdout = '';
    const code = await run([], { cwd: dir, env: {}, stdout: { write: (s: string) => (stdout += s) }, stderr: { write: () => true }, stdin });
    expect(code).toBe(0);
    expect(stdout).toContain('Recipe (blank): ');
    expect(stdout).toContain('Project name (');
    expect(read(dir, 'compose.config.ts')).toContain("database: 'billing'");
    expect(read(dir, 'compose.config.ts')).not.toMatch(/^\s*name:/m);
    expect(read(dir, 'compose.config.ts')).toContain('...postgres({');
  });
});

describe('addScripts', () => {
  test.each([
    ['no scripts yet', '{\n  "name": "a"\n}\n', '{\n  "name": "a",\n  "scripts": {\n    "compose:gen": "compose-gen",\n    "compose:check": "compose-gen --check"\n  }\n}\n'],
    ['empty scripts, tabs', '{\n\t"scripts": {}\n}', '{\n\t"scripts": {\n\t\t"compose:gen": "compose-gen",\n\t\t"compose:check": "compose-gen --check"\n\t}\n}'],
    ['CRLF line ends', '{\r\n  "name": "a"\r\n}\r\n', '{\r\n  "name": "a",\r\n  "scripts": {\r\n    "compose:gen": "compose-gen",\r\n    "compose:check": "compose-gen --check"\r\n  }\r\n}\r\n'],
    ['an empty object', '{}\n', '{"scripts":{"compose:gen":"compose-gen","compose:check":"compose-gen --check"}}\n'],
    ['one line, compact', '{"name":"p","private":true}\n', '{"name":"p","private":true,"scripts":{"compose:gen":"compose-gen","compose:check":"compose-gen --check"}}\n'],
    [
      'one line, spaced, with scripts',
      '{ "name": "p", "scripts": { "test": "vitest" }, "files": ["dist"] }',
      '{ "name": "p", "scripts": { "test": "vitest", "compose:gen": "compose-gen", "compose:check": "compose-gen --check" }, "files": ["dist"] }',
    ],
  ])('%s', (_name, before, after) => {
    const result = addScripts(before, SCRIPTS);
    expect(result.text).toBe(after);
    expect(result.added).toEqual(['compose:gen', 'compose:check']);
  });

  test('keeps a script the project already has under that name', () => {
    const before = '{ "scripts": { "compose:gen": "node gen.js", "compose:check": "compose-gen --check" } }';
    const result = addScripts(before, SCRIPTS);
    expect(result).toEqual({ text: before, added: [], kept: ['compose:gen'] });
  });

  test('a nested "scripts" key elsewhere is not mistaken for the top-level one', () => {
    const before = '{\n  "config": { "scripts": { "x": "y" } },\n  "scripts": { "a": "b" }\n}\n';
    const after = JSON.parse(addScripts(before, SCRIPTS).text) as { config: unknown; scripts: unknown };
    expect(after.config).toEqual({ scripts: { x: 'y' } });
    expect(after.scripts).toEqual({ a: 'b', ...SCRIPTS });
  });
});
