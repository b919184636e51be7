import { describe, expect, it } from 'vitest';
import { check, load, project, svc, type Case } from './_conformance.js';

// Section 3 of the rules: interpolation. Each case is our own YAML, loaded the way `docker compose config` does.
const cases: Case[] = [
  {
    name: 'names may use either case and are looked up as written',
    row: 'pattern',
    files: ['services:\n  web:\n    image: "${image_name}:${TAG}"\n'],
    env: { image_name: 'nginx', TAG: '1.27', IMAGE_NAME: 'wrong' },
    expected: project({ web: svc({ image: 'nginx:1.27' }) }),
  },
  {
    name: '${VAR} and $VAR; the bare form takes the longest name',
    row: '${VAR}, $VAR',
    files: ['services:\n  web:\n    image: nginx\n    environment:\n      A: "${HOST}"\n      B: "$HOST.local"\n      C: "$HOST_b"\n      D: "x${UNSET}y"\n'],
    env: { HOST: 'db', HOST_b: 'other' },
    diagnostics: ['loader/unset-variable'],
    expected: project({ web: svc({ image: 'nginx', environment: { A: 'db', B: 'db.local', C: 'other', D: 'xy' } }) }),
  },
  {
    name: ':- replaces unset or empty, - only unset',
    row: '${VAR:-d} / ${VAR-d}',
    files: ['services:\n  web:\n    image: nginx\n    environment:\n      A: "${EMPTY:-d}"\n      B: "${EMPTY-d}"\n      C: "${UNSET-d}"\n      D: "${SET:-d}"\n'],
    env: { EMPTY: '', SET: 'v' },
    expected: project({ web: svc({ image: 'nginx', environment: { A: 'd', B: '', C: 'd', D: 'v' } }) }),
  },
  {
    name: ':? fails on unset or empty, ? only on unset',
    row: '${VAR:?e} / ${VAR?e}',
    files: ['services:\n  web:\n    image: nginx\n    environment:\n      A: "${EMPTY?needed}"\n      B: "${SET:?needed}"\n'],
    env: { EMPTY: '', SET: 'v' },
    expected: project({ web: svc({ image: 'nginx', environment: { A: '', B: 'v' } }) }),
  },
  {
    name: 'a required variable that is missing is an error naming the file and line',
    row: '${VAR:?e} / ${VAR?e}',
    files: ['services:\n  web:\n    image: nginx\n    environment:\n      A: "${EMPTY:?EMPTY must be set}"\n'],
    env: { EMPTY: '' },
    diagnostics: ['interpolate/required'],
  },
  {
    name: ':+ gives the alternative when set and non-empty, + when set',
    row: '${VAR:+a} / ${VAR+a}',
    files: ['services:\n  web:\n    image: nginx\n    environment:\n      A: "${SET:+alt}"\n      B: "${EMPTY:+alt}"\n      C: "${EMPTY+alt}"\n      D: "${UNSET+alt}"\n'],
    env: { SET: 'v', EMPTY: '' },
    expected: project({ web: svc({ image: 'nginx', environment: { A: 'alt', B: '', C: 'alt', D: '' } }) }),
  },
  {
    name: 'defaults nest, and adjacent references each resolve',
    row: 'nesting',
    files: [
      'services:\n  web:\n    image: nginx\n    environment:\n      A: "${U1:-${U2:-x}}"\n      B: "${U1:-pre-${SET}-post}"\n      C: "${U1:-a}${U2:-b}"\n      D: "${SET:+[${SET}]}"\n',
    ],
    env: { SET: 'v' },
    expected: project({ web: svc({ image: 'nginx', environment: { A: 'x', B: 'pre-v-post', C: 'ab', D: '[v]' } }) }),
  },
  {
    name: '$$ is a dollar, a lone $ stays, printed doubled',
    row: '$$',
    files: ['services:\n  web:\n    image: nginx\n    environment:\n      A: "pa$$word"\n      B: "cost $1 or $ 2"\n'],
    expected: project({ web: svc({ image: 'nginx', environment: { A: 'pa$$word', B: 'cost $$1 or $$ 2' } }) }),
  },
  {
    name: '${ with an invalid name is an error',
    row: '$$',
    files: ['services:\n  web:\n    image: "${not valid}"\n'],
    diagnostics: ['interpolate/syntax'],
  },
  {
    name: 'keys are never interpolated; x- values and short syntax are, before the merge',
    row: 'where',
    files: [
      'x-tag: "${TAG}"\nservices:\n  web:\n    image: nginx\n    labels:\n      ${KEY}: "${TAG}"\n    ports:\n      - "${PORT}:80"\n',
      'services:\n  web:\n    ports:\n      - "8080:80"\n',
    ],
    env: { TAG: 'v1', KEY: 'k', PORT: '8080' },
    expected: project(
      {
        web: svc({
          image: 'nginx',
          labels: { '$${KEY}': 'v1' },
          ports: [{ mode: 'ingress', target: 80, published: '8080', protocol: 'tcp' }],
        }),
      },
      { 'x-tag': 'v1' },
    ),
  },
  {
    name: 'typed fields are cast back from their interpolated text',
    row: 'typing',
    files: ['services:\n  web:\n    image: nginx\n    privileged: "${PRIV}"\n    cpus: "${CPUS}"\n    healthcheck:\n      retries: ${RETRIES}\n'],
    env: { PRIV: 'true', CPUS: '0.5', RETRIES: '3' },
    expected: project({ web: svc({ image: 'nginx', privileged: true, cpus: 0.5, healthcheck: { retries: 3 } }) }),
  },
  {
    name: 'yes / no / on / off are accepted as booleans, with a warning',
    row: 'typing',
    files: ['services:\n  web:\n    image: nginx\n    tty: "${TTY}"\n    read_only: "${RO}"\n'],
    env: { TTY: 'yes', RO: 'off' },
    diagnostics: ['interpolate/boolean', 'interpolate/boolean'],
    expected: project({ web: svc({ image: 'nginx', tty: true, read_only: false }) }),
  },
  {
    name: 'only interpolated text is cast: a literal duration is no interpolation error, normalisation reads it',
    row: 'typing',
    files: ['services:\n  web:\n    image: nginx\n    cpu_rt_runtime: 400ms\n    cpus: "${CPUS}"\n'],
    env: { CPUS: '2' },
    diagnostics: ['loader/realtime-duration'],
    expected: project({ web: svc({ image: 'nginx', cpu_rt_runtime: 400000, cpus: 2 }) }),
  },
  {
    name: 'a typed field that does not read as its type is an error',
    row: 'typing',
    files: ['services:\n  web:\n    image: nginx\n    privileged: "${PRIV}"\n'],
    env: { PRIV: 'maybe' },
    diagnostics: ['interpolate/type'],
  },
  {
    name: 'every $ of the printed model is doubled, keys included',
    row: 'output',
    files: ['services:\n  web:\n    image: nginx\n    command: ["echo", "$$HOME"]\n    labels:\n      a$$b: "$$x"\n'],
    expected: project({ web: svc({ image: 'nginx', command: ['echo', '$$HOME'], labels: { 'a$$$$b': '$$x' } }) }),
  },
];

describe('conformance: interpolation (rules section 3)', () => {
  it.each(cases)('$row: $name', (c) => check(c));

  it('names the file and line of a missing required variable', () => {
    const r = load(cases[4] as Case);
    expect(r.diagnostics).toMatchObject([
      { ruleId: 'interpolate/required', file: 'compose.yaml', line: 5, path: '/services/web/environment/A' },
    ]);
    expect(r.diagnostics[0]?.message).toContain('EMPTY must be set');
  });
});

export const interpolationCaseCount = cases.length;
