import { spawn } from 'node:child_process';
import { lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, fixtures, tempDir } from './_helpers.js';

// Inputs a demanding user tries, each of which once ended in a hang, a stack, an engine message or a lost entry.
// Every one must now end in one clear line (file:line where there is one), the right exit code, within 2 s.

const configError = (config: string) => ({ 'compose.config.ts': config });
const defineCompose = "import { defineCompose } from 'compose-gen';\n";
const exportHint = "a config is export default defineCompose({ targets: { dev: 'docker-compose.yml' }, ... })";

interface Case {
  name: string;
  files: Record<string, string>;
  argv: string[];
  code: number;
  /** The whole of stderr, or of stdout when `stdout` is set. */
  expected: string | RegExp;
  stdout?: boolean;
}

const cases: Case[] = [
  {
    name: 'generate: a config whose default export is null',
    files: configError('export default null;\n'),
    argv: [],
    code: 1,
    expected: `compose-gen: compose.config.ts:1: its default export is null, not a config; ${exportHint}\n`,
  },
  {
    name: 'generate: a config whose default export is a number',
    files: configError('const port = 8080;\n\nexport default port;\n'),
    argv: [],
    code: 1,
    expected: `compose-gen: compose.config.ts:3: its default export is a number, not a config; ${exportHint}\n`,
  },
  {
    name: 'generate: a config whose default export is a list',
    files: configError("export default [{ targets: { dev: 'a.yml' } }];\n"),
    argv: [],
    code: 1,
    expected: `compose-gen: compose.config.ts:1: its default export is a list, not a config; ${exportHint}\n`,
  },
  {
    name: 'generate: a config whose default export is a class',
    files: configError('export default class Config {}\n'),
    argv: [],
    code: 1,
    expected: `compose-gen: compose.config.ts:1: its default export is a class, not a config; ${exportHint}\n`,
  },
  {
    name: 'generate: an empty config file',
    files: configError(''),
    argv: [],
    code: 1,
    expected: `compose-gen: compose.config.ts: the file exports nothing; ${exportHint}\n`,
  },
  {
    name: "generate: a config calling a name compose-gen does not export (no transpiler's names)",
    files: configError(`${defineCompose}import { mysqlServer } from 'compose-gen';\n\nexport default defineCompose({ targets: { dev: 'a.yml' }, services: { db: mysqlServer() } });\n`),
    argv: [],
    code: 1,
    expected: /^compose-gen: compose\.config\.ts:4(:\d+)?: config failed to load: mysqlServer is not a function\n$/,
  },
  {
    name: 'generate: a config importing a package that is not installed (a column past the line is dropped)',
    files: configError(`${defineCompose}import secrets from 'no-such-package';\n\nexport default defineCompose({ targets: { dev: 'a.yml' }, services: { web: { image: secrets.image } } });\n`),
    argv: [],
    code: 1,
    expected: /^compose-gen: compose\.config\.ts:2(:([1-9]|[1-3]\d|4[0-6]))?: config failed to load: Cannot find module 'no-such-package'\n$/,
  },
  {
    name: 'generate: a target file whose directory is a file',
    files: configError(`${defineCompose}export default defineCompose({ targets: { dev: 'notes.txt/docker-compose.yml' }, services: { web: { image: 'nginx' } } });\n`),
    argv: [],
    code: 2,
    expected: "compose-gen: cannot write 'notes.txt/docker-compose.yml': a parent path is a file, not a directory\n",
  },
  {
    name: 'generate: a target file that is a directory',
    files: { ...configError(`${defineCompose}export default defineCompose({ targets: { dev: 'deploy' }, services: { web: { image: 'nginx' } } });\n`), 'deploy/.keep': '' },
    argv: [],
    code: 2,
    expected: "compose-gen: cannot write 'deploy': it is a directory\n",
  },
  {
    name: 'config -o: a path below a file',
    files: { 'compose.yaml': 'services:\n  web:\n    image: nginx\n' },
    argv: ['config', '-o', 'notes.txt/out.yml'],
    code: 2,
    expected: "compose-gen: cannot write 'notes.txt/out.yml': a parent path is a file, not a directory\n",
  },
  {
    name: 'config: a key __proto__ is refused at its line, not silently dropped',
    files: { 'compose.yaml': 'services:\n  web:\n    image: nginx\n    environment:\n      __proto__: x\n' },
    argv: ['config'],
    code: 1,
    expected: /^compose\.yaml\n {2}5:7 +error +a key named "__proto__" cannot be loaded; rename it +loader\/unsupported-key$/m,
    stdout: false,
  },
  {
    name: 'validate: 10,000 nested block sequences',
    files: { 'deep.yml': `x-deep:\n  ${'- '.repeat(10_000)}1\nservices:\n  web:\n    image: nginx\n` },
    argv: ['validate', 'deep.yml'],
    code: 1,
    expected: /^ {2}2:20003 +error +the YAML nests too deeply to be read +yaml\/too-deep$/m,
    stdout: true,
  },
];

