import { describe, expect, it } from 'vitest';
import { cli, corpus, fixtures } from './_helpers.js';

const cwd = fixtures('validate');

describe('validate', () => {
  it('exits 0 and prints nothing for a valid file', async () => {
    expect(await cli(['validate', 'valid.yml'], { cwd })).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it.each([
    ['undefined-ref.yml', 5, /^ref\//],
    ['syntax.yml', 4, /^yaml\//],
    ['wrong-type.yml', 3, /^schema\//],
  ])('%s: exit 1, the problem at line %i', async (file, line, rule) => {
    const run = await cli(['validate', file, '--format', 'json'], { cwd });
    expect(run.code).toBe(1);
    const [first] = JSON.parse(run.stdout);
    expect(first).toMatchObject({ file, line, severity: 'error' });
    expect(first.ruleId).toMatch(rule);
  });

  it('reports every file it is given, stylish by default, one block per file', async () => {
    const run = await cli(['validate', 'valid.yml', 'undefined-ref.yml', 'wrong-type.yml'], { cwd });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^undefined-ref\.yml\n {2}5:\d+ +error /m);
    expect(run.stdout).toMatch(/^wrong-type\.yml\n {2}3:\d+ +error /m);
    expect(run.stdout).not.toContain('valid.yml\n');
    expect(run.stdout).toMatch(/\n\u2716 \d+ problems? \(\d+ errors?, 0 warnings\)\n$/);
  });

  it.each(['sarif', 'github'])('--format %s names the file relative to the working directory', async (format) => {
    const run = await cli(['validate', 'undefined-ref.yml', '--format', format], { cwd });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(format === 'sarif' ? '"uri": "undefined-ref.yml"' : '::error file=undefined-ref.yml,line=5,');
  });

  it('stops before reporting anything when one of the files is missing', async () => {
    expect(await cli(['validate', 'valid.yml', 'absent.yml'], { cwd })).toEqual({ code: 2, stdout: '', stderr: "compose-gen: cannot read 'absent.yml': no such file\n" });
  });
});

describe('validate on the corpus', () => {
  it.each([
    'real/awesome-compose/django/compose.yaml',
    'real/awesome-compose/nginx-flask-mysql/compose.yaml',
    'pairs/django-on-docker/django-on-docker/docker-compose.prod.yml',
  ])('%s has no errors', async (path) => {
    const run = await cli(['validate', corpus(path), '--format', 'json'], { cwd });
    expect(JSON.parse(run.stdout).filter((d: { severity: string }) => d.severity === 'error')).toEqual([]);
    expect(run.code).toBe(0);
  });

  it.each([
    ['invalid/compose-go/loader/loader_test/TestDecodeErrors.yaml', /^yaml\//],
    ['invalid/compose-go/loader/loader_test/TestNonStringImage.yaml', /^schema\//],
    ['invalid/compose-go/loader/loader_test/TestInvalidTopLevelObjectType-3.yaml', /^(yaml|schema)\//],
    ['invalid/compose-go/loader/loader_test/TestBadServiceConfig.yaml', /./],
  ])('%s is rejected', async (path, rule) => {
    const run = await cli(['validate', corpus(path), '--format', 'json'], { cwd });
    expect(run.code).toBe(1);
    const errors = JSON.parse(run.stdout).filter((d: { severity: string }) => d.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0].ruleId).toMatch(rule);
    expect(errors[0].line).toBeGreaterThan(0);
  });
});
