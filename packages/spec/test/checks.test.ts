import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { specRules } from '../src/checks/catalogue.js';
import { parseCompose } from '../src/parse.js';
import { validateCompose, validateModel } from '../src/validate.js';

const yaml = (...lines: string[]) => `${lines.join('\n')}\n`;

/** Every finding of validateCompose, minus schema ones: the checks under test. */
function findings(text: string) {
  const parsed = parseCompose(text, { file: 'compose.yaml' });
  expect(parsed.diagnostics).toEqual([]);
  return validateCompose(parsed)
    .filter((d) => !d.ruleId.startsWith('schema/'))
    .map((d) => ({ ruleId: d.ruleId, line: d.line, column: d.column, message: d.message }));
}

type Invalid = [name: string, text: string, expected: { ruleId: string; line: number; column: number; message: string }[]];

function table(valid: [string, string][], invalid: Invalid[]) {
  it.each(valid)('accepts %s', (_name, text) => expect(findings(text)).toEqual([]));
  it.each(invalid)('reports %s', (_name, text, expected) => expect(findings(text)).toEqual(expected));
}

describe('ref/undefined-service', () => {
  const svc = (...body: string[]) => yaml('services:', '  web:', '    image: nginx', ...body, '  db:', '    image: mysql');
  table(
    [
      ['depends_on as a list', svc('    depends_on: [db]')],
      ['depends_on as a mapping', svc('    depends_on:', '      db:', '        condition: service_started')],
      ['links with an alias', svc('    links: ["db:database"]')],
      ['network_mode service:', svc('    network_mode: "service:db"')],
      ['volumes_from a service read-only', svc('    volumes_from: ["db:ro"]')],
      ['volumes_from a container', svc('    volumes_from: ["container:other"]')],
      ['extends from another file', svc('    extends:', '      file: base.yml', '      service: base')],
      ['an interpolated name', svc('    depends_on: ["${DB}"]')],
    ],
    [
      ['depends_on list', svc('    depends_on: [cache]'), [
        { ruleId: 'ref/undefined-service', line: 4, column: 18, message: 'services.web.depends_on names the service "cache", which is not defined under services' },
      ]],
      ['depends_on mapping, at the key', svc('    depends_on:', '      dbb:', '        condition: service_healthy'), [
        { ruleId: 'ref/undefined-service', line: 5, column: 7, message: 'services.web.depends_on names the service "dbb", which is not defined under services; did you mean "db"?' },
      ]],
      ['links', svc('    links:', '      - "cache:c"'), [
        { ruleId: 'ref/undefined-service', line: 5, column: 9, message: 'services.web.links names the service "cache", which is not defined under services' },
      ]],
      ['extends.service without file', svc('    extends:', '      service: base'), [
        { ruleId: 'ref/undefined-service', line: 5, column: 16, message: 'services.web.extends names the service "base", which is not defined under services' },
      ]],
      ['ipc service:', svc('    ipc: "service:cache"'), [
        { ruleId: 'ref/undefined-service', line: 4, column: 10, message: 'services.web.ipc names the service "cache", which is not defined under services' },
      ]],
      ['pid service:', svc('    pid: service:cache'), [
        { ruleId: 'ref/undefined-service', line: 4, column: 10, message: 'services.web.pid names the service "cache", which is not defined under services' },
      ]],
      ['volumes_from svc:rw', svc('    volumes_from:', '      - cache:rw'), [
        { ruleId: 'ref/undefined-service', line: 5, column: 9, message: 'services.web.volumes_from names the service "cache", which is not defined under services' },
      ]],
    ],
  );
});

