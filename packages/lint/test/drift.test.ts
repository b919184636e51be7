import containerPort from '../src/rules/drift/container-port.js';
import dependsOn from '../src/rules/drift/depends-on.js';
import environmentKeys from '../src/rules/drift/environment-keys.js';
import healthcheck from '../src/rules/drift/healthcheck.js';
import image from '../src/rules/drift/image.js';
import serviceSet from '../src/rules/drift/service-set.js';
import type { Rule } from '@compose-gen/lint';
import { ruleTester } from './_rule-tester.js';

const r = (rule: unknown): Rule<unknown> => rule as Rule<unknown>;

ruleTester(r(image), {
  valid: [
    { code: 'services:\n  db:\n    image: postgres:16.3\n', prod: 'services:\n  db:\n    image: postgres:16.3\n' },
    { name: 'tag from a variable', code: 'services:\n  web:\n    image: app:${TAG}\n', prod: 'services:\n  web:\n    image: app:1.2\n' },
    { name: 'built in one target', code: 'services:\n  web:\n    build: .\n', prod: 'services:\n  web:\n    image: app:1.2\n' },
    { name: 'service in one target only', code: 'services:\n  db:\n    image: postgres:16\n', prod: 'services: {}\n' },
  ],
  invalid: [
    {
      code: 'services:\n  web:\n    image: postgres:16.3\n',
      prod: 'services:\n  web:\n    image: postgres:15.7\n',
      errors: [{ messageId: 'differs', line: 3, column: 12, data: { service: 'web', first: 'postgres:16.3', a: 'dev', second: 'postgres:15.7', b: 'prod' } }],
    },
    {
      name: 'repositories differ despite variables',
      code: 'services:\n  web:\n    image: mysql:${V}\n',
      prod: 'services:\n  web:\n    image: mariadb:${V}\n',
      errors: [{ messageId: 'differs', line: 3, column: 12 }],
    },
  ],
});

ruleTester(r(environmentKeys), {
  valid: [
    { code: 'services:\n  web:\n    environment:\n      A: 1\n', prod: 'services:\n  web:\n    environment:\n      - A=2\n' },
    {
      name: 'keys provided by a readable env_file',
      code: 'services:\n  web:\n    environment:\n      A: 1\n      B: 2\n',
      prod: 'services:\n  web:\n    env_file: .env.prod\n    environment:\n      A: 1\n',
      files: { '.env.prod': '# prod\nexport B=3\n' },
    },
    {
      name: 'ignored keys',
      code: 'services:\n  web:\n    environment:\n      DEBUG: 1\n',
      prod: 'services:\n  web:\n    image: x:1\n',
      options: { ignore: ['DEBUG'] },
    },
  ],
  invalid: [
    {
      code: 'services:\n  web:\n    environment:\n      A: 1\n      B: 2\n',
      prod: 'services:\n  web:\n    environment:\n      A: 1\n      C: 3\n',
      errors: [
        { messageId: 'missing', line: 3, column: 5, file: 'dev.yml', data: { service: 'web', keys: 'C', present: 'prod', absent: 'dev' } },
        { messageId: 'missing', line: 3, column: 5, data: { service: 'web', keys: 'B', present: 'dev', absent: 'prod' } },
      ],
    },
    {
      name: 'unreadable env_file is info and hides keys missing on its side',
      code: 'services:\n  web:\n    environment:\n      A: 1\n',
      prod: 'services:\n  web:\n    env_file: .env\n',
      errors: [{ messageId: 'unreadable', line: 3, column: 15, severity: 'info' }],
    },
  ],
});

