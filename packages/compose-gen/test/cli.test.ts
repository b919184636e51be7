import { describe, expect, it } from 'vitest';
import { cli, packageVersion, tempDir } from './_helpers.js';

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

  it.each(['validate', 'config', 'generate'])('%s --help shows its usage', async (name) => {
    const run = await cli([name, '--help'], { cwd: tempDir() });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^Usage: compose-gen .*${name === 'generate' ? '' : name}`));
    expect(run.stdout).toContain('-h, --help');
  });
});
