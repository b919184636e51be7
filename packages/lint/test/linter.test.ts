import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '@compose-gen/spec';
import { applyFixes, engineRules, lint, targetPairs, type LintConfig, type LintSource, type LintTarget } from '@compose-gen/lint';
import { parseForTest } from './_parse.js';

const source = (text: string, file: string): LintSource => ({ file, text, parsed: parseForTest(text, file) });
const target = (s: LintSource, name: string, production: boolean): LintTarget => ({
  name,
  production,
  data: s.parsed.data,
  locate: s.parsed.locate,
});

const devText = 'services:\n  web:\n    image: app:1\n    environment:\n      DEBUG: "1"\n  db:\n    image: postgres:16\n';
const prodText = 'services:\n  web:\n    image: app:2\n    restart: always\n';

function run(config: LintConfig, dev = devText, prod = prodText): Diagnostic[] {
  const d = source(dev, 'dev.yml');
  const p = source(prod, 'prod.yml');
  return lint({ sources: [d, p], targets: [target(d, 'dev', false), target(p, 'prod', true)], config, configFile: 'lint.json' })
    .diagnostics;
}

const brief = (list: Diagnostic[]): string[] => list.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.ruleId}`);

describe('lint', () => {
  it('reports drift at the later target with both values', () => {
    const found = run({});
    expect(brief(found)).toEqual([
      'dev.yml:5:14 warning drift/environment-keys',
      'dev.yml:6:3 info drift/service-set',
      'prod.yml:3:12 warning drift/image',
    ]);
    expect(found.find((d) => d.ruleId === 'drift/image')?.message).toBe('web: image app:1 in dev, app:2 in prod');
    expect(found.find((d) => d.ruleId === 'drift/image')).toMatchObject({ service: 'web', target: 'prod', path: '/services/web/image' });
  });

  it('applies severities, options and off from the configuration', () => {
    const found = run({
      rules: { 'drift/image': 'error', 'drift/service-set': 'off', 'drift/environment-keys': ['warn', { ignore: ['DEBUG'] }] },
    });
    expect(brief(found)).toEqual(['prod.yml:3:12 error drift/image']);
  });

  it('turns opt-in rules on only when configured', () => {
    expect(run({}).some((d) => d.ruleId === 'compose/project-name')).toBe(false);
    expect(brief(run({ rules: { 'compose/project-name': 'warn' } })).filter((l) => l.includes('project-name'))).toEqual([
      'dev.yml:1:1 warning compose/project-name',
      'prod.yml:1:1 warning compose/project-name',
    ]);
  });

  it('reports a bad configuration as data', () => {
    const found = run({
      rules: { 'drift/nope': 'warn', 'drift/image': ['warn', { strict: true }], 'prod/debug': 'loud' as never },
    });
    expect(found.filter((d) => d.ruleId === 'lint/config').map((d) => d.message)).toEqual([
      "unknown rule 'drift/nope'",
      "rule 'drift/image': unknown option 'strict'",
      "rule 'prod/debug': severity must be off, info, warn or error",
    ]);
  });

  it.each([
    [[], 'lint settings must be an object with `rules`, `allow` and `pairs`'],
    [{ rules: ['drift/image'] }, '`rules` must map rule ids to settings'],
    [{ allow: { rule: 'drift/image' } }, '`allow` must be a list'],
    [{ allow: [{ service: 'web', reason: 'x' }] }, 'an `allow` entry needs a `rule` id'],
    [{ rules: { 'style/port-quotes': ['warn', { mode: 'some' }] } }, "rule 'style/port-quotes': option 'mode' must be one of ambiguous, all"],
  ])('reports unusable settings %j without throwing', (config, message) => {
    const found = run(config as LintConfig);
    expect(found.filter((d) => d.ruleId === 'lint/config').map((d) => d.message)).toEqual([message]);
  });

  it('honours allow entries by rule, service and target, and reports unused ones and missing reasons', () => {
    const found = run({
      allow: [
        { rule: 'drift/image', service: 'web', target: 'prod', reason: 'prod pins the release' },
        { rule: 'drift/environment-keys', service: 'db', reason: 'no such finding' },
        { rule: 'drift/service-set', reason: '' },
      ],
    });
    expect(brief(found)).toEqual([
      'dev.yml:5:14 warning drift/environment-keys',
      'lint.json:1:1 error lint/suppression-reason',
      'lint.json:1:1 warning lint/unused-suppression',
    ]);
    expect(found[2]?.message).toBe("allowed drift/environment-keys for service 'db' matches no finding");
    for (const d of found.filter((f) => f.ruleId.startsWith('lint/'))) expect(Object.keys(engineRules)).toContain(d.ruleId);
    expect(found[2]?.path).toBe('/allow/1');
  });

  it('honours inline directives on the next line and reports unused ones', () => {
    const prod =
      'services:\n  web:\n    # compose-gen-disable-next-line drift/image -- release pinned here\n    image: app:2\n' +
      '    # compose-gen-disable-next-line prod/debug\n    restart: always\n';
    const found = run({ rules: { 'drift/environment-keys': 'off', 'drift/service-set': 'off' } }, devText, prod);
    expect(brief(found)).toEqual(['prod.yml:5:5 warning lint/suppression-reason', 'prod.yml:5:5 warning lint/unused-suppression']);
  });

  it.each([
    [
      'several comma-separated rules on the next line',
      'services:\n  web:\n    # compose-gen-disable-next-line drift/image, prod/debug -- release pinned here\n    image: app:2\n    restart: always\n',
      ['prod.yml:3:5 warning lint/unused-suppression suppression of prod/debug matches no finding on the next line'],
    ],
    [
      'a category on the next line',
      'services:\n  web:\n    # compose-gen-disable-next-line drift/* -- release pinned here\n    image: app:2\n    restart: always\n',
      [],
    ],
    [
      'a file directive in the leading comments',
      '# compose-gen-disable-file drift/image -- release pinned here\nservices:\n  web:\n    image: app:2\n    restart: always\n',
      [],
    ],
    [
      'a file directive after a header comment, a blank line and a document start',
      '# prod\n\n---\n  # compose-gen-disable-file drift/*,prod/debug -- pinned\nservices:\n  web:\n    image: app:2\n    restart: always\n',
      ['prod.yml:4:3 warning lint/unused-suppression suppression of prod/debug matches no finding in this file'],
    ],
    [
      'a file directive without its reason',
      '# compose-gen-disable-file drift/image\nservices:\n  web:\n    image: app:2\n    restart: always\n',
      ['prod.yml:1:1 warning lint/suppression-reason a suppression must give its reason after ` -- `'],
    ],
    [
      'a file directive that names no rule',
      '# compose-gen-disable-file -- everything\nservices:\n  web:\n    image: app:2\n    restart: always\n',
      ['prod.yml:1:1 warning lint/unused-suppression suppression names no rule', 'prod.yml:4:12 warning drift/image web: image app:1 in dev, app:2 in prod'],
    ],
    [
      'a file directive below the first line of YAML, which is a plain comment',
      'services:\n  # compose-gen-disable-file drift/image -- too late\n  web:\n    image: app:2\n    restart: always\n',
      ['prod.yml:4:12 warning drift/image web: image app:1 in dev, app:2 in prod'],
    ],
    [
      'a file directive in another file, which does not reach this one',
      'services:\n  web:\n    image: app:2\n    restart: always\n',
      ['prod.yml:3:12 warning drift/image web: image app:1 in dev, app:2 in prod'],
      '# compose-gen-disable-file drift/image -- dev only\n',
    ],
  ])('inline suppression: %s', (_name, prod, expected, devHeader = '') => {
    const found = run({ rules: { 'drift/environment-keys': 'off', 'drift/service-set': 'off' } }, devHeader + devText, prod);
    const own = found.filter((d) => !(d.ruleId === 'lint/unused-suppression' && d.file === 'dev.yml'));
    expect(own.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.ruleId} ${d.message}`)).toEqual(expected);
  });

  it('lets a next-line directive take a finding before a file directive does', () => {
    const prod =
      '# compose-gen-disable-file drift/image -- pinned\nservices:\n  web:\n    # compose-gen-disable-next-line drift/image -- here\n' +
      '    image: app:2\n    restart: always\n';
    const found = run({ rules: { 'drift/environment-keys': 'off', 'drift/service-set': 'off' } }, devText, prod);
    expect(brief(found)).toEqual(['prod.yml:1:1 warning lint/unused-suppression']);
  });

  it('passes findings of earlier stages through the same settings', () => {
    const d = source(devText, 'dev.yml');
    const earlier: Diagnostic[] = [
      { ruleId: 'ref/undefined-service', severity: 'error', message: 'x', file: 'dev.yml', line: 2, column: 3, path: '/services/web' },
      { ruleId: 'schema/type', severity: 'error', message: 'y', file: 'dev.yml', line: 3, column: 3, path: '/services/web/image' },
    ];
    const result = lint({
      sources: [d],
      targets: [target(d, 'dev', false)],
      diagnostics: earlier,
      config: { rules: { 'schema/type': 'warn' }, allow: [{ rule: 'ref/*', reason: 'checked elsewhere' }] },
    });
    expect(brief(result.diagnostics)).toEqual(['dev.yml:3:3 warning schema/type']);
  });

  it('refuses to fix generated files', () => {
    const text = '# Generated by compose-gen from compose.config.ts. Do not edit.\nversion: "3"\nservices: {}\n';
    const s = source(text, 'gen.yml');
    const result = lint({ sources: [s], targets: [] });
    expect(result.diagnostics.map((d) => d.ruleId)).toEqual(['compose/obsolete-version']);
    expect(result.fixes.size).toBe(0);
  });
});