ruleTester(r(containerPort), {
  valid: [
    { code: 'services:\n  web:\n    ports: ["8000:8000"]\n', prod: 'services:\n  web:\n    expose: ["8000"]\n' },
    { name: 'one side declares nothing', code: 'services:\n  web:\n    ports: ["8000:8000"]\n', prod: 'services:\n  web:\n    image: a:1\n' },
    { name: 'ranges', code: 'services:\n  web:\n    ports: ["3000-3001:3000-3001"]\n', prod: 'services:\n  web:\n    expose: [3000, 3001]\n' },
  ],
  invalid: [
    {
      code: 'services:\n  web:\n    ports: ["8000:8000"]\n',
      prod: 'services:\n  web:\n    ports:\n      - target: 8080\n        published: 80\n',
      errors: [{ messageId: 'differs', line: 4, column: 7, data: { service: 'web', first: '8000/tcp', a: 'dev', second: '8080/tcp', b: 'prod' } }],
    },
  ],
});

ruleTester(r(healthcheck), {
  valid: [
    {
      code: 'services:\n  db:\n    healthcheck:\n      test: ["CMD-SHELL", "pg_isready"]\n',
      prod: 'services:\n  db:\n    healthcheck:\n      test: pg_isready\n',
    },
    { name: 'disabled equals none', code: 'services:\n  db:\n    healthcheck:\n      disable: true\n', prod: 'services:\n  db:\n    image: p:1\n' },
  ],
  invalid: [
    {
      code: 'services:\n  db:\n    image: p:1\n',
      prod: 'services:\n  db:\n    healthcheck:\n      test: pg_isready\n',
      errors: [{ messageId: 'missing', line: 3, column: 5, data: { service: 'db', present: 'prod', absent: 'dev' } }],
    },
    {
      code: 'services:\n  db:\n    healthcheck:\n      test: ["CMD", "true"]\n',
      prod: 'services:\n  db:\n    healthcheck:\n      test: pg_isready\n',
      errors: [{ messageId: 'differs', line: 4, column: 13 }],
    },
  ],
});

ruleTester(r(dependsOn), {
  valid: [
    {
      name: 'dependency on a dev-only service',
      code: 'services:\n  db:\n    image: m:5\n  web:\n    depends_on: [db]\n',
      prod: 'services:\n  web:\n    image: w:1\n',
    },
    {
      name: 'list and mapping forms',
      code: 'services:\n  db: {}\n  web:\n    depends_on: [db]\n',
      prod: 'services:\n  db: {}\n  web:\n    depends_on:\n      db:\n        condition: service_healthy\n',
    },
  ],
  invalid: [
    {
      code: 'services:\n  db: {}\n  cache: {}\n  web:\n    depends_on: [db, cache]\n',
      prod: 'services:\n  db: {}\n  cache: {}\n  web:\n    depends_on: [db]\n',
      errors: [{ messageId: 'differs', line: 5, column: 17, data: { service: 'web', first: 'cache, db', a: 'dev', second: 'db', b: 'prod' } }],
    },
  ],
});

ruleTester(r(serviceSet), {
  valid: [
    { name: 'declared target-only', code: 'services:\n  worker: {}\n', prod: 'services: {}\n', targetOnly: ['worker'] },
    { code: 'services:\n  web: {}\n', prod: 'services:\n  web: {}\n' },
  ],
  invalid: [
    {
      code: 'services:\n  worker:\n    image: app:1\n',
      prod: 'services: {}\n',
      errors: [{ messageId: 'only', line: 2, column: 3, file: 'dev.yml', data: { service: 'worker', present: 'dev', absent: 'prod' } }],
    },
    {
      name: 'dev-only datastore, dev tool and prod-only proxy are info',
      code: 'services:\n  db:\n    image: mysql:5.7\n  mail:\n    image: axllent/mailpit:v1\n',
      prod: 'services:\n  nginx:\n    build: ./config/nginx\n',
      errors: [
        { messageId: 'datastore', line: 2, column: 3, file: 'dev.yml', severity: 'info' },
        { messageId: 'devTool', line: 4, column: 3, file: 'dev.yml', severity: 'info' },
        { messageId: 'proxy', line: 2, column: 3, file: 'prod.yml', severity: 'info' },
      ],
    },
    {
      name: 'a prod-only datastore is a warning',
      code: 'services: {}\n',
      prod: 'services:\n  cache:\n    image: redis:7\n',
      errors: [{ messageId: 'only', line: 2, column: 3 }],
    },
  ],
});
