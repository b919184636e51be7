import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseDocument } from 'yaml';
import { importCompose, type ImportTarget } from '../src/import/index.js';
import { seedDev, seedProd } from './import-fixtures/seed.js';

function target(name: string, file: string, text: string, production?: boolean): ImportTarget {
  const document = parseDocument(text, { merge: true });
  return { name, file, model: document.toJS(), parsed: { file, document }, ...(production ? { production } : {}) };
}

function importTexts(files: Record<string, string>): string {
  const targets = Object.entries(files).map(([name, text]) => target(name, `${name}.yml`, text));
  return importCompose({ targets }).source;
}

describe('importCompose on the seed (Django + MySQL in dev, nginx + gunicorn in prod)', () => {
  const result = importCompose({
    targets: [target('dev', 'docker-compose.yml', seedDev), target('prod', 'docker-compose.prod.yml', seedProd, true)],
  });

  test('writes the config a person would write (golden file, type-checked as a real config)', async () => {
    expect(seedDev).toContain('services:');
    await expect(result.source).toMatchFileSnapshot('./import-fixtures/seed/compose.config.ts');
  });

  test('docs/migrating.md shows these very files and this very output', () => {
    const doc = readFileSync(new URL('../../../docs/migrating.md', import.meta.url), 'utf8');
    const blocks = (lang: string): string[] => [...doc.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1] ?? '');
    expect(blocks('yaml').slice(0, 2)).toEqual([seedDev, seedProd]);
    expect(blocks('ts')[0]).toBe(result.source);
  });

  test('reports the obsolete version key it leaves out, with its position', () => {
    expect(result.diagnostics.map((d) => [d.ruleId, d.severity, d.file, d.path])).toEqual([
      ['import/version-dropped', 'info', 'docker-compose.yml', '/version'],
    ]);
  });

  test('is deterministic', () => {
    const again = importCompose({
      targets: [target('dev', 'docker-compose.yml', seedDev), target('prod', 'docker-compose.prod.yml', seedProd, true)],
    });
    expect(again.source).toBe(result.source);
  });
});

