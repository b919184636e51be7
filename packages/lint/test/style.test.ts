import containerNamePattern from '../src/rules/style/container-name-pattern.js';
import portQuotes from '../src/rules/style/port-quotes.js';
import serviceKeyOrder from '../src/rules/style/service-key-order.js';
import sortedDependencies from '../src/rules/style/sorted-dependencies.js';
import sortedPorts from '../src/rules/style/sorted-ports.js';
import sortedServices from '../src/rules/style/sorted-services.js';
import topLevelKeyOrder from '../src/rules/style/top-level-key-order.js';
import volumeQuotes from '../src/rules/style/volume-quotes.js';
import type { Rule } from '@compose-gen/lint';
import { ruleTester } from './_rule-tester.js';

const r = (rule: unknown): Rule<unknown> => rule as Rule<unknown>;

ruleTester(r(volumeQuotes), {
  valid: [
    { code: 'services:\n  web:\n    volumes:\n      - data:/data\n      - type: volume\n        source: "db-data"\n        target: /db\n' },
    { name: 'quotes needed', code: 'services:\n  web:\n    volumes:\n      - "#odd:/x"\n' },
  ],
  invalid: [
    {
      code: 'services:\n  web:\n    volumes:\n      - "data:/data" # keep\n      - \'./src:/src:ro\'\n',
      errors: [
        { messageId: 'quoted', line: 4, column: 9, data: { service: 'web', volume: 'data:/data' } },
        { messageId: 'quoted', line: 5, column: 9 },
      ],
      output: 'services:\n  web:\n    volumes:\n      - data:/data # keep\n      - ./src:/src:ro\n',
    },
  ],
});

ruleTester(r(portQuotes), {
  valid: [{ code: 'services:\n  web:\n    ports:\n      - "8080:80"\n      - target: 80\n    expose:\n      - 3000\n' }],
  invalid: [
    {
      name: 'base-60 lookalikes only, by default',
      code: 'services:\n  web:\n    ports:\n      - 8080:80\n      - 22:22\n      - 80\n',
      errors: [{ messageId: 'unquoted', line: 5, column: 9, data: { service: 'web', field: 'ports', port: '22:22' } }],
      output: 'services:\n  web:\n    ports:\n      - 8080:80\n      - "22:22"\n      - 80\n',
    },
    {
      name: 'every entry in mode all',
      code: 'services:\n  web:\n    ports:\n      - 8080:80\n      - 80\n',
      options: { mode: 'all' },
      errors: [
        { messageId: 'unquoted', line: 4, column: 9, data: { service: 'web', field: 'ports', port: '8080:80' } },
        { messageId: 'unquoted', line: 5, column: 9 },
      ],
      output: 'services:\n  web:\n    ports:\n      - "8080:80"\n      - "80"\n',
    },
    {
      name: 'expose on request, single quotes',
      code: 'services:\n  web:\n    expose:\n      - 3000\n',
      options: { fields: ['expose'], quote: 'single', mode: 'all' },
      errors: [{ messageId: 'unquoted', line: 4, column: 9 }],
      output: "services:\n  web:\n    expose:\n      - '3000'\n",
    },
  ],
});

ruleTester(r(containerNamePattern), {
  valid: [{ code: 'services:\n  a:\n    container_name: web.1\n  b:\n    container_name: ${P}-b\n' }],
  invalid: [{ code: 'services:\n  a:\n    container_name: -bad\n', errors: [{ messageId: 'mismatch', line: 3, column: 21 }] }],
});

ruleTester(r(sortedDependencies), {
  valid: [{ code: 'services:\n  web:\n    depends_on: [db, redis]\n' }],
  invalid: [
    {
      code: 'services:\n  web:\n    depends_on:\n      - redis\n      - db\n',
      errors: [{ messageId: 'order', line: 5, column: 9, data: { service: 'web', dependency: 'db', previous: 'redis' } }],
      output: 'services:\n  web:\n    depends_on:\n      - db\n      - redis\n',
    },
    {
      name: 'long syntax',
      code: 'services:\n  web:\n    depends_on:\n      redis:\n        condition: service_started\n      db:\n        condition: service_healthy\n',
      errors: [{ messageId: 'order', line: 6, column: 7 }],
      output: 'services:\n  web:\n    depends_on:\n      db:\n        condition: service_healthy\n      redis:\n        condition: service_started\n',
    },
  ],
});

ruleTester(r(sortedPorts), {
  valid: [{ code: 'services:\n  web:\n    ports: ["${P}:80", "79", "80:80", "127.0.0.1:8001:8001"]\n' }],
  invalid: [
    {
      code: 'services:\n  web:\n    ports:\n      - "8080:8080"\n      - "80:80"\n',
      errors: [{ messageId: 'order', line: 5, column: 9, data: { service: 'web', port: '80:80', previous: '8080:8080' } }],
      output: 'services:\n  web:\n    ports:\n      - "80:80"\n      - "8080:8080"\n',
    },
  ],
});

ruleTester(r(sortedServices), {
  valid: [{ code: 'services:\n  a: {}\n  b: {}\n' }],
  invalid: [
    {
      code: 'services:\n  # the app\n  web:\n    image: a:1\n  db:\n    image: b:1\n',
      errors: [{ messageId: 'order', line: 5, column: 3, data: { service: 'db', previous: 'web' } }],
      output: 'services:\n  db:\n    image: b:1\n  # the app\n  web:\n    image: a:1\n',
    },
    {
      name: 'an alias stays below its anchor: no fix',
      code: 'services:\n  web: &base\n    image: a:1\n  db: *base\n',
      errors: [{ messageId: 'order', line: 4, column: 3 }],
    },
  ],
});

ruleTester(r(serviceKeyOrder), {
  valid: [{ code: 'services:\n  web:\n    image: a:1\n    environment: {}\n    ports: []\n    x-note: 1\n' }],
  invalid: [
    {
      code: 'services:\n  web:\n    ports: ["80:80"]\n    image: a:1\n',
      errors: [{ messageId: 'order', line: 4, column: 5, data: { service: 'web', key: 'image', previous: 'ports' } }],
      output: 'services:\n  web:\n    image: a:1\n    ports: ["80:80"]\n',
    },
    {
      name: 'merge key stays first',
      code: 'x-base: &base\n  restart: always\nservices:\n  web:\n    <<: *base\n    command: run\n    image: a:1\n',
      errors: [{ messageId: 'order', line: 7, column: 5 }],
      output: 'x-base: &base\n  restart: always\nservices:\n  web:\n    <<: *base\n    image: a:1\n    command: run\n',
    },
  ],
});

ruleTester(r(topLevelKeyOrder), {
  valid: [{ code: 'x-a: 1\nversion: "3"\nservices: {}\nnetworks: {}\nvolumes: {}\n' }],
  invalid: [
    {
      code: 'services: {}\nx-b: 1\nvolumes: {}\nnetworks: {}\n',
      errors: [{ messageId: 'order', line: 2, column: 1, data: { key: 'x-b', previous: 'services' } }],
      output: 'x-b: 1\nservices: {}\nnetworks: {}\nvolumes: {}\n',
    },
  ],
});
