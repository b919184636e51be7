import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { groups } from '../../lint/test/_corpus.js';
import { cli, tempDir } from './_helpers.js';

const require = createRequire(import.meta.url);
const example = fileURLToPath(new URL('../../../examples/django-mysql-nginx/', import.meta.url));

const dev = `services:
  db:
    image: postgres:16.3
  web:
    build: .
    command: python manage.py runserver 0.0.0.0:8000
    environment:
      DATABASE_URL: postgres://db/app
    ports:
      - "8000:8000"
    depends_on: [db]
`;
const prod = `services:
  web:
    build: .
    command: python manage.py runserver 0.0.0.0:8000
    restart: always
    environment:
      DATABASE_URL: \${DATABASE_URL}
    expose: ["8000"]
`;

function project(files: Record<string, string>): string {
  const dir = tempDir();
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('compose-gen lint', () => {
  it('lints a dev/prod pair and exits 1 on an error', async () => {
    const cwd = project({ 'dev.yml': dev, 'prod.yml': prod });
    const run = await cli(['lint', '--dev', 'dev.yml', '--prod', 'prod.yml', '--format', 'json'], { cwd });
    expect(run.code).toBe(1);
    const found = (JSON.parse(run.stdout) as { ruleId: string; file: string; line: number; severity: string }[]).map(
      (d) => `${d.file}:${d.line} ${d.severity} ${d.ruleId}`,
    );
    expect(found).toEqual(['dev.yml:2 info drift/service-set', 'prod.yml:4 error prod/dev-server']);
  });

  it('exits 0 on warnings, and 1 past --max-warnings', async () => {
    const cwd = project({ 'dev.yml': dev, 'prod.yml': prod.replace(/command: .*/, 'command: gunicorn app.wsgi').replace('restart: always', 'image: x') });
    const args = ['lint', '--dev', 'dev.yml', '--prod', 'prod.yml'];
    const ok = await cli(args, { cwd });
    expect(ok.stdout).toContain('prod/restart-policy');
    expect(ok.code).toBe(0);
    const strict = await cli([...args, '--max-warnings', '0'], { cwd });
    expect(strict.code).toBe(1);
    expect(strict.stderr).toMatch(/^compose-gen: \d+ warnings?, more than --max-warnings 0$/m);
  });

  it('says "1 warning", not "1 warnings"', async () => {
    const cwd = project({ 'compose.yml': 'services:\n  web:\n    image: nginx\n' });
    const run = await cli(['lint', 'compose.yml', '--max-warnings', '0'], { cwd });
    expect(run.stderr).toContain('compose-gen: 1 warning, more than --max-warnings 0');
    expect(run.code).toBe(1);
  });

  it('builds prod from dev and an override file with --prod-override, reporting at the override lines', async () => {
    const override = 'services:\n  web:\n    restart: always\n    environment:\n      DEBUG: "1"\n';
    const cwd = project({ 'compose.yml': dev.replace(/\n {4}command: .*/, ''), 'compose.prod.yml': override });
    const run = await cli(['lint', '--dev', 'compose.yml', '--prod-override', 'compose.prod.yml', '--format', 'json'], { cwd });
    const found = (JSON.parse(run.stdout) as { ruleId: string; file: string; line: number }[]).filter((d) => d.ruleId === 'prod/debug');
    expect(found.map((d) => `${d.file}:${d.line}`)).toEqual(['compose.prod.yml:5']);
    expect(run.code).toBe(1);
  });

  it('reports a finding about a whole service of a merged target at the service name', async () => {
    const override = 'services:\n  web:\n    command: gunicorn app.wsgi\n    restart: always\n';
    const cwd = project({ 'compose.yml': dev, 'compose.prod.yml': override });
    const run = await cli(['lint', '--dev', 'compose.yml', '--prod-override', 'compose.prod.yml', '--format', 'json'], { cwd });
    const found = (JSON.parse(run.stdout) as { ruleId: string; file: string; line: number; column: number; target?: string }[])
      .filter((d) => d.ruleId === 'prod/restart-policy')
      .map((d) => `${d.file}:${d.line}:${d.column} ${d.target}`);
    // db comes from compose.yml only: its name there, not its first value.
    expect(found).toEqual(['compose.yml:2:3 prod']);
  });

  it('takes targets by name, several files each, and marks production ones', async () => {
    const cwd = project({ 'a.yml': dev, 'b.yml': 'services:\n  web:\n    environment:\n      NODE_ENV: development\n' });
    const run = await cli(['lint', '--target', 'local=a.yml', '--target', 'live=a.yml,b.yml', '--production', 'live', '--format', 'json'], { cwd });
    const ids = (JSON.parse(run.stdout) as { ruleId: string; target?: string }[]).map((d) => `${d.target} ${d.ruleId}`);
    expect(ids).toContain('live prod/debug');
    expect(ids).toContain('live prod/dev-server');
  });

  it('takes a --target named prod or production as production when no --production is given', async () => {
    const cwd = project({ 'a.yml': dev, 'b.yml': 'services:\n  web:\n    environment:\n      NODE_ENV: development\n' });
    const targetsOf = async (args: string[]): Promise<string[]> => {
      const run = await cli(['lint', ...args, '--format', 'json'], { cwd });
      return (JSON.parse(run.stdout) as { ruleId: string; target?: string }[]).filter((d) => d.ruleId === 'prod/debug').map((d) => `${d.target}`);
    };
    expect(await targetsOf(['--target', 'dev=a.yml', '--target', 'prod=a.yml,b.yml'])).toEqual(['prod']);
    expect(await targetsOf(['--target', 'dev=a.yml', '--target', 'production=a.yml,b.yml'])).toEqual(['production']);
    // Naming any production target turns the default off.
    expect(await targetsOf(['--target', 'dev=a.yml,b.yml', '--target', 'prod=a.yml,b.yml', '--production', 'dev'])).toEqual(['dev']);
  });

  it('fixes files in place, keeping comments, and reports what is left', async () => {
    const text = "# shop\nversion: '3.8'\nservices:\n  sftp:\n    image: atmoz/sftp:alpine # pinned upstream\n    ports:\n      - 2222:22\n";
    const cwd = project({ 'compose.yml': text });
    const run = await cli(['lint', 'compose.yml', '--fix'], { cwd });
    expect(readFileSync(join(cwd, 'compose.yml'), 'utf8')).toBe(
      '# shop\nservices:\n  sftp:\n    image: atmoz/sftp:alpine # pinned upstream\n    ports:\n      - "2222:22"\n',
    );
    expect(run.stderr).toContain('fixed compose.yml');
    expect(run.code).toBe(0);
  });

  it('never rewrites a generated file', async () => {
    const text = "# Generated by compose-gen from compose.config.ts. Do not edit.\nversion: '3'\nservices: {}\n";
    const cwd = project({ 'docker-compose.yml': text });
    const run = await cli(['lint', 'docker-compose.yml', '--fix', '--format', 'json'], { cwd });
    expect(readFileSync(join(cwd, 'docker-compose.yml'), 'utf8')).toBe(text);
    expect(JSON.parse(run.stdout).map((d: { ruleId: string }) => d.ruleId)).toEqual(['compose/obsolete-version']);
    expect(run.stderr).toBe('compose-gen: docker-compose.yml is generated by compose-gen; not rewritten, fix compose.config.ts instead\n');
  });

  it('reads compose-gen.lint.json and honours inline suppressions', async () => {
    const settings = { rules: { 'prod/restart-policy': 'off' }, allow: [{ rule: 'drift/service-set', service: 'db', reason: 'managed database in prod' }] };
    const prodText = prod.replace(/( {4})command: .*\n/, '$1# compose-gen-disable-next-line prod/dev-server -- demo box\n$1command: python manage.py runserver\n');
    const cwd = project({ 'dev.yml': dev, 'prod.yml': prodText, 'compose-gen.lint.json': JSON.stringify(settings) });
    const run = await cli(['lint', '--dev', 'dev.yml', '--prod', 'prod.yml', '--format', 'json'], { cwd });
    expect(JSON.parse(run.stdout)).toEqual([]);
    expect(run.code).toBe(0);
  });

  it('honours a file-level suppression among the leading comments', async () => {
    const prodText = `# prod\n# compose-gen-disable-file prod/dev-server, drift/service-set -- demo box, no database\n${prod}`;
    const cwd = project({ 'dev.yml': dev, 'prod.yml': prodText });
    const run = await cli(['lint', '--dev', 'dev.yml', '--prod', 'prod.yml', '--format', 'json'], { cwd });
    const found = (JSON.parse(run.stdout) as { ruleId: string; file: string; line: number; message: string }[]).map(
      (d) => `${d.file}:${d.line} ${d.ruleId} ${d.message}`,
    );
    // drift/service-set reports at dev.yml (db exists only there), so the prod file's comment does not reach it.
    expect(found).toEqual([
      'dev.yml:2 drift/service-set db: datastore runs in dev only, not in prod',
      'prod.yml:2 lint/unused-suppression suppression of drift/service-set matches no finding in this file',
    ]);
    expect(run.code).toBe(0);
  });

  it('compares each target with the production one, and every pair with --pairs all or pairs: all', async () => {
    const test = dev.replace('postgres://db/app', 'postgres://db/test').replace('image: postgres:16.3', 'image: postgres:15.7');
    const cwd = project({ 'dev.yml': dev, 'test.yml': test, 'prod.yml': prod.replace('runserver', 'gunicorn') });
    const args = ['lint', '--target', 'dev=dev.yml', '--target', 'test=test.yml', '--target', 'prod=prod.yml', '--production', 'prod', '--format', 'json'];
    const images = async (extra: string[]): Promise<string[]> => {
      const run = await cli([...args, ...extra], { cwd });
      expect(run.stderr).toBe('');
      return (JSON.parse(run.stdout) as { ruleId: string; message: string }[]).filter((d) => d.ruleId.startsWith('drift/')).map((d) => `${d.ruleId} ${d.message}`);
    };
    const production = await images([]);
    expect(production.some((m) => / in dev, .* in test|in test, not in dev|in dev, not in test/.test(m))).toBe(false);
    expect(production).toContain('drift/service-set db: datastore runs in test only, not in prod');
    const all = await images(['--pairs', 'all']);
    expect(all).toContain('drift/image db: image postgres:16.3 in dev, postgres:15.7 in test');
    expect(all.filter((m) => !production.includes(m))).toEqual(['drift/image db: image postgres:16.3 in dev, postgres:15.7 in test']);
    writeFileSync(join(cwd, 'compose-gen.lint.json'), JSON.stringify({ pairs: 'all' }));
    expect(await images([])).toEqual(all);
    expect(await images(['--pairs', 'production'])).toEqual(production);
  });

  it('writes SARIF 2.1.0 that validates against the schema', async () => {
    const cwd = project({ 'dev.yml': dev, 'prod.yml': prod });
    const run = await cli(['lint', '--dev', 'dev.yml', '--prod', 'prod.yml', '--format', 'sarif'], { cwd });
    const Ajv = require('ajv-draft-04') as new (o: object) => { compile(s: object): ((d: unknown) => boolean) & { errors?: unknown } };
    const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
    const validate = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false }).compile(schema);
    const log = JSON.parse(run.stdout);
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    const rule = log.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === 'prod/dev-server');
    expect(rule.helpUri).toMatch(/docs\/rules\/prod\/dev-server\.md$/);
  });

  it('reports the checks of the format at their real lines, governed by the same settings', async () => {
    const text = 'services:\n  web:\n    image: nginx:1.27\n    pull_policy: sometimes\n    depends_on: [cache]\n';
    const cwd = project({ 'compose.yml': text });
    const run = await cli(['lint', 'compose.yml', '--format', 'json'], { cwd });
    const found = (JSON.parse(run.stdout) as { ruleId: string; line: number; column: number }[]).map((d) => `${d.line}:${d.column} ${d.ruleId}`);
    expect(found).toEqual(['4:18 schema/pattern', '5:18 ref/undefined-service']);
    expect(run.code).toBe(1);
    writeFileSync(join(cwd, 'compose-gen.lint.json'), JSON.stringify({ rules: { 'schema/pattern': 'off' }, allow: [{ rule: 'ref/*', reason: 'cache comes from an include' }] }));
    const quiet = await cli(['lint', 'compose.yml', '--format', 'json'], { cwd });
    expect(JSON.parse(quiet.stdout)).toEqual([]);
    expect(quiet.code).toBe(0);
  });

  it('prints GitHub annotations', async () => {
    const cwd = project({ 'dev.yml': dev, 'prod.yml': prod });
    const run = await cli(['lint', '--dev', 'dev.yml', '--prod', 'prod.yml', '--format', 'github'], { cwd });
    expect(run.stdout).toMatch(/^::error file=prod\.yml,line=4,/m);
  });

  it('lints every target of compose.config.ts at the lines of the generated files', async () => {
    const run = await cli(['lint', '--format', 'json'], { cwd: example });
    expect(run.stderr).toBe('');
    const found = JSON.parse(run.stdout) as { severity: string; file: string; line: number; ruleId: string }[];
    expect(found.filter((d) => d.severity !== 'info')).toEqual([]);
    // The server's .env is not in the repository: its keys cannot be compared, which is said at the generated line.
    expect(found.map((d) => `${d.file}:${d.line} ${d.ruleId}`)).toEqual(['docker-compose.prod.yml:23 drift/environment-keys']);
    expect(run.code).toBe(0);
  });

  it('counts the keys of env files it can read, relative to the compose file', async () => {
    const cwd = project({ 'dev.yml': dev, 'prod.yml': prod.replace(/ {4}environment:\n.*\n/, '    env_file: [prod.env]\n'), 'prod.env': '# live\nDATABASE_URL=postgres://live/app\n' });
    const run = await cli(['lint', '--dev', 'dev.yml', '--prod', 'prod.yml', '--format', 'json'], { cwd });
    expect((JSON.parse(run.stdout) as { ruleId: string }[]).filter((d) => d.ruleId === 'drift/environment-keys')).toEqual([]);
    const missing = await cli(['lint', '--dev', 'dev.yml', '--prod', 'prod.yml', '--format', 'json'], { cwd: project({ 'dev.yml': dev, 'prod.yml': prod.replace(/ {4}environment:\n.*\n/, '    env_file: [prod.env]\n'), 'prod.env': 'OTHER=1\n' }) });
    expect((JSON.parse(missing.stdout) as { ruleId: string; message: string }[]).filter((d) => d.ruleId === 'drift/environment-keys').map((d) => d.message)).toEqual([
      'web: environment OTHER set in prod, not in dev',
      'web: environment DATABASE_URL set in dev, not in prod',
    ]);
  });

  it.each([
    [['lint', 'missing.yml'], /cannot read 'missing.yml'/],
    [['lint', '--prod', 'x.yml'], /--prod and --prod-override need --dev/],
    [['lint', 'a.yml', '--max-warnings', 'many'], /--max-warnings needs a whole number/],
    [['lint', '--target', 'nofile'], /--target needs NAME=FILE/],
    [['lint', '--dev', 'a.yml', '--production', 'live'], /--production live: no such target/],
    [['lint', 'a.yml', '--pairs', 'some'], /--pairs needs production or all, got 'some'/],
  ])('exits 2 when it cannot run: %j', async (argv, message) => {
    const cwd = project({ 'a.yml': 'services: {}\n' });
    const run = await cli(argv, { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });
});

