import { describe, expect, it } from 'vitest';
import type { Diagnostic, ParsedCompose } from '@compose-gen/spec';
import { lintAndFix, lintProject, type SpecFunctions } from '@compose-gen/lint';
import { testSpec } from './_spec.js';

const base = 'services:\n  web:\n    image: app:1\n    ports:\n      - 22:22\n';
const override = 'services:\n  web:\n    image: app:2\n    environment:\n      NODE_ENV: development\n';

function counting(): { spec: SpecFunctions; parsed: string[]; validated: string[] } {
  const parsed: string[] = [];
  const validated: string[] = [];
  const spec: SpecFunctions = {
    ...testSpec,
    parse: (text, file) => (parsed.push(file), testSpec.parse(text, file)),
    validate: (p: ParsedCompose): Diagnostic[] => (validated.push(p.file), []),
    validateModel: (_data, options) => {
      validated.push(`merged:${options.file}`);
      return [{ ruleId: 'schema/required', severity: 'error', message: 'm', path: '/services/web', ...options.locate('/services/web/image') }];
    },
  };
  return { spec, parsed, validated };
}

describe('lintProject', () => {
  it('parses each file once, whatever the number of rules and targets using it', () => {
    const { spec, parsed, validated } = counting();
    lintProject(
      {
        texts: new Map([['compose.yml', base], ['compose.prod.yml', override]]),
        targets: [
          { name: 'dev', production: false, files: ['compose.yml'] },
          { name: 'prod', production: true, files: ['compose.yml', 'compose.prod.yml'] },
          { name: 'stage', production: false, files: ['compose.yml', 'compose.prod.yml'] },
        ],
      },
      spec,
    );
    expect(parsed).toEqual(['compose.yml', 'compose.prod.yml']);
    // A standalone file is validated alone; an override only as part of its merged target.
    expect(validated).toEqual(['compose.yml', 'merged:compose.yml', 'merged:compose.yml']);
  });

  it('locates findings on a merged target in the file that set the value', () => {
    const { spec } = counting();
    const result = lintProject(
      {
        texts: new Map([['compose.yml', base], ['compose.prod.yml', override]]),
        targets: [
          { name: 'dev', production: false, files: ['compose.yml'] },
          { name: 'prod', production: true, files: ['compose.yml', 'compose.prod.yml'] },
        ],
      },
      spec,
    );
    expect(result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.ruleId} ${d.target ?? ''}`)).toEqual([
      'compose.prod.yml:2:3 prod/restart-policy prod',
      'compose.prod.yml:3:12 schema/required prod',
      'compose.prod.yml:3:12 drift/image prod',
      'compose.prod.yml:5:17 prod/debug prod',
      'compose.prod.yml:5:17 drift/environment-keys prod',
      'compose.yml:5:9 style/port-quotes ',
    ]);
  });

  it.each([
    [
      'a service of the base file only, at its name in the base file',
      'services:\n  web:\n    image: app:1\n  worker:\n    image: app:1\n',
      'services:\n  web:\n    restart: always\n',
      'prod/restart-policy',
      ['compose.yml:4:3 worker'],
    ],
    [
      'a service the override adds, at its name in the override',
      'services:\n  web:\n    image: app:1\n    restart: always\n',
      'services:\n  cron:\n    image: app:1\n    restart: always\n',
      'drift/service-set',
      ['compose.prod.yml:2:3 cron'],
    ],
    [
      'environment keys dev sets and prod lacks, at the environment key of prod',
      'services:\n  web:\n    image: app:1\n    restart: always\n    environment:\n      A: x\n',
      'services:\n  web:\n    environment:\n      B: y\n',
      'drift/environment-keys',
      ['compose.prod.yml:3:5 web'],
      'services:\n  web:\n    image: app:1\n    environment:\n      A: x\n      B: y\n      C: z\n',
    ],
  ])('points at the key on a merged target: %s', (_name, baseText, overrideText, ruleId, expected, devText?: string) => {
    const result = lintProject(
      {
        texts: new Map([['compose.yml', baseText], ['compose.prod.yml', overrideText], ['dev.yml', devText ?? baseText]]),
        targets: [
          { name: 'dev', production: false, files: [devText === undefined ? 'compose.yml' : 'dev.yml'] },
          { name: 'prod', production: true, files: ['compose.yml', 'compose.prod.yml'] },
        ],
      },
      testSpec,
    );
    const found = result.diagnostics.filter((d) => d.ruleId === ruleId && d.target === 'prod');
    expect(found.map((d) => `${d.file}:${d.line}:${d.column} ${d.service}`)).toEqual(expected);
  });

  it('fixes the files as written, never a merged model', () => {
    const { changed, result } = lintAndFix(
      { texts: new Map([['compose.yml', base]]), targets: [{ name: 'dev', production: false, files: ['compose.yml'] }] },
      testSpec,
    );
    expect(changed.get('compose.yml')).toBe('services:\n  web:\n    image: app:1\n    ports:\n      - "22:22"\n');
    expect(result.diagnostics).toEqual([]);
  });
});
