import { describe, it } from 'vitest';
import { check, dir, project, svc, type Case } from './_conformance.js';

const port = (published: string | undefined, target: number, extra: Record<string, unknown> = {}) => ({
  mode: 'ingress',
  target,
  ...(published !== undefined && { published }),
  protocol: 'tcp',
  ...extra,
});

// Section 1 of the rules: merging an override file into a base.
const cases: Case[] = [
  {
    name: 'mappings merge deeply: deploy, healthcheck, top-level resources',
    row: 'any mapping',
    files: [
      'services:\n  web:\n    image: nginx\n    deploy:\n      replicas: 1\n      resources:\n        limits:\n          cpus: "0.5"\n    volumes: [data:/data]\nvolumes:\n  data:\n    driver: local\n',
      'services:\n  web:\n    deploy:\n      resources:\n        limits:\n          memory: 512M\nvolumes:\n  data:\n    labels:\n      tier: db\n',
    ],
    expected: project(
      {
        web: svc({
          image: 'nginx',
          deploy: { replicas: 1, resources: { limits: { cpus: 0.5, memory: '536870912' } }, placement: {} },
          volumes: [{ type: 'volume', source: 'data', target: '/data', volume: {} }],
        }),
      },
      { volumes: { data: { name: 'app_data', driver: 'local', labels: { tier: 'db' } } } },
    ),
  },
  {
    name: 'scalars: the override replaces',
    row: 'scalars',
    files: ['services:\n  web:\n    image: nginx:1\n    restart: always\n', 'services:\n  web:\n    image: nginx:2\n'],
    expected: project({ web: svc({ image: 'nginx:2', restart: 'always' }) }),
  },
  {
    name: 'a new service in the override is added as-is',
    row: 'new service',
    files: ['services:\n  web:\n    image: nginx\n', 'services:\n  cache:\n    image: redis\n'],
    expected: project({ web: svc({ image: 'nginx' }), cache: svc({ image: 'redis' }) }),
  },
  {
    name: 'lists without a rule append',
    row: 'plain sequences',
    files: [
      'services:\n  web:\n    image: nginx\n    security_opt: [no-new-privileges]\n    group_add: [audio]\n',
      'services:\n  web:\n    security_opt: ["label:disable"]\n    group_add: [video]\n',
    ],
    expected: project({
      web: svc({ image: 'nginx', security_opt: ['no-new-privileges', 'label:disable'], group_add: ['audio', 'video'] }),
    }),
  },
  {
    name: 'an appended duplicate in a unique list fails validation of the merged model',
    row: 'plain sequences (duplicate)',
    files: [
      'services:\n  web:\n    image: nginx\n    security_opt: [no-new-privileges]\n',
      'services:\n  web:\n    security_opt: [no-new-privileges]\n',
    ],
    diagnostics: ['schema'],
  },
  {
    name: 'command and entrypoint are replaced, never appended',
    row: 'command, entrypoint, healthcheck.test',
    files: [
      'services:\n  web:\n    image: nginx\n    command: [echo, foo]\n    entrypoint: /a.sh\n    healthcheck:\n      test: [CMD, a]\n',
      'services:\n  web:\n    command: [echo, bar]\n    entrypoint: [/b.sh]\n    healthcheck:\n      test: curl -f localhost\n',
    ],
    expected: project({
      web: svc({
        image: 'nginx',
        command: ['echo', 'bar'],
        entrypoint: ['/b.sh'],
        healthcheck: { test: ['CMD-SHELL', 'curl -f localhost'] },
      }),
    }),
  },
  {
    name: 'healthcheck keys merge; disable does not clear test or interval',
    row: 'healthcheck (other keys), disable',
    files: [
      'services:\n  web:\n    image: nginx\n    healthcheck:\n      test: [CMD, ok]\n      interval: 90s\n',
      'services:\n  web:\n    healthcheck:\n      disable: true\n      timeout: 5s\n',
    ],
    expected: project({
      web: svc({ image: 'nginx', healthcheck: { test: ['CMD', 'ok'], interval: '1m30s', timeout: '5s', disable: true } }),
    }),
  },
  {
    name: 'ports append and are unique by ip, published, target and protocol',
    row: 'ports',
    files: [
      'services:\n  web:\n    image: nginx\n    ports:\n      - "127.0.0.1:8080:80"\n      - "53:53/udp"\n      - "9000-9001:9000-9001"\n',
      'services:\n  web:\n    ports:\n      - "127.0.0.1:8080:80"\n      - "53:53"\n      - "127.0.0.2:8080:80"\n      - "9001:9001"\n',
    ],
    expected: project({
      web: svc({
        image: 'nginx',
        ports: [
          port('8080', 80, { host_ip: '127.0.0.1' }),
          port('53', 53, { protocol: 'udp' }),
          port('9000', 9000),
          port('9001', 9001),
          port('53', 53),
          port('8080', 80, { host_ip: '127.0.0.2' }),
        ],
      }),
    }),
  },
  {
    name: 'a long-syntax published number never equals a short one (compose-go keys it with %s)',
    row: 'ports',
    files: [
      'services:\n  web:\n    image: nginx\n    ports: ["8080:80"]\n',
      'services:\n  web:\n    ports:\n      - target: 80\n        published: 8080\n      - target: 80\n        published: "8080"\n',
    ],
    // Both survive the merge; the host port then clashes, which docker compose only finds when it starts them.
    tolerate: ['ports/'],
    expected: project({ web: svc({ image: 'nginx', ports: [port('8080', 80), port('8080', 80)] }) }),
  },
  {
    name: 'volumes are unique by cleaned target; the later entry replaces the whole mount',
    row: 'volumes (service)',
    files: [
      'services:\n  web:\n    image: nginx\n    volumes:\n      - ./html:/usr/share/nginx/html:ro\n      - logs:/var/log\nvolumes:\n  logs: {}\n',
      'services:\n  web:\n    volumes:\n      - ./site:/usr/share/nginx/html/\n',
    ],
    expected: project(
      {
        web: svc({
          image: 'nginx',
          volumes: [
            { type: 'bind', source: `${dir}/site`, target: '/usr/share/nginx/html', bind: {} },
            { type: 'volume', source: 'logs', target: '/var/log', volume: {} },
          ],
        }),
      },
      { volumes: { logs: { name: 'app_logs' } } },
    ),
  },
  {
    name: 'secrets are unique by target; short x is /run/secrets/x',
    row: 'secrets (service)',
    files: [
      'services:\n  web:\n    image: nginx\n    secrets: [token]\nsecrets:\n  token:\n    file: ./token.txt\n  other:\n    file: ./other.txt\n',
      'services:\n  web:\n    secrets:\n      - source: other\n        target: /run/secrets/token\n',
    ],
    expected: project(
      { web: svc({ image: 'nginx', secrets: [{ source: 'other', target: '/run/secrets/token' }] }) },
      { secrets: { other: { name: 'app_other', file: `${dir}/other.txt` } } },
    ),
  },
  {
    name: 'configs are unique by target; short x is /x',
    row: 'configs (service)',
    files: [
      'services:\n  web:\n    image: nginx\n    configs: [site]\nconfigs:\n  site:\n    file: ./site.conf\n  alt:\n    file: ./alt.conf\n',
      'services:\n  web:\n    configs:\n      - source: alt\n        target: /site\n',
    ],
    expected: project(
      { web: svc({ image: 'nginx', configs: [{ source: 'alt', target: '/site' }] }) },
      { configs: { alt: { name: 'app_alt', file: `${dir}/alt.conf` } } },
    ),
  },
  {
    name: 'devices are unique by container path',
    row: 'devices',
    files: [
      'services:\n  web:\n    image: nginx\n    devices: ["/dev/sda:/dev/xvda:rwm", "/dev/ttyUSB0"]\n',
      'services:\n  web:\n    devices: ["/dev/sdb:/dev/xvda:r"]\n',
    ],
    expected: project({
      web: svc({
        image: 'nginx',
        devices: [
          { source: '/dev/sdb', target: '/dev/xvda', permissions: 'r' },
          { source: '/dev/ttyUSB0', target: '/dev/ttyUSB0', permissions: 'rwm' },
        ],
      }),
    }),
  },
  {
    name: 'environment: a list then a map merge by key, the last value wins',
    row: 'environment',
    files: [
      'services:\n  web:\n    image: nginx\n    environment:\n      - A=1\n      - B=2\n      - C\n',
      'services:\n  web:\n    environment:\n      B: 3\n      D: true\n      E: 1.0\n',
    ],
    expected: project({ web: svc({ image: 'nginx', environment: { A: '1', B: '3', C: null, D: 'true', E: '1' } }) }),
  },
  {
    name: 'labels and build args merge the same way',
    row: 'labels, annotations, sysctls, build.args, ...',
    files: [
      'services:\n  web:\n    build:\n      context: .\n      args: [A=1, B=2]\n    labels: [tier=web]\n    sysctls:\n      net.core.somaxconn: 1024\n',
      'services:\n  web:\n    build:\n      args:\n        B: 3\n    labels:\n      owner: me\n    sysctls: ["net.ipv4.tcp_syncookies=0"]\n',
    ],
    expected: project({
      web: svc({
        build: { context: dir, dockerfile: 'Dockerfile', args: { A: '1', B: '3' } },
        labels: { tier: 'web', owner: 'me' },
        sysctls: { 'net.core.somaxconn': '1024', 'net.ipv4.tcp_syncookies': '0' },
      }),
    }),
  },
  {
    name: 'env_file: a string becomes a list, appended, unique by path; folded into environment',
    row: 'env_file',
    files: ['services:\n  web:\n    image: nginx\n    env_file: a.env\n', 'services:\n  web:\n    env_file: [b.env, a.env]\n    environment:\n      C: explicit\n'],
    extra: { 'a.env': 'A=a\nSHARED=from-a\nC=from-a\n', 'b.env': 'B=b\nSHARED=from-b\n' },
    expected: project({ web: svc({ image: 'nginx', environment: { A: 'a', B: 'b', SHARED: 'from-b', C: 'explicit' } }) }),
  },
  {
    name: 'extra_hosts: items not already present as the exact string are appended',
    row: 'extra_hosts',
    files: [
      'services:\n  web:\n    image: nginx\n    extra_hosts:\n      db: 10.0.0.2\n',
      'services:\n  web:\n    extra_hosts: ["db=10.0.0.2", "db:10.0.0.3", "cache=10.0.0.4"]\n',
    ],
    expected: project({ web: svc({ image: 'nginx', extra_hosts: ['cache=10.0.0.4', 'db=10.0.0.2', 'db=10.0.0.3'] }) }),
  },
  {
    name: 'dns: a string becomes a list, appended without duplicates, first position kept',
    row: 'dns, dns_search, dns_opt',
    files: ['services:\n  web:\n    image: nginx\n    dns: 8.8.8.8\n', 'services:\n  web:\n    dns: [1.1.1.1, 8.8.8.8]\n'],
    expected: project({ web: svc({ image: 'nginx', dns: ['8.8.8.8', '1.1.1.1'] }) }),
  },
  {
    name: 'cap_add and expose append without duplicates (3000 is "3000")',
    row: 'cap_add, cap_drop, expose, profiles, links, tmpfs',
    files: [
      'services:\n  web:\n    image: nginx\n    cap_add: [NET_ADMIN]\n    expose: [3000]\n    tmpfs: /run\n',
      'services:\n  web:\n    cap_add: [NET_ADMIN, SYS_TIME]\n    expose: ["3000", "4000"]\n    tmpfs: [/run, /tmp]\n',
    ],
    expected: project({
      web: svc({ image: 'nginx', cap_add: ['NET_ADMIN', 'SYS_TIME'], expose: ['3000', '4000'], tmpfs: ['/run', '/tmp'] }),
    }),
  },
  {
    name: 'depends_on: a list becomes a map, then each dependency merges',
    row: 'depends_on',
    files: [
      'services:\n  web:\n    image: nginx\n    depends_on: [db, cache]\n  db:\n    image: postgres\n  cache:\n    image: redis\n',
      'services:\n  web:\n    depends_on:\n      db:\n        condition: service_healthy\n        restart: true\n      cache:\n        restart: false\n',
    ],
    expected: project({
      web: svc({
        image: 'nginx',
        depends_on: {
          db: { condition: 'service_healthy', required: true, restart: true },
          cache: { condition: 'service_started', required: true },
        },
      }),
      db: svc({ image: 'postgres' }),
      cache: svc({ image: 'redis' }),
    }),
  },
  {
    name: 'service networks: a list becomes a map; aliases append without duplicates',
    row: 'networks (service)',
    files: [
      'services:\n  web:\n    image: nginx\n    networks:\n      front:\n        aliases: [www]\n      back: {}\nnetworks:\n  front: {}\n  back: {}\n',
      'services:\n  web:\n    networks:\n      front:\n        aliases: [www, site]\n      back:\n',
    ],
    expected: {
      name: 'app',
      services: { web: svc({ image: 'nginx', networks: { front: { aliases: ['www', 'site'] }, back: {} } }) },
      networks: { front: { name: 'app_front', ipam: {} }, back: { name: 'app_back', ipam: {} } },
    },
  },
  {
    name: 'build: a string becomes {context}, then the mappings merge',
    row: 'build',
    files: ['services:\n  web:\n    build: ./web\n', 'services:\n  web:\n    build:\n      dockerfile: Dockerfile.prod\n      target: prod\n'],
    expected: project({ web: svc({ build: { context: `${dir}/web`, dockerfile: 'Dockerfile.prod', target: 'prod' } }) }),
  },
  {
    name: 'ulimits merge by name; each limit is replaced whole',
    row: 'ulimits',
    files: [
      'services:\n  web:\n    image: nginx\n    ulimits:\n      nproc: 65535\n      nofile:\n        soft: 1024\n        hard: 4096\n',
      'services:\n  web:\n    ulimits:\n      nofile:\n        soft: 2048\n        hard: 8192\n      memlock: -1\n',
    ],
    expected: project({
      web: svc({ image: 'nginx', ulimits: { nproc: 65535, nofile: { soft: 2048, hard: 8192 }, memlock: -1 } }),
    }),
  },
  {
    name: 'logging: same driver merges options, another driver replaces the block',
    row: 'logging',
    files: [
      'services:\n  a:\n    image: x\n    logging:\n      driver: json-file\n      options: {max-size: 10m}\n  b:\n    image: x\n    logging:\n      driver: json-file\n      options: {max-size: 10m}\n',
      'services:\n  a:\n    logging:\n      options: {max-file: "3"}\n  b:\n    logging:\n      driver: syslog\n      options: {tag: b}\n',
    ],
    expected: project({
      a: svc({ image: 'x', logging: { driver: 'json-file', options: { 'max-size': '10m', 'max-file': '3' } } }),
      b: svc({ image: 'x', logging: { driver: 'syslog', options: { tag: 'b' } } }),
    }),
  },
  {
    name: 'ipam.config pools merge by subnet; a new subnet is appended',
    row: 'networks.*.ipam.config',
    files: [
      'services:\n  web:\n    image: x\n    networks: [net]\nnetworks:\n  net:\n    ipam:\n      config:\n        - subnet: 10.0.0.0/24\n          gateway: 10.0.0.1\n',
      'networks:\n  net:\n    ipam:\n      config:\n        - subnet: 10.0.0.0/24\n          ip_range: 10.0.0.128/25\n        - subnet: 10.1.0.0/24\n',
    ],
    expected: {
      name: 'app',
      services: { web: svc({ image: 'x', networks: { net: null } }) },
      networks: {
        net: {
          name: 'app_net',
          ipam: {
            config: [
              { subnet: '10.0.0.0/24', gateway: '10.0.0.1', ip_range: '10.0.0.128/25' },
              { subnet: '10.1.0.0/24' },
            ],
          },
        },
      },
    },
  },
  {
    name: '!reset removes the attribute merged so far, at any depth',
    row: '!reset',
    files: [
      'services:\n  web:\n    image: nginx\n    ports: ["80:80"]\n    environment:\n      A: "1"\n      B: "2"\n  debug:\n    image: busybox\n',
      'services:\n  web:\n    ports: !reset []\n    environment:\n      A: !reset\n  debug: !reset\n',
    ],
    expected: project({ web: svc({ image: 'nginx', environment: { B: '2' } }) }),
  },
  {
    name: '!override replaces the base value without merging',
    row: '!override',
    files: [
      'services:\n  web:\n    image: nginx\n    ports: ["80:80", "443:443"]\n',
      'services:\n  web:\n    ports: !override ["8080:80"]\n',
    ],
    expected: project({ web: svc({ image: 'nginx', ports: [port('8080', 80)] }) }),
  },
  {
    name: 'x- extensions merge by the ordinary rules; only top-level ones are printed',
    row: 'x-* extensions',
    files: [
      'x-meta:\n  owner: a\n  tags: [one]\nservices:\n  web:\n    image: nginx\n    x-note: base\n',
      'x-meta:\n  team: b\n  tags: [two]\nservices:\n  web:\n    x-note: over\n',
    ],
    expected: project({ web: svc({ image: 'nginx' }) }, { 'x-meta': { owner: 'a', team: 'b', tags: ['one', 'two'] } }),
  },
  {
    name: 'a plain null keeps the base, except command / entrypoint / healthcheck.test',
    row: 'plain null',
    files: [
      'services:\n  web:\n    image: nginx\n    restart: always\n    command: [run]\n    healthcheck:\n      test: [CMD, ok]\n      retries: 3\n',
      'services:\n  web:\n    restart: null\n    command: null\n    healthcheck:\n      test: null\n',
    ],
    expected: project({ web: svc({ image: 'nginx', restart: 'always', healthcheck: { retries: 3 } }) }),
  },
  {
    name: 'anchors and merge keys resolve per file; explicit keys win',
    row: 'YAML anchors, << merge keys',
    files: [
      'x-base: &base\n  image: nginx\n  restart: always\nservices:\n  web:\n    <<: *base\n    restart: "no"\n',
      'services:\n  web:\n    image: nginx:alpine\n',
    ],
    expected: project({ web: svc({ image: 'nginx:alpine', restart: 'no' }) }, { 'x-base': { image: 'nginx', restart: 'always' } }),
  },
  {
    name: 'an override without a document changes nothing',
    row: 'empty override',
    files: ['services:\n  web:\n    image: nginx\n', '# nothing here\n'],
    expected: project({ web: svc({ image: 'nginx' }) }),
  },
];

describe('conformance: merge (rules section 1)', () => {
  it.each(cases)('$row: $name', (c) => check(c));
});
