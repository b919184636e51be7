import { describe, it } from 'vitest';
import { check, project, svc, type Case } from './_conformance.js';

const dep = { condition: 'service_started', required: true };

// The profiles example of the Compose documentation: web always on, mock-backend and db in dev, phpmyadmin in debug.
const app =
  'services:\n  web:\n    image: web\n  mock-backend:\n    image: backend\n    profiles: [dev]\n    depends_on: [db]\n' +
  '  db:\n    image: mysql\n    profiles: [dev]\n  phpmyadmin:\n    image: phpmyadmin\n    profiles: [debug]\n    depends_on: [db]\n';

const cases: Case[] = [
  {
    name: 'no profile active: only the services without profiles',
    row: 'profiles',
    files: [app],
    expected: project({ web: svc({ image: 'web' }) }),
  },
  {
    name: 'naming a service turns on its profiles, which enables a dependency in the same profile',
    row: 'profiles',
    files: [app],
    services: ['mock-backend'],
    expected: project({
      'mock-backend': svc({ image: 'backend', profiles: ['dev'], depends_on: { db: dep } }),
      db: svc({ image: 'mysql', profiles: ['dev'] }),
    }),
  },
  {
    name: 'naming a service whose dependency is in another, inactive profile is an error',
    row: 'profiles',
    files: [app],
    services: ['phpmyadmin'],
    diagnostics: ['loader/depends-on-disabled'],
  },
  {
    name: 'the same with that profile active: the dependency comes along',
    row: 'profiles',
    files: [app],
    profiles: ['dev'],
    services: ['phpmyadmin'],
    expected: project({
      phpmyadmin: svc({ image: 'phpmyadmin', profiles: ['debug'], depends_on: { db: dep } }),
      db: svc({ image: 'mysql', profiles: ['dev'] }),
    }),
  },
  {
    name: 'an enabled service requiring a profile-disabled one is an error; links count as requirements',
    row: 'profiles',
    files: ['services:\n  web:\n    image: x\n    links: [cache]\n  cache:\n    image: y\n    profiles: [extra]\n'],
    diagnostics: ['loader/depends-on-disabled'],
  },
  {
    name: 'required: false lets the disabled dependency go; the entry is still printed',
    row: 'profiles',
    files: ['services:\n  web:\n    image: x\n    depends_on:\n      cache:\n        condition: service_started\n        required: false\n  cache:\n    image: y\n    profiles: [extra]\n'],
    expected: project({ web: svc({ image: 'x', depends_on: { cache: { condition: 'service_started', required: false } } }) }),
  },
  {
    name: 'naming services keeps them and their dependencies only; their resources alone are printed',
    row: 'profiles',
    files: [
      'services:\n  web:\n    image: x\n    depends_on: [api]\n  api:\n    image: y\n    volumes: [data:/d]\n  other:\n    image: z\n    volumes: [logs:/l]\nvolumes:\n  data: {}\n  logs: {}\n',
    ],
    services: ['web'],
    expected: project(
      {
        web: svc({ image: 'x', depends_on: { api: dep } }),
        api: svc({ image: 'y', volumes: [{ type: 'volume', source: 'data', target: '/d', volume: {} }] }),
      },
      { volumes: { data: { name: 'app_data' } } },
    ),
  },
  {
    name: 'naming a service that does not exist is an error',
    row: 'profiles',
    files: ['services:\n  web:\n    image: x\n'],
    services: ['nope'],
    diagnostics: ['loader/no-such-service'],
  },
];

describe('conformance: profiles and services named on the command line', () => {
  for (const c of cases) it(c.name, () => check(c));
});