describe('compose-gen lint on the corpus pairs', () => {
  it.each(groups().map((g) => [g.name, g] as const))('%s runs to a verdict', async (_name, group) => {
    const args = group.targets.flatMap((t) => ['--target', `${t.name}=${t.files.join(',')}`, ...(t.production ? ['--production', t.name] : [])]);
    const run = await cli(['lint', ...args, '--format', 'json'], { cwd: group.dir });
    expect(run.stderr).toBe('');
    expect([0, 1]).toContain(run.code);
    const found = JSON.parse(run.stdout) as { ruleId: string; line: number }[];
    expect(found.filter((d) => d.ruleId.startsWith('lint/') || d.line < 1)).toEqual([]);
  });
});

describe('compose-gen lint FILE...', () => {
  it('lints each file alone: no drift between unrelated files, production rules when asked', async () => {
    const cwd = project({ 'a.yml': dev, 'b.yml': prod });
    const run = await cli(['lint', 'a.yml', 'b.yml', '--production', 'b.yml', '--format', 'json'], { cwd });
    const found = (JSON.parse(run.stdout) as { ruleId: string; file: string }[]).map((d) => `${d.file} ${d.ruleId}`);
    expect(found).toEqual(['b.yml prod/dev-server']);
    expect(run.code).toBe(1);
  });
});