describe('applyFixes', () => {
  it('keeps CRLF line endings and a byte-order mark', () => {
    const text = '\uFEFFversion: "3"\r\nservices:\r\n  web:\r\n    image: a:1 # note\r\n';
    const s = source(text, 'compose.yml');
    const { fixes } = lint({ sources: [s], targets: [] });
    expect(applyFixes(text, fixes.get('compose.yml') ?? []).text).toBe('\uFEFFservices:\r\n  web:\r\n    image: a:1 # note\r\n');
  });

  it('applies several fixes in turn, keeping comments and sequence indentation', () => {
    const text =
      '# shop\nversion: "3"\nservices:\n  web:\n    ports:\n    - 8080:80 # public\n    image: app:1\n  api:\n    image: api:1\n';
    const s = source(text, 'compose.yml');
    const config: LintConfig = {
      rules: { 'style/service-key-order': 'warn', 'style/sorted-services': 'warn', 'style/port-quotes': ['warn', { mode: 'all' }] },
    };
    const { fixes } = lint({ sources: [s], targets: [], config });
    const { text: fixed, applied } = applyFixes(text, fixes.get('compose.yml') ?? []);
    expect(applied).toBe(4);
    expect(fixed).toBe(
      '# shop\nservices:\n  api:\n    image: api:1\n  web:\n    image: app:1\n    ports:\n    - "8080:80" # public\n',
    );
    const again = source(fixed, 'compose.yml');
    expect(lint({ sources: [again], targets: [], config }).diagnostics).toEqual([]);
  });
});