describe('ref/undefined-volume, network, secret, config', () => {
  const svc = (...body: string[]) => yaml('services:', '  web:', '    image: nginx', ...body);
  table(
    [
      ['a declared named volume', svc('    volumes: ["data:/var/lib"]', 'volumes:', '  data: {}')],
      ['bind mounts and anonymous volumes', svc('    volumes: ["./src:/app", "/abs:/x", "~/h:/h", "/anon", "C:\\\\x:/w"]')],
      ['long syntax bind and tmpfs', svc('    volumes:', '      - type: bind', '        source: ./x', '        target: /x', '      - type: tmpfs', '        target: /t')],
      ['long syntax anonymous volume', svc('    volumes:', '      - type: volume', '        target: /data')],
      ['the implicit default network', svc('    networks: [default]')],
      ['declared networks as a mapping', svc('    networks:', '      front:', '        aliases: [w]', 'networks:', '  front: {}')],
      ['declared secrets and configs', svc('    secrets: [s, {source: t}]', '    configs: [c]', 'secrets:', '  s: {file: ./s}', '  t: {file: ./t}', 'configs:', '  c: {file: ./c}')],
    ],
    [
      ['a short-syntax named volume', svc('    volumes:', '      - "dbdata:/var/lib/mysql"', 'volumes:', '  db-data: {}'), [
        { ruleId: 'ref/undefined-volume', line: 5, column: 9, message: 'services.web.volumes uses the volume "dbdata", which is not declared under the top-level volumes; did you mean "db-data"?' },
      ]],
      ['a long-syntax named volume, at its source', svc('    volumes:', '      - type: volume', '        source: data', '        target: /d'), [
        { ruleId: 'ref/undefined-volume', line: 6, column: 17, message: 'services.web.volumes uses the volume "data", which is not declared under the top-level volumes' },
      ]],
      ['a network list item', svc('    networks: [front]'), [
        { ruleId: 'ref/undefined-network', line: 4, column: 16, message: 'services.web.networks uses the network "front", which is not declared under the top-level networks' },
      ]],
      ['a network mapping key', svc('    networks:', '      back: {}'), [
        { ruleId: 'ref/undefined-network', line: 5, column: 7, message: 'services.web.networks uses the network "back", which is not declared under the top-level networks' },
      ]],
      ['a secret by source', svc('    secrets:', '      - source: key', '        target: /k'), [
        { ruleId: 'ref/undefined-secret', line: 5, column: 17, message: 'services.web.secrets uses the secret "key", which is not declared under the top-level secrets' },
      ]],
      ['a build secret', svc('    build:', '      context: .', '      secrets: [npmrc]'), [
        { ruleId: 'ref/undefined-secret', line: 6, column: 17, message: 'services.web.build uses the secret "npmrc", which is not declared under the top-level secrets' },
      ]],
      ['a config', svc('    configs: [nginx_conf]'), [
        { ruleId: 'ref/undefined-config', line: 4, column: 15, message: 'services.web.configs uses the config "nginx_conf", which is not declared under the top-level configs' },
      ]],
    ],
  );
});

describe('an optional dependency', () => {
  it('is a warning when missing, as Compose only warns', () => {
    const text = yaml('services:', '  web:', '    image: x', '    depends_on:', '      cache:', '        condition: service_started', '        required: false');
    const found = validateCompose(parseCompose(text, { file: 'compose.yaml' }));
    expect(found.map((d) => [d.ruleId, d.severity, d.line, d.column])).toEqual([['ref/undefined-service', 'warning', 5, 7]]);
  });
});

describe('depends-on/cycle', () => {
  table(
    [['a chain', yaml('services:', '  a: {image: x, depends_on: [b]}', '  b: {image: x, depends_on: [c]}', '  c: {image: x}')]],
    [
      ['a three-service cycle, once', yaml('services:', '  a: {image: x, depends_on: [b]}', '  b: {image: x, depends_on: [c]}', '  c: {image: x, depends_on: {a: {condition: service_started}}}'), [
        { ruleId: 'depends-on/cycle', line: 2, column: 30, message: 'depends_on forms a cycle, a -> b -> c -> a, so these services can never start' },
      ]],
      ['a service depending on itself', yaml('services:', '  a:', '    image: x', '    depends_on:', '      - a'), [
        { ruleId: 'depends-on/cycle', line: 5, column: 9, message: 'depends_on forms a cycle, a -> a, so these services can never start' },
      ]],
    ],
  );
});

