import { execFileSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCompose } from '@compose-gen/spec';
import { cli, corpus, fixtures, tempDir } from './_helpers.js';

const cwd = fixtures('config');

describe('config', () => {
  it('finds compose.yaml + compose.override.yaml, reads .env, prints the normalised model', async () => {
    const run = await cli(['config'], { cwd });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    await expect(run.stdout).toMatchFileSnapshot('golden/config/default.yml');
  });

  it('--format json prints the same model as JSON', async () => {
    const run = await cli(['config', '--format', 'json'], { cwd });
    expect(run.code).toBe(0);
    const model = JSON.parse(run.stdout);
    expect(Object.keys(model.services).sort()).toEqual(['web']);
    expect(model.services.web.image).toBe('nginx:1.27');
    expect(model.services.web.environment).toEqual({ DEBUG: '1' });
  });

  it.each([
    [['--services'], 'web\n'],
    [['--services', '--profile', 'jobs'], 'web\nworker\ndb\n'],
    [['--volumes'], 'static\ncache\n'],
    [['--profiles'], 'db\njobs\n'],
    [['--services', '--format', 'json'], '[\n  "web"\n]\n'],
  ])('%j lists names', async (flags, expected) => {
    const run = await cli(['config', ...flags], { cwd });
    expect(run).toEqual({ code: 0, stdout: expected, stderr: '' });
  });

  it('--variables: name, required, default, where used', async () => {
    const run = await cli(['config', '--variables'], { cwd });
    expect(run.code).toBe(0);
    await expect(run.stdout).toMatchFileSnapshot('golden/config/variables.txt');
    const json = JSON.parse((await cli(['config', '--variables', '--format', 'json'], { cwd })).stdout);
    expect(json.find((v: { name: string }) => v.name === 'WEB_PORT')).toEqual({
      name: 'WEB_PORT',
      required: true,
      locations: [{ file: 'compose.yaml', line: 5, column: 9 }],
    });
  });

  it('--env-file replaces .env; -f picks files; -p names the project', async () => {
    const run = await cli(['config', '-f', 'compose.yaml', '--env-file', 'prod.env', '-p', 'shop', '--format', 'json'], { cwd });
    expect(run.code).toBe(0);
    const model = JSON.parse(run.stdout);
    expect(model.name).toBe('shop');
    expect(model.services.web.image).toBe('nginx:1.25');
    expect(JSON.stringify(model.services.web.ports)).toContain('9090');
    expect(model.services.web.environment).toBeUndefined();
  });

  it('COMPOSE_FILE picks the files when no -f is given', async () => {
    const run = await cli(['config', '--services', '--profile', 'db'], { cwd, env: { COMPOSE_FILE: 'compose.yaml' } });
    expect(run).toEqual({ code: 0, stdout: 'web\n', stderr: '' });
  });

  it('--project-directory moves the .env lookup and the default project name', async () => {
    const dir = tempDir();
    cpSync(cwd, join(dir, 'app'), { recursive: true });
    const run = await cli(['config', '-f', 'app/compose.yaml', '--project-directory', 'app', '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(0);
    const model = JSON.parse(run.stdout);
    expect(model.name).toBe('app');
    expect(JSON.stringify(model.services.web.ports)).toContain('8080');
  });

  it('--no-interpolate keeps ${VARIABLES} as written', async () => {
    const run = await cli(['config', '-f', 'compose.yaml', '--no-interpolate', '--no-normalize', '--format', 'json'], { cwd });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).services.web.image).toBe('nginx:${NGINX_TAG:-1.27}');
  });

  it('-o writes the output atomically and prints nothing', async () => {
    const dir = tempDir();
    cpSync(cwd, dir, { recursive: true });
    const run = await cli(['config', '-o', 'resolved.yml'], { cwd: dir });
    expect(run).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(join(dir, 'resolved.yml'), 'utf8')).toBe((await cli(['config'], { cwd: dir })).stdout);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('reports problems with file:line on stderr and exits 1', async () => {
    const run = await cli(['config', '-f', 'broken.yaml'], { cwd });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^broken\.yaml\n {2}4:\d+ +error +.*restrat.* schema\/\S+$/m);
  });

  it('a required variable left unset is an error at its line', async () => {
    const dir = tempDir();
    cpSync(join(cwd, 'compose.yaml'), join(dir, 'compose.yaml'));
    const run = await cli(['config'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^ {2}5:\d+ +error +.*WEB_PORT/m);
  });

  it.each([
    [['-f', 'nope.yml'], 'compose-gen: -f nope.yml: no such file\n'],
    [['-f', '.'], 'compose-gen: -f .: is a directory, not a compose file\n'],
    [['--env-file', 'nope.env'], 'compose-gen: --env-file nope.env: no such file\n'],
    [['--format', 'toml'], "compose-gen: unknown format 'toml' (expected yaml, json)\n"],
    [['--services', '--volumes'], 'compose-gen: --services and --volumes cannot be combined\n'],
    [['compose.yaml'], "compose-gen: 'config' takes files with -f, not as arguments: compose.yaml\n"],
  ])('%j cannot run: exit 2', async (flags, stderr) => {
    expect(await cli(['config', ...flags], { cwd })).toEqual({ code: 2, stdout: '', stderr });
  });

  it('without any compose file cannot run: exit 2', async () => {
    const run = await cli(['config'], { cwd: tempDir() });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^compose-gen: no compose\.yaml, compose\.yml, docker-compose\.yml or docker-compose\.yaml in .* or above; use -f FILE\n$/);
  });

  it('loads a real base + override pair from the corpus with its variables set', async () => {
    const dir = corpus('pairs/full-stack-fastapi-template/full-stack-fastapi-template');
    const env = { DOMAIN: 'example.test', POSTGRES_PASSWORD: 'x', PROJECT_NAME: 'app', SECRET_KEY: 'k', FIRST_SUPERUSER: 'a@b.c', FIRST_SUPERUSER_PASSWORD: 'p', STACK_NAME: 's', DOCKER_IMAGE_BACKEND: 'backend', DOCKER_IMAGE_FRONTEND: 'frontend' };
    const run = await cli(['config', '--services'], { cwd: dir, env });
    expect(run.stderr).not.toMatch(/ error /);
    expect(run.stdout.split('\n')).toContain('backend');
    const vars = await cli(['config', '--variables'], { cwd: dir, env });
    expect(vars.stdout).toMatch(/^POSTGRES_PASSWORD +yes /m);
  });
});