// The corpus is third-party data: its imported configs are checked here, not kept as golden files in the project.
describe('importCompose on corpus projects', () => {
  const pairs = (path: string): string => readFileSync(new URL(`../../../../shared/corpus/pairs/${path}`, import.meta.url), 'utf8');

  test('djangopackages: x- anchors expanded, profiles, healthcheck-gated depends_on, comments', async () => {
    const { source } = importCompose({
      targets: [
        target('dev', 'compose.yml', pairs('djangopackages/djangopackages/compose.yml')),
        target('prod', 'compose.prod.yml', pairs('djangopackages/djangopackages/compose.prod.yml'), true),
      ],
    });
    // The anchor holder becomes a typed constant spread into the services that used it.
    expect(source).toMatch(/^const commonSettings = \{$/m);
    expect(source).toContain('} satisfies Service;');
    expect(source).toMatch(/django: \{\n {6}only: \['dev'\],\n {6}\.\.\.commonSettings,/);
    expect(source).toContain("depends_on: {\n    redis: { condition: 'service_healthy' },");
    expect(source).toContain("prod: { file: 'compose.prod.yml', production: true },");
  });

  test('docker-rails: three standalone targets', async () => {
    const { source } = importCompose({
      targets: [
        target('dev', 'docker-compose.yml', pairs('docker-rails/docker-rails/docker-compose.yml')),
        target('test', 'docker-compose.test.yml', pairs('docker-rails/docker-rails/docker-compose.test.yml')),
        target('prod', 'docker-compose.production.yml', pairs('docker-rails/docker-rails/docker-compose.production.yml'), true),
      ],
    });
    expect(source).toContain("targets: {\n    dev: 'docker-compose.yml',\n    test: 'docker-compose.test.yml',\n    prod: { file: 'docker-compose.production.yml', production: true },\n  },");
    expect(source).toContain("'db-data': { only: ['dev', 'test'] },");
    expect(source).toMatch(/only: \['test'\]/);
    expect(source).toMatch(/only: \['prod'\]/);
    // ${VAR} references and literal values are kept as written, never resolved.
    expect(source).not.toContain('undefined');
  });
});

describe('importCompose: how differences are written', () => {
  test('a list that one target extends becomes append(), a key only the majority has is remove()d', () => {
    const base = 'services:\n  web:\n    image: app\n    ports: ["80:80"]\n    init: true\n';
    const source = importTexts({
      dev: base,
      test: base,
      prod: 'services:\n  web:\n    image: app\n    ports: ["80:80", "443:443"]\n',
    });
    expect(source).toBe(
      [
        "import { append, defineCompose, remove } from 'compose-gen';",
        '',
        'export default defineCompose({',
        '  targets: {',
        "    dev: 'dev.yml',",
        "    test: 'test.yml',",
        "    prod: 'prod.yml',",
        '  },',
        '  services: {',
        '    web: {',
        "      image: 'app',",
        "      ports: ['80:80'],",
        '      init: true,',
        '      overrides: {',
        '        prod: {',
        "          ports: append('443:443'),",
        '          init: remove(),',
        '        },',
        '      },',
        '    },',
        '  },',
        '});',
        '',
      ].join('\n'),
    );
  });

  test('mappings keep shared keys in the base; keys the schema does not know travel under raw', () => {
    const source = importTexts({
      dev: 'services:\n  web:\n    image: app\n    environment: { A: "1", B: dev }\n    x-note: kept\n    weird: 1\n',
      prod: 'services:\n  web:\n    image: app\n    environment: { A: "1", B: prod }\n    weird: 2\n',
    });
    expect(source).toContain("      environment: { A: '1' },\n");
    expect(source).toContain("        dev: {\n          environment: { B: 'dev' },\n          'x-note': 'kept',\n          raw: { weird: 1 },\n        },");
    expect(source).toContain("        prod: {\n          environment: { B: 'prod' },\n          raw: { weird: 2 },\n        },");
  });

  test('a list with a bare KEY (value from the environment) stays a list', () => {
    const source = importTexts({
      dev: 'services:\n  web:\n    image: app\n    environment: [A=1, TOKEN]\n',
      prod: 'services:\n  web:\n    image: app\n    environment: { A: "1" }\n',
    });
    expect(source).toContain("        dev: {\n          environment: ['A=1', 'TOKEN'],\n        },");
    expect(source).toContain("        prod: {\n          environment: { A: '1' },\n        },");
  });

  test('nulls that mean something survive rendering: valueless variables as list items, bare networks as {}', () => {
    const source = importTexts({
      dev: 'services:\n  web:\n    image: app\n    environment: { A: "1", TOKEN: null }\n    networks: { front: null, back: { aliases: [api] } }\n',
    });
    expect(source).toContain("      environment: ['A=1', 'TOKEN'],\n      networks: { front: {}, back: { aliases: ['api'] } },\n");
  });

  test('ports in the loader\'s long form are written short; long forms written by hand stay', () => {
    const source = importTexts({
      dev: [
        'services:',
        '  web:',
        '    image: app',
        '    ports:',
        '      - { mode: ingress, target: 80, published: "8080", protocol: tcp }',
        '      - { mode: ingress, target: 53, published: "53", protocol: udp, host_ip: "::1" }',
        '      - { mode: ingress, target: 9000, protocol: tcp }',
        '      - { target: 443, published: 443 }',
        '      - { mode: host, target: 22, published: "2222", protocol: tcp }',
        '',
      ].join('\n'),
    });
    expect(source).toContain(
      "      ports: [\n        '8080:80',\n        '[::1]:53:53/udp',\n        '9000',\n        { target: 443, published: 443 },\n" +
        "        { mode: 'host', target: 22, published: '2222', protocol: 'tcp' },\n      ],\n",
    );
  });

  test('KEY=value lists that differ become mappings, so the shared keys sit in the base', () => {
    const source = importTexts({
      dev: 'services:\n  web:\n    image: app\n    environment: [A=1, B=dev, C=]\n    labels: [x=1]\n',
      prod: 'services:\n  web:\n    image: app\n    environment: { A: "1", B: prod }\n    labels: [x=1]\n',
    });
    expect(source).toContain("      environment: { A: '1' },\n      labels: ['x=1'],\n");
    expect(source).toContain("        dev: {\n          environment: { B: 'dev', C: '' },\n        },");
    expect(source).toContain("        prod: {\n          environment: { B: 'prod' },\n        },");
  });

  test('a YAML anchor merged into services becomes a constant spread where all its keys fit', () => {
    const source = importTexts({
      dev: 'x-base: &default\n  restart: always\n  init: true\nservices:\n  a:\n    <<: *default\n    image: a\n  b:\n    <<: *default\n    image: b\n    init: false\n',
    });
    expect(source).toContain("import { defineCompose, type Service } from 'compose-gen';\n\nconst defaultFragment = { restart: 'always', init: true } satisfies Service;\n\n");
    expect(source).toContain("    a: {\n      ...defaultFragment,\n      image: 'a',\n    },");
    expect(source).toContain("    b: {\n      restart: 'always',\n      init: false,\n      image: 'b',\n    },");
    expect(source).toContain("  raw: { 'x-base': defaultFragment },\n");
  });

  test('variables stay as written, strings are quoted safely, long scripts become lines', () => {
    const source = importTexts({
      dev: [
        'services:',
        '  web:',
        "    image: '${REGISTRY:-docker.io}/app:${TAG}'",
        '    labels:',
        "      com.example/it's: \"back\\\\slash\"",
        '    command: |',
        '      set -e',
        '      echo $$HOME',
        '',
      ].join('\n'),
    });
    expect(source).toContain("image: '${REGISTRY:-docker.io}/app:${TAG}',");
    expect(source).toContain("labels: { 'com.example/it\\'s': 'back\\\\slash' },");
    expect(source).toContain("command: [\n        'set -e',\n        'echo $$HOME',\n        '',\n      ].join('\\n'),");
  });

  test('comments on keys and list items are carried over as // comments', () => {
    const source = importTexts({
      dev: '# the stack\nservices:\n  # the database\n  db:\n    image: mysql # pinned\n    ports:\n      # host port first\n      - "3307:3306"\n',
    });
    expect(source).toContain("  targets: {\n    dev: 'dev.yml',\n  },\n  // the stack\n  services: {\n    // the database\n    db: {\n      image: 'mysql', // pinned\n      ports: [\n        // host port first\n        '3307:3306',\n      ],");
  });

  test('a generated file\'s own header and schema modeline are not carried over', () => {
    const source = importTexts({
      dev: '# Generated by compose-gen from compose.config.ts (target: dev). Do not edit.\n# yaml-language-server: $schema=x.json\n\nservices:\n  web:\n    image: app\n',
    });
    expect(source).not.toContain('Generated by');
    expect(source).not.toContain('yaml-language-server');
  });

  test('top-level extensions shared by all targets go to raw; one that differs is reported and left out', () => {
    const result = importCompose({
      targets: [
        target('dev', 'dev.yml', 'x-shared: 1\nx-dev: &d { a: 1 }\nservices:\n  web:\n    image: app\n'),
        target('prod', 'prod.yml', 'x-shared: 1\nservices:\n  web:\n    image: app\n'),
      ],
    });
    expect(result.source).toContain("  raw: { 'x-shared': 1 },\n");
    expect(result.source).not.toContain('x-dev');
    expect(result.diagnostics.map((d) => [d.ruleId, d.severity, d.path, d.target])).toEqual([
      ['import/top-level-differs', 'warning', '/x-dev', 'dev'],
    ]);
  });
});

describe('importCompose: recipes, only where the call reproduces the service exactly', () => {
  test.each([
    [
      'postgres with a password and a data volume',
      'image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: ${DB_PASSWORD}\n    volumes: [pgdata:/var/lib/postgresql/data]\n    restart: always',
      "...postgres({\n        version: '16',\n        password: '${DB_PASSWORD}',\n        volume: 'pgdata',\n        healthcheck: false,\n      }),\n      restart: 'always',",
    ],
    [
      'redis with the recipe healthcheck',
      'image: redis:7\n    healthcheck:\n      test: [CMD, redis-cli, ping]\n      interval: 10s\n      timeout: 3s\n      retries: 5',
      "...redis({ version: '7' }),",
    ],
    ['mysql with a variable the recipe does not set', 'image: mysql:8\n    environment: { MYSQL_ROOT_PASSWORD: x, TZ: UTC }', "image: 'mysql:8',"],
    ['redis with a healthcheck of its own', 'image: redis:7\n    healthcheck:\n      test: [CMD, redis-cli, ping]', "image: 'redis:7',"],
    ['postgres without its required password', 'image: postgres:16', "image: 'postgres:16',"],
    ['an image from another registry', 'image: example.org/mysql:8\n    environment: { MYSQL_ROOT_PASSWORD: x }', "image: 'example.org/mysql:8',"],
  ])('%s', (_name, service, expected) => {
    const source = importTexts({ dev: `services:\n  db:\n    ${service}\n` });
    expect(source).toContain(`    db: {\n      ${expected}`);
  });
});

describe('importCompose on odd input never throws', () => {
  test.each([
    ['an empty file', undefined],
    ['a list at the root', ['a']],
    ['services: null', { services: null }],
    ['a service without a body', { services: { web: null } }],
    ['a service that is a string', { services: { web: 'nginx' } }],
    ['a volume that is a string', { services: {}, volumes: { data: 'x' } }],
  ])('%s', (_name, model) => {
    const result = importCompose({ targets: [{ name: 'dev', file: 'dev.yml', model }] });
    expect(result.source).toMatch(/^import \{ defineCompose \} from 'compose-gen';\n\nexport default defineCompose\(\{\n  targets: \{\n    dev: 'dev\.yml',\n  \},\n/);
  });
});
