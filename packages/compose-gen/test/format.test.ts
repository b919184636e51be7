import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Diagnostic } from '@compose-gen/spec';
import { describe, expect, it } from 'vitest';
import { formatDiagnostics, formatters, pickFormat } from '../src/format/index.js';

const require = createRequire(import.meta.url);
const cwd = '/project';

const base = { path: '/services/web', severity: 'error' as const };
const diagnostics: Diagnostic[] = [
  { ...base, ruleId: 'ref/undefined-service', message: "Service 'web' depends on 'db', which is not defined.", file: 'docker-compose.yml', line: 12, column: 7, endLine: 12, endColumn: 9, path: '/services/web/depends_on/0', service: 'web' },
  { ...base, ruleId: 'schema/type', message: 'ports[0] must be a string or a number.', file: 'docker-compose.yml', line: 3, column: 5 },
  { ...base, severity: 'warning', ruleId: 'drift/image', message: 'Image differs: mysql:5.7 (dev), mysql:8.0 (prod).', file: 'deploy/docker-compose.prod.yml', line: 4, column: 12, target: 'prod' },
  { ...base, severity: 'info', ruleId: 'prod/restart-policy', message: 'No restart policy, 50% of crashes stay down:\nset restart, e.g. unless-stopped.', file: 'deploy/docker-compose.prod.yml', line: 20, column: 3, target: 'prod' },
  { ...base, ruleId: 'yaml/syntax', message: 'Bad indentation, a, b: c', file: '/project/weird, name:1.yml', line: 1, column: 1 },
];

describe.each(Object.keys(formatters) as (keyof typeof formatters)[])('%s formatter', (name) => {
  const ext = name === 'json' || name === 'sarif' ? 'json' : 'txt';

  it('matches its golden file', async () => {
    const rules = new Map([['drift/image', { description: 'Images must match across targets.' }], ['prod/restart-policy', { description: 'Production services restart.' }]]);
    await expect(formatDiagnostics(name, diagnostics, { cwd, version: '0.1.0', rules })).toMatchFileSnapshot(`golden/format-${name}.${ext}`);
  });

  it('does not depend on the order it receives', () => {
    const reversed = [...diagnostics].reverse();
    expect(formatDiagnostics(name, reversed, { cwd })).toBe(formatDiagnostics(name, diagnostics, { cwd }));
  });
});

describe('stylish', () => {
  it('prints nothing for no problems', () => {
    expect(formatters.stylish([], { cwd })).toBe('');
  });

  it('colours only when asked', () => {
    const plain = formatters.stylish(diagnostics, { cwd, color: false });
    const coloured = formatters.stylish(diagnostics, { cwd, color: true });
    expect(plain).not.toContain('\u001b[');
    expect(coloured).toContain('\u001b[31merror');
    expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(plain);
  });

  it('counts in the summary with singulars', () => {
    const one = formatters.stylish([diagnostics[1]!], { cwd });
    expect(one.trimEnd().split('\n').at(-1)).toBe('\u2716 1 problem (1 error, 0 warnings)');
  });
});

describe('sarif', () => {
  it('is valid SARIF 2.1.0', () => {
    const Ajv = require('ajv-draft-04') as new (o: object) => { compile(s: object): ((d: unknown) => boolean) & { errors?: unknown } };
    const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
    const validate = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false }).compile(schema);
    const rules = new Map([['drift/image', { description: 'Images must match across targets.' }], ['prod/restart-policy', { description: 'Production services restart.' }]]);
    const log = JSON.parse(formatters.sarif(diagnostics, { cwd, version: '0.1.0', rules }));
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
  });

  it('gives every rule help text and a link, and results point at them', () => {
    const log = JSON.parse(formatters.sarif(diagnostics, { cwd, rules: new Map([['drift/image', { description: 'Images must match across targets.' }]]) }));
    const run = log.runs[0];
    for (const rule of run.tool.driver.rules) {
      expect(rule.help.text.length).toBeGreaterThan(10);
      expect(rule.helpUri).toMatch(/^https:\/\//);
    }
    const drift = run.tool.driver.rules.find((r: { id: string }) => r.id === 'drift/image');
    expect(drift.help.text).toBe('Images must match across targets.');
    expect(drift.helpUri).toMatch(/\/docs\/rules\/drift\/image\.md$/);
    for (const result of run.results) expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
  });

  it('writes relative forward-slash uris', () => {
    const log = JSON.parse(formatters.sarif(diagnostics, { cwd }));
    const uris = log.runs[0].results.map((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => r.locations[0]!.physicalLocation.artifactLocation.uri);
    expect(uris).toEqual(['weird, name:1.yml', 'deploy/docker-compose.prod.yml', 'deploy/docker-compose.prod.yml', 'docker-compose.yml', 'docker-compose.yml']);
  });
});

describe('github', () => {
  it('escapes data and property values as the runner expects', () => {
    const [line] = formatters.github([diagnostics[4]!], { cwd }).split('\n');
    expect(line).toBe('::error file=weird%2C name%3A1.yml,line=1,col=1,title=yaml/syntax::Bad indentation, a, b: c');
    const [info] = formatters.github([diagnostics[3]!], { cwd }).split('\n');
    expect(info).toBe(
      '::notice file=deploy/docker-compose.prod.yml,line=20,col=3,title=prod/restart-policy::No restart policy, 50%25 of crashes stay down:%0Aset restart, e.g. unless-stopped.',
    );
  });
});

describe('pickFormat', () => {
  it.each([
    [undefined, 'stylish'],
    ['json', 'json'],
    ['sarif', 'sarif'],
  ])('%s -> %s', (value, expected) => {
    expect(pickFormat(value, ['stylish', 'json', 'sarif'], 'stylish')).toBe(expected);
  });

  it('rejects a format the command does not offer', () => {
    expect(() => pickFormat('github', ['stylish', 'json'], 'stylish')).toThrow("unknown format 'github' (expected stylish, json)");
  });
});