describe('config prints every $ as $$, as docker compose config does', () => {
  // `$$` is a literal `$`; GREETING's value holds a `$` of its own; keys are never interpolated.
  const compose = [
    'services:',
    '  web:',
    '    image: nginx',
    "    command: sh -c 'echo $$HOME ${GREETING}'",
    '    environment:',
    '      PRICE: "5$$"',
    '      GREETING: ${GREETING}',
    '    labels:',
    '      "cost$$": x',
    '',
  ].join('\n');
  const env = { GREETING: 'hi $USER' };
  const project = (): string => {
    const dir = tempDir();
    writeFileSync(join(dir, 'compose.yaml'), compose);
    return dir;
  };
  type Web = { command: unknown; environment: Record<string, string>; labels: Record<string, string> };
  const web = (model: unknown): Web => (model as { services: { web: Web } }).services.web;

  it.each(['yaml', 'json'])('--format %s: after interpolation, every $ in values and keys is doubled', async (format) => {
    const run = await cli(['config', '--format', format], { cwd: project(), env });
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const printed = web(format === 'json' ? JSON.parse(run.stdout) : parseCompose(run.stdout, { file: 'out.yml' }).data);
    expect(printed).toMatchObject({
      command: ['sh', '-c', 'echo $$HOME hi $$USER'],
      environment: { PRICE: '5$$', GREETING: 'hi $$USER' },
      labels: { cost$$$$: 'x' },
    });
  });

  it('reads back to the same values: config of the printed file prints them again', async () => {
    const dir = project();
    const first = await cli(['config', '-o', 'printed.yml'], { cwd: dir, env });
    expect(first).toEqual({ code: 0, stdout: '', stderr: '' });
    const again = await cli(['config', '-f', 'printed.yml'], { cwd: dir, env: {} });
    expect(again.stderr).toBe('');
    const [before, after] = [readFileSync(join(dir, 'printed.yml'), 'utf8'), again.stdout].map((t) => web(parseCompose(t, { file: 'x.yml' }).data));
    expect(after!.command).toEqual(before!.command);
    expect(after!.environment).toEqual(before!.environment);
    // Keys are never interpolated, so docker compose doubles a key's `$` again on every pass; so do we.
    expect(after!.labels).toEqual({ cost$$$$$$$$: 'x' });
  });

  it('prints the same values as docker-compose config', async () => {
    const dir = project();
    const ours = web(parseCompose((await cli(['config'], { cwd: dir, env })).stdout, { file: 'ours.yml' }).data);
    const text = execFileSync('docker-compose', ['-f', 'compose.yaml', 'config'], { cwd: dir, env: { PATH: process.env.PATH, ...env }, encoding: 'utf8' });
    const theirs = web(parseCompose(text, { file: 'theirs.yml' }).data);
    expect(ours.environment).toEqual(theirs.environment);
    expect(ours.labels).toEqual(theirs.labels);
    expect(ours.command).toEqual(['sh', '-c', (theirs.command as string).replace(/^sh -c '(.*)'$/, '$1')]);
  });

  it('--no-interpolate prints the files as written: ${VARIABLES} and $$ untouched', async () => {
    const run = await cli(['config', '--no-interpolate', '--format', 'json'], { cwd: project(), env });
    expect(run.code).toBe(0);
    expect(web(JSON.parse(run.stdout))).toMatchObject({
      command: ['sh', '-c', 'echo $$HOME ${GREETING}'],
      environment: { PRICE: '5$$', GREETING: '${GREETING}' },
      labels: { cost$$: 'x' },
    });
  });
});
