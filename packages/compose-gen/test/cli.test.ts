import { describe, expect, it } from 'vitest';
import type { CommandSpec } from '../src/_args.js';
import { spec as config } from '../src/commands/config.js';
import { spec as generate } from '../src/commands/generate.js';
import { spec as importSpec } from '../src/commands/import.js';
import { spec as init } from '../src/commands/init.js';
import { spec as lint } from '../src/commands/lint.js';
import { spec as validate } from '../src/commands/validate.js';
import { cli, packageVersion, tempDir } from './_helpers.js';

const specs: Record<string, CommandSpec> = { generate, validate, config, lint, import: importSpec, init };

describe('main', () => {
  it('prints help with every command and exits 0', async () => {
    const run = await cli(['--help'], { cwd: tempDir() });
    expect(run.code).toBe(0);
    for (const name of ['generate', 'validate', 'config', 'lint', 'import', 'init']) expect(run.stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
    expect(run.stderr).toBe('');
  });

  it('prints the package version', async () => {
    const run = await cli(['--version'], { cwd: tempDir() });
    expect(run).toEqual({ code: 0, stdout: `${packageVersion}\n`, stderr: '' });
  });

  it.each([
    [['frobnicate'], "compose-gen: unknown command 'frobnicate' (see compose-gen --help)\n"],
    [['help', 'frobnicate'], "compose-gen: unknown command 'frobnicate' (see compose-gen --help)\n"],
    [['validate', '--nope', 'x.yml'], "compose-gen: unknown option '--nope' for 'validate' (see --help)\n"],
    [['validate', '--format'], "compose-gen: option '--format' needs a value\n"],
    [['validate', '--format', 'xml', 'a.yml'], 'compose-gen: unknown format \'xml\' (expected stylish, json, sarif, github)\n'],
    [['validate'], "compose-gen: 'validate' needs at least one FILE\n"],
    [['validate', 'missing.yml'], "compose-gen: cannot read 'missing.yml': no such file\n"],
    [['validate', '.'], "compose-gen: cannot read '.': it is a directory\n"],
    [['--check', '--watch'], 'compose-gen: --check and --watch cannot be combined\n'],
    [['generate', '--bogus'], "compose-gen: unknown option '--bogus' for 'generate' (see --help)\n"],
    [['generate', '--check=yes'], "compose-gen: option '--check' takes no value\n"],
  ])('%j cannot run: exit 2 with one line', async (argv, message) => {
    const run = await cli(argv, { cwd: tempDir() });
    expect(run).toEqual({ code: 2, stdout: '', stderr: message });
  });

  it('the top-level help lists exactly the commands whose help is checked below', async () => {
    const run = await cli(['--help'], { cwd: tempDir() });
    const listed = [...run.stdout.split('Commands:\n')[1]!.split('\n\n')[0]!.matchAll(/^ {2}(\w+) /gm)].map((m) => m[1]);
    expect(listed).toEqual(Object.keys(specs));
  });

  it.each(Object.entries(specs))('%s: --help, -h and help NAME list every option on one line, exit 0', async (name, spec) => {
    const dir = tempDir();
    const run = await cli([name, '--help'], { cwd: dir });
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(new RegExp(`^Usage: compose-gen ${name === 'generate' ? '\\[generate\\]' : name} `));
    expect(await cli([name, '-h'], { cwd: dir })).toEqual(run);
    expect(await cli(['help', name], { cwd: dir })).toEqual(run);
    const options = run.stdout.split('Options:\n')[1]!.trimEnd().split('\n');
    const flags = [...Object.entries(spec.flags), ['help', { short: 'h' }] as const];
    expect(options).toHaveLength(flags.length);
    flags.forEach(([flag, { short }], i) => {
      // `  -c, --config FILE  description`: the flag, its short form, then a description on the same line.
      expect(options[i]).toMatch(new RegExp(`^ {2}${short ? `-${short}, ` : ' {4}'}--${flag}\\b[^ ]*(?: [A-Z=\\[\\].,]+)? {2,}\\S.*$`));
    });
  });
});
