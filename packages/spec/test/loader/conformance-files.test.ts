import { describe, it } from 'vitest';
import { check, project, svc, type Case } from './_conformance.js';

// env_file and label_file: files read while loading, as `docker compose config` prints the result.
const cases: Case[] = [
  {
    name: 'label_file: files read in order into labels, explicit labels win, no label_file printed',
    row: 'labels',
    files: [
      'services:\n  web:\n    image: x\n    label_file: [a.labels, ./b.labels]\n    labels:\n      - com.example.team=explicit\n',
    ],
    extra: {
      'a.labels': '# team labels\ncom.example.team=from-a\ncom.example.tier="web tier"\nBASE=app\n',
      'b.labels': 'com.example.name=${BASE}-web\ncom.example.tier=back\n',
    },
    expected: project({
      web: svc({
        image: 'x',
        labels: {
          'com.example.team': 'explicit',
          'com.example.tier': 'back',
          'com.example.name': 'app-web',
          BASE: 'app',
        },
      }),
    }),
  },
  {
    name: 'label_file: a variable expands from earlier labels only, not from the environment',
    row: 'labels',
    files: ['services:\n  web:\n    image: x\n    label_file: l.labels\n'],
    env: { HOME_TEAM: 'ops' },
    extra: { 'l.labels': 'team=${HOME_TEAM:-none}\n' },
    expected: project({ web: svc({ image: 'x', labels: { team: 'none' } }) }),
  },
  {
    name: 'label_file: a missing file is an error (no required: false for labels)',
    row: 'labels',
    files: ['services:\n  web:\n    image: x\n    label_file: nope.labels\n'],
    diagnostics: ['loader/label-file'],
  },
  {
    name: 'env_file format raw: values literal (quotes, $, # and trailing spaces kept), bare names inherit',
    row: 'env_file',
    files: [
      'services:\n  web:\n    image: x\n    env_file:\n      - path: raw.env\n        format: raw\n      - plain.env\n    environment:\n      EXPLICIT: yes-explicit\n',
    ],
    env: { INHERITED: 'from-env' },
    extra: {
      'raw.env': '# comment\nQUOTED="a b"\nDOLLAR=${NOT_EXPANDED}\nHASH=v # not a comment \n  INDENTED=x\nINHERITED\nUNSET_BARE\nEXPLICIT=from-file\n',
      'plain.env': 'PLAIN="a b" # comment\n',
    },
    expected: project({
      web: svc({
        image: 'x',
        environment: {
          QUOTED: '"a b"',
          DOLLAR: '$${NOT_EXPANDED}',
          HASH: 'v # not a comment ',
          INDENTED: 'x',
          INHERITED: 'from-env',
          EXPLICIT: 'yes-explicit',
          PLAIN: 'a b',
        },
      }),
    }),
  },
  {
    name: 'env_file format raw: a name with a space is an error',
    row: 'env_file',
    files: ['services:\n  web:\n    image: x\n    env_file:\n      - path: raw.env\n        format: raw\n'],
    extra: { 'raw.env': 'BAD NAME=1\n' },
    diagnostics: ['dotenv/syntax'],
  },
  {
    name: 'env_file: variables expand from the env, then the service environment, then earlier env files',
    row: 'env_file',
    files: ['services:\n  web:\n    image: x\n    env_file: [a.env, b.env]\n    environment:\n      HOST: db\n'],
    env: { PORT: '5432' },
    extra: { 'a.env': 'USER=app\n', 'b.env': 'URL=pg://${USER}@${HOST}:${PORT}\n' },
    expected: project({ web: svc({ image: 'x', environment: { HOST: 'db', USER: 'app', URL: 'pg://app@db:5432' } }) }),
  },
  {
    name: 'env_file: an unknown format is an error',
    row: 'env_file',
    files: ['services:\n  web:\n    image: x\n    env_file:\n      - path: a.env\n        format: toml\n'],
    extra: { 'a.env': 'A=1\n' },
    diagnostics: ['loader/env-file'],
  },
];

describe('conformance: env_file and label_file', () => {
  for (const c of cases) it(c.name, () => check(c));
});