describe('ports/host-conflict', () => {
  const two = (a: string, b: string) => yaml('services:', '  a:', '    image: x', `    ports: [${a}]`, '  b:', '    image: x', `    ports: [${b}]`);
  table(
    [
      ['different host ports', two('"8080:80"', '"8081:80"')],
      ['different protocols', two('"53:53/udp"', '"53:53/tcp"')],
      ['different specific addresses', two('"127.0.0.1:80:80"', '"10.0.0.1:80:80"')],
      ['container-only ports', two('80', '"80"')],
      ['random host ports', two('"127.0.0.1::80"', '"127.0.0.1::80"')],
      ['unresolved variables', two('"${PORT}:80"', '"${PORT}:80"')],
      ['services in disjoint profiles', yaml('services:', '  a: {image: x, profiles: [dev], ports: ["80:80"]}', '  b: {image: x, profiles: [prod], ports: ["80:80"]}')],
    ],
    [
      ['the same port', two('"8080:80"', '"8080:8080"'), [
        { ruleId: 'ports/host-conflict', line: 7, column: 13, message: 'services.b.ports[0] publishes host port 8080/tcp, which services.a.ports[0] already publishes' },
      ]],
      ['0.0.0.0 overlapping a specific address', two('"0.0.0.0:443:443"', '"127.0.0.1:443:8443"'), [
        { ruleId: 'ports/host-conflict', line: 7, column: 13, message: 'services.b.ports[0] publishes host port 127.0.0.1:443/tcp, which services.a.ports[0] already publishes' },
      ]],
      ['a range overlapping a port', two('"9000-9010:9000-9010"', '{target: 80, published: "9005"}'), [
        { ruleId: 'ports/host-conflict', line: 7, column: 13, message: 'services.b.ports[0] publishes host port 9005/tcp, which services.a.ports[0] already publishes' },
      ]],
      ['IPv6 in brackets', two('"[::1]:80:80"', '"[::1]:80:81"'), [
        { ruleId: 'ports/host-conflict', line: 7, column: 13, message: 'services.b.ports[0] publishes host port ::1:80/tcp, which services.a.ports[0] already publishes' },
      ]],
    ],
  );
});

describe('conflict/*, service/*, mount/*, deploy/*', () => {
  table(
    [
      ['external without options', yaml('volumes:', '  v:', '    external: true', '    name: real')],
      ['external.name equal to name', yaml('networks:', '  n:', '    name: same', '    external:', '      name: same')],
      ['a service built, not pulled', yaml('services:', '  web:', '    build: .')],
      ['a service extending another', yaml('services:', '  base: {image: x}', '  web:', '    extends: base')],
      ['distinct container names', yaml('services:', '  a: {image: x, container_name: one}', '  b: {image: x, container_name: two}')],
      ['device count all', yaml('services:', '  g:', '    image: x', '    deploy: {resources: {reservations: {devices: [{capabilities: [gpu], count: all}]}}}')],
    ],
    [
      ['external with driver', yaml('volumes:', '  v:', '    external: true', '    driver: local'), [
        { ruleId: 'conflict/external-options', line: 4, column: 5, message: 'volumes.v is external, so it cannot also set driver: Compose does not create it' },
      ]],
      ['external network with ipam', yaml('networks:', '  n:', '    external: true', '    ipam: {driver: default}'), [
        { ruleId: 'conflict/external-options', line: 4, column: 5, message: 'networks.n is external, so it cannot also set ipam: Compose does not create it' },
      ]],
      ['name against external.name', yaml('secrets:', '  s:', '    name: a', '    external:', '      name: b'), [
        { ruleId: 'conflict/external-name', line: 5, column: 7, message: 'secrets.s sets name "a" and external.name "b"; keep only name' },
      ]],
      ['network_mode with networks', yaml('services:', '  web:', '    image: x', '    network_mode: host', '    networks: [default]'), [
        { ruleId: 'conflict/network-mode-networks', line: 5, column: 5, message: 'services.web sets both network_mode and networks, which exclude each other' },
      ]],
      ['count with device_ids', yaml('services:', '  g:', '    image: x', '    deploy:', '      resources:', '        reservations:', '          devices:', '            - capabilities: [gpu]', '              count: 1', '              device_ids: ["0"]'), [
        { ruleId: 'conflict/device-count-ids', line: 10, column: 15, message: 'services.g.deploy.resources.reservations.devices[0] sets both count and device_ids; a device request picks devices one way or the other' },
      ]],
      ['a device count word', yaml('services:', '  g:', '    image: x', '    deploy: {resources: {reservations: {devices: [{capabilities: [gpu], count: many}]}}}'), [
        { ruleId: 'deploy/device-count', line: 4, column: 80, message: 'services.g.deploy.resources.reservations.devices[0].count must be a number or "all"; got "many"' },
      ]],
      ['no image nor build', yaml('services:', '  web:', '    ports: ["80:80"]'), [
        { ruleId: 'service/no-image', line: 2, column: 3, message: 'services.web has neither image nor build, so Compose has nothing to run' },
      ]],
      ['a bind mount without source', yaml('services:', '  web:', '    image: x', '    volumes:', '      - type: bind', '        target: /app'), [
        { ruleId: 'mount/missing-source', line: 5, column: 9, message: 'services.web.volumes[0] is a bind mount without a source path' },
      ]],
      ['a container name used twice', yaml('services:', '  a: {image: x, container_name: app}', '  b:', '    image: x', '    container_name: app'), [
        { ruleId: 'service/duplicate-container-name', line: 5, column: 21, message: 'services.b.container_name is "app", the container name services.a already uses' },
      ]],
    ],
  );
});

