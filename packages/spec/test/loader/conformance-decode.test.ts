import { describe, it } from 'vitest';
import { check, project, svc, type Case } from './_conformance.js';

// How docker compose's YAML reader types scalars, where YAML 1.2 says otherwise.
const cases: Case[] = [
  {
    name: 'a mode with a leading zero is octal, as in 0o form; a plain 440 is decimal',
    row: 'secrets / configs (service)',
    files: [
      'services:\n  web:\n    image: x\n    secrets:\n      - source: a\n        mode: 0440\n      - source: b\n        target: /b\n        mode: 0o440\n      - source: c\n        target: /c\n        mode: 440\n    configs:\n      - source: site\n        mode: 0644\nsecrets:\n  a: {file: a.txt}\n  b: {file: b.txt}\n  c: {file: c.txt}\nconfigs:\n  site: {external: true}\n',
    ],
    expected: project(
      {
        web: svc({
          image: 'x',
          secrets: [
            { source: 'a', target: '/run/secrets/a', mode: '0440' },
            { source: 'b', target: '/b', mode: '0440' },
            { source: 'c', target: '/c', mode: '0670' },
          ],
          configs: [{ source: 'site', mode: '0644' }],
        }),
      },
      {
        secrets: {
          a: { name: 'app_a', file: '/srv/app/a.txt' },
          b: { name: 'app_b', file: '/srv/app/b.txt' },
          c: { name: 'app_c', file: '/srv/app/c.txt' },
        },
        configs: { site: { name: 'site', external: true } },
      },
    ),
  },
  {
    name: 'leading-zero integers are octal anywhere (also through anchors); quoted ones stay strings',
    row: 'environment',
    files: ['x-mode: &m 0755\nservices:\n  web:\n    image: x\n    environment:\n      A: 010\n      B: "010"\n      C: *m\n      D: 08\n'],
    expected: project(
      { web: svc({ image: 'x', environment: { A: '8', B: '010', C: '493', D: '8' } }) },
      { 'x-mode': 493 },
    ),
  },
];

describe('conformance: YAML decoding as docker compose reads it', () => {
  for (const c of cases) it(c.name, () => check(c));
});
