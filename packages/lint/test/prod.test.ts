import bindMount from '../src/rules/prod/bind-mount.js';
import debug from '../src/rules/prod/debug.js';
import devServer from '../src/rules/prod/dev-server.js';
import plaintextSecret from '../src/rules/prod/plaintext-secret.js';
import publishedDatastorePort from '../src/rules/prod/published-datastore-port.js';
import restartPolicy from '../src/rules/prod/restart-policy.js';
import unpinnedImage from '../src/rules/prod/unpinned-image.js';
import type { Rule } from '@compose-gen/lint';
import { ruleTester } from './_rule-tester.js';

const r = (rule: unknown): Rule<unknown> => rule as Rule<unknown>;

ruleTester(r(bindMount), {
  valid: [
    { name: 'named volume', code: 'services:\n  web:\n    volumes: [static:/app/static]\n' },
    { name: 'read-only config', code: 'services:\n  web:\n    volumes: ["./nginx.conf:/etc/nginx/nginx.conf:ro"]\n' },
    { name: 'absolute host path', code: 'services:\n  web:\n    volumes: ["/srv/data:/data"]\n' },
    { name: 'a configuration file', code: 'services:\n  web:\n    volumes: ["./nginx/default.conf:/tmp/default.conf"]\n' },
    { name: 'home directory data', code: 'services:\n  mc:\n    volumes: ["~/mc:/data"]\n' },
    { name: 'docker socket', code: 'services:\n  proxy:\n    volumes: ["/var/run/docker.sock:/var/run/docker.sock"]\n' },
    { name: 'not production', code: 'services:\n  web:\n    volumes: [.:/app]\n', production: false },
  ],
  invalid: [
    {
      code: 'services:\n  web:\n    volumes:\n      - .:/app\n',
      errors: [{ messageId: 'bind', line: 4, column: 9, data: { service: 'web', source: '.', target: '/app', targetName: 'prod' } }],
    },
    {
      name: 'long syntax',
      code: 'services:\n  web:\n    volumes:\n      - type: bind\n        source: ./src\n        target: /src\n',
      errors: [{ messageId: 'bind', line: 4, column: 9 }],
    },
    {
      name: 'a source file is not configuration',
      code: 'services:\n  api:\n    volumes: ["./backend/package.json:/code/package.json"]\n',
      errors: [{ messageId: 'bind', line: 3, column: 15 }],
    },
    {
      name: 'read-only refused when asked',
      code: 'services:\n  web:\n    volumes: ["./a:/a:ro"]\n',
      options: { allowReadOnly: false },
      errors: [{ messageId: 'bind', line: 3, column: 15 }],
    },
  ],
});

ruleTester(r(devServer), {
  valid: [
    { code: 'services:\n  web:\n    command: gunicorn app.wsgi:application --bind 0.0.0.0:8000\n' },
    { code: 'services:\n  web:\n    command: ["npm", "run", "start"]\n' },
    { name: 'rails server in production', code: 'services:\n  web:\n    command: bundle exec rails s -b 0.0.0.0\n    environment:\n      RAILS_ENV: production\n' },
  ],
  invalid: [
    {
      code: 'services:\n  web:\n    command: sh -c "python manage.py migrate && python manage.py runserver 0.0.0.0:8000"\n',
      errors: [{ messageId: 'devServer', line: 3, column: 14 }],
    },
    { code: 'services:\n  api:\n    command: ["uvicorn", "main:app", "--reload"]\n', errors: [{ messageId: 'devServer', line: 3, column: 14 }] },
    { code: 'services:\n  ui:\n    entrypoint: npm run dev\n', errors: [{ messageId: 'devServer', line: 3, column: 17 }] },
    { code: 'services:\n  api:\n    command: flask run --host=0.0.0.0\n', errors: [{ messageId: 'devServer', line: 3, column: 14 }] },
    {
      code: 'services:\n  web:\n    command: rails server\n    environment:\n      - RAILS_ENV=development\n',
      errors: [{ messageId: 'devServer', line: 3, column: 14, data: { service: 'web', what: 'rails server in development', target: 'prod', command: 'rails server' } }],
    },
  ],
});