describe('checks on odd shapes', () => {
  it.each([
    ['services is a list', 'services: [a, b]\n'],
    ['a service is null', 'services:\n  web:\n'],
    ['depends_on is a number', 'services:\n  web: {image: x, depends_on: 3}\n'],
    ['ports hold mappings without published', 'services:\n  web: {image: x, ports: [{target: 80}, null, [1]]}\n'],
    ['volumes is a string', 'services:\n  web: {image: x, volumes: "a:/b"}\n'],
  ])('never throws when %s', (_name, text) => {
    expect(() => validateCompose(parseCompose(text, { file: 'c.yaml' }))).not.toThrow();
  });
});

describe('checks on large models', () => {
  it('follows a depends_on chain of 20,000 services without exhausting the stack', () => {
    const count = 20_000;
    const services = Object.fromEntries(
      Array.from({ length: count }, (_, i) => [`s${i}`, { image: 'x', depends_on: [`s${(i + 1) % count}`] }]),
    );
    const cycles = validateModel({ services }, { file: 'big.yaml' }).filter((d) => d.ruleId === 'depends-on/cycle');
    expect(cycles).toHaveLength(1);
    expect(cycles[0]?.message).toMatch(/^depends_on forms a cycle, s0 -> s1 -> .* -> s19999 -> s0, so these services can never start$/);
    expect(cycles[0]?.path).toBe('/services/s0/depends_on/0');
  });
});

describe('rule catalogue', () => {
  // Every rule id literal in the parser, the schema messages and the checks, read from the sources themselves.
  const sources = ['parse.ts', '_yaml-walk.ts', '_yaml-limits.ts', '_schema-messages-table.ts', ...readdirSync(new URL('../src/checks/', import.meta.url)).filter((f) => f !== 'catalogue.ts').map((f) => `checks/${f}`)];
  const text = sources.map((file) => readFileSync(new URL(`../src/${file}`, import.meta.url), 'utf8')).join('\n');
  const used = new Set(
    [...text.matchAll(/'((?:yaml|ref|depends-on|ports|conflict|service|mount|deploy|schema)\/[a-z-]+)'/g)].map((m) => m[1] as string),
  );
  for (const [, rule] of text.matchAll(/\brule: '([a-z-]+)'/g)) used.add(`schema/${rule}`);
  used.delete('schema/');

  it('describes every rule id the code reports, and no other', () => {
    expect([...used].sort()).toEqual(Object.keys(specRules).sort());
  });

  it('says each in one sentence', () => {
    for (const description of Object.values(specRules)) expect(description).toMatch(/^[A-Zda-z].*\.$/);
  });
});