describe('targetPairs', () => {
  const t = (name: string, production = false, compare?: false): LintTarget => ({
    name,
    production,
    data: {},
    locate: () => ({ file: name, line: 1, column: 1, endLine: 1, endColumn: 1 }),
    ...(compare === false ? { compare } : {}),
  });
  const names = (pairs: [LintTarget, LintTarget][]): string[] => pairs.map(([a, b]) => `${a.name}-${b.name}`);

  it.each([
    ['dev and prod', [t('dev'), t('prod', true)], ['dev-prod'], ['dev-prod']],
    ['dev, test and prod', [t('dev'), t('test'), t('prod', true)], ['dev-prod', 'test-prod'], ['dev-test', 'dev-prod', 'test-prod']],
    ['prod listed first', [t('prod', true), t('dev'), t('test')], ['prod-dev', 'prod-test'], ['prod-dev', 'prod-test', 'dev-test']],
    ['two production targets', [t('dev'), t('staging', true), t('prod', true)], ['dev-staging', 'dev-prod'], ['dev-staging', 'dev-prod', 'staging-prod']],
    ['no production target', [t('dev'), t('test'), t('ci')], ['dev-test', 'dev-ci', 'test-ci'], ['dev-test', 'dev-ci', 'test-ci']],
    ['a lone file, compared with nothing', [t('dev'), t('prod', true), t('extra.yml', true, false)], ['dev-prod'], ['dev-prod']],
    ['only a lone production file', [t('dev'), t('test'), t('extra.yml', true, false)], ['dev-test'], ['dev-test']],
    ['one target', [t('prod', true)], [], []],
  ])('%s', (_name, targets, production, all) => {
    expect(names(targetPairs(targets))).toEqual(production);
    expect(names(targetPairs(targets, 'production'))).toEqual(production);
    expect(names(targetPairs(targets, 'all'))).toEqual(all);
  });

  it('runs drift on the selected pairs only, and on every pair with pairs: all', () => {
    const d = source(devText, 'dev.yml');
    const e = source(devText.replace('app:1', 'app:3'), 'test.yml');
    const p = source(prodText, 'prod.yml');
    const targets = [target(d, 'dev', false), target(e, 'test', false), target(p, 'prod', true)];
    const images = (config: LintConfig): string[] =>
      lint({ sources: [d, e, p], targets, config })
        .diagnostics.filter((x) => x.ruleId === 'drift/image')
        .map((x) => x.message);
    expect(images({})).toEqual(['web: image app:1 in dev, app:2 in prod', 'web: image app:3 in test, app:2 in prod']);
    expect(images({ pairs: 'all' })).toEqual([
      'web: image app:1 in dev, app:2 in prod',
      'web: image app:3 in test, app:2 in prod',
      'web: image app:1 in dev, app:3 in test',
    ]);
    expect(lint({ sources: [d], targets, config: { pairs: 'some' as never } }).diagnostics.filter((x) => x.ruleId === 'lint/config')).toMatchObject([
      { message: '`pairs` must be production or all', path: '/pairs' },
    ]);
  });
});