function setUp(files: Record<string, string>): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'notes.txt'), 'not a directory\n');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('black-box: bad input ends in one clear line', () => {
  // The first config load compiles the workspace sources; the 2 s bound is about the input, not that.
  beforeAll(async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'compose.config.ts'), readFileSync(fixtures('project/compose.config.ts'), 'utf8'));
    expect((await cli([], { cwd: dir })).code).toBe(0);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const dir = setUp(c.files);
    const before = readdirSync(dir).sort();
    const started = performance.now();
    const run = await cli(c.argv, { cwd: dir });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(run.code).toBe(c.code);
    const shown = c.stdout === true ? run.stdout : run.stderr;
    if (typeof c.expected === 'string') expect(shown).toBe(c.expected);
    else expect(shown).toMatch(c.expected);
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at |node_modules|\.tmp\b/);
    // Nothing written, not even half a file.
    expect(readdirSync(dir).sort()).toEqual(before);
  });
});

describe('black-box: where -o and generate write', () => {
  it('a parent that cannot be created fails at once (exit 2), not in an endless mkdir', async () => {
    const dir = setUp({ 'compose.yaml': 'services:\n  web:\n    image: nginx\n' });
    const started = performance.now();
    const run = await cli(['config', '-o', '/proc/compose-gen-nowhere/out.yml'], { cwd: dir });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(run).toEqual({ code: 2, stdout: '', stderr: "compose-gen: cannot write '/proc/compose-gen-nowhere/out.yml': its directory cannot be created\n" });
  });

  it('a symbolic link is written through and stays a link', async () => {
    const dir = setUp({ 'compose.yaml': 'services:\n  web:\n    image: nginx\n' });
    mkdirSync(join(dir, 'real'));
    writeFileSync(join(dir, 'real/out.yml'), 'old\n');
    symlinkSync('real/out.yml', join(dir, 'out.yml'));
    expect(await cli(['config', '-o', 'out.yml'], { cwd: dir })).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(lstatSync(join(dir, 'out.yml')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'out.yml'))).toBe('real/out.yml');
    expect(readFileSync(join(dir, 'real/out.yml'), 'utf8')).toMatch(/^name: /);
    expect(readdirSync(join(dir, 'real'))).toEqual(['out.yml']);
  });

  it('a named pipe (as /dev/stdout is) is written to, never replaced by a file', async () => {
    const dir = setUp({ 'compose.yaml': 'services:\n  web:\n    image: nginx\n' });
    const fifo = join(dir, 'pipe');
    await new Promise<void>((done, fail) => spawn('mkfifo', [fifo]).on('exit', (code) => (code === 0 ? done() : fail(new Error(`mkfifo: ${code}`)))));
    const reader = spawn('cat', [fifo]);
    let read = '';
    reader.stdout.on('data', (chunk: Buffer) => (read += chunk.toString()));
    const closed = new Promise((done) => reader.on('exit', done));
    expect(await cli(['config', '-o', 'pipe'], { cwd: dir })).toEqual({ code: 0, stdout: '', stderr: '' });
    await closed;
    expect(read).toMatch(/^name: .*\n\nservices:\n {2}web:\n {4}image: nginx\n/);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });
});