ruleTester(r(debug), {
  valid: [
    { code: 'services:\n  web:\n    environment:\n      DEBUG: "false"\n      NODE_ENV: production\n' },
    { code: 'services:\n  web:\n    environment:\n      DEBUG: ${DEBUG}\n' },
  ],
  invalid: [
    {
      code: 'services:\n  web:\n    environment:\n      DEBUG: "True"\n',
      errors: [{ messageId: 'debug', line: 4, column: 14, data: { service: 'web', key: 'DEBUG', value: 'True', target: 'prod' } }],
    },
    { code: 'services:\n  web:\n    environment:\n      - NODE_ENV=development\n', errors: [{ messageId: 'debug', line: 4, column: 9 }] },
    { code: 'services:\n  web:\n    environment:\n      FLASK_DEBUG: 1\n', errors: [{ messageId: 'debug', line: 4, column: 20 }] },
  ],
});

ruleTester(r(plaintextSecret), {
  valid: [
    { code: 'services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set it}\n' },
    { code: 'services:\n  db:\n    environment:\n      POSTGRES_PASSWORD_FILE: /run/secrets/db\n      MYSQL_ALLOW_EMPTY_PASSWORD: "yes"\n' },
    { name: 'valueless key comes from the shell', code: 'services:\n  db:\n    environment:\n      - SECRET_KEY\n' },
  ],
  invalid: [
    {
      code: 'services:\n  web:\n    environment:\n      DATABASE_PASSWORD: mysql\n',
      errors: [{ messageId: 'literal', line: 4, column: 26, data: { service: 'web', key: 'DATABASE_PASSWORD', target: 'prod' } }],
    },
    { code: 'services:\n  web:\n    environment:\n      - API_KEY=abc123\n', errors: [{ messageId: 'literal', line: 4, column: 9 }] },
    {
      name: 'a connection string with its password',
      code: 'services:\n  web:\n    environment:\n      - DATABASE_URL=postgres://app:hunter2@db/app\n      - CACHE_URL=redis://:${REDIS_PASSWORD}@cache\n',
      errors: [{ messageId: 'url', line: 4, column: 9, data: { service: 'web', key: 'DATABASE_URL', target: 'prod' } }],
    },
  ],
});

ruleTester(r(restartPolicy), {
  valid: [
    { code: 'services:\n  web:\n    restart: unless-stopped\n' },
    { code: 'services:\n  web:\n    deploy:\n      restart_policy:\n        condition: on-failure\n' },
    {
      name: 'a job others wait for',
      code: 'services:\n  migrate:\n    image: a:1\n  web:\n    restart: always\n    depends_on:\n      migrate:\n        condition: service_completed_successfully\n',
    },
  ],
  invalid: [{ code: 'services:\n  web:\n    image: a:1\n  tool:\n    image: a:1\n    profiles: [tools]\n', errors: [{ messageId: 'missing', line: 2, column: 3 }] }],
});

ruleTester(r(publishedDatastorePort), {
  valid: [
    { code: 'services:\n  db:\n    image: postgres:16\n    expose: ["5432"]\n' },
    { code: 'services:\n  db:\n    image: postgres:16\n    ports: ["127.0.0.1:5432:5432"]\n' },
  ],
  invalid: [
    {
      name: 'a bare container port is published on a random host port',
      code: 'services:\n  db:\n    image: postgres:16\n    ports:\n      - 5432\n',
      errors: [{ messageId: 'published', line: 5, column: 9, data: { service: 'db', port: '5432', target: 'prod' } }],
    },
    {
      code: 'services:\n  db:\n    image: mysql:8.0\n    ports:\n      - "3307:3306"\n',
      errors: [{ messageId: 'published', line: 5, column: 9, data: { service: 'db', port: '3307:3306', target: 'prod' } }],
    },
  ],
});

ruleTester(r(unpinnedImage), {
  valid: [
    { code: 'services:\n  db:\n    image: postgres:16.3-alpine\n' },
    { code: 'services:\n  db:\n    image: postgres@sha256:abcdef\n' },
    { name: 'built', code: 'services:\n  web:\n    build: .\n    image: app:dev\n' },
    { name: 'latest belongs to compose/explicit-image-tag', code: 'services:\n  web:\n    image: nginx:latest\n' },
  ],
  invalid: [{ code: 'services:\n  web:\n    image: node:lts-alpine\n', errors: [{ messageId: 'floating', line: 3, column: 12 }] }],
});
