import { describe, it } from 'vitest';
import { check, dir, project, svc, type Case } from './_conformance.js';

// Section 2 of the rules: short syntax to the canonical form `docker compose config --format json` prints.
const cases: Case[] = [
  {
    name: 'short ports: ranges expand pairwise, a host range on one target stays one entry',
    row: 'ports short',
    files: [
      'services:\n  web:\n    image: x\n    ports:\n      - "3000"\n      - "127.0.0.1:8000:80/udp"\n      - "9000-9001:9000-9001"\n      - "6060-6062:6060"\n      - "[::1]:5000:5000"\n      - 7000\n',
    ],
    expected: project({
      web: svc({
        image: 'x',
        ports: [
          { mode: 'ingress', target: 3000, protocol: 'tcp' },
          { mode: 'ingress', host_ip: '127.0.0.1', target: 80, published: '8000', protocol: 'udp' },
          { mode: 'ingress', target: 9000, published: '9000', protocol: 'tcp' },
          { mode: 'ingress', target: 9001, published: '9001', protocol: 'tcp' },
          { mode: 'ingress', target: 6060, published: '6060-6062', protocol: 'tcp' },
          { mode: 'ingress', host_ip: '::1', target: 5000, published: '5000', protocol: 'tcp' },
          { mode: 'ingress', target: 7000, protocol: 'tcp' },
        ],
      }),
    }),
  },
  {
    name: 'long ports get mode and protocol; published becomes a string',
    row: 'ports long',
    files: ['services:\n  web:\n    image: x\n    ports:\n      - target: 80\n        published: 8080\n      - target: 443\n        protocol: udp\n        mode: host\n'],
    expected: project({
      web: svc({
        image: 'x',
        ports: [
          { mode: 'ingress', target: 80, published: '8080', protocol: 'tcp' },
          { mode: 'host', target: 443, protocol: 'udp' },
        ],
      }),
    }),
  },
  {
    name: 'short volumes become typed mounts; bind sources absolute; rw dropped, options kept',
    row: 'volumes short',
    files: [
      'services:\n  web:\n    image: x\n    volumes:\n      - ./src:/app:rw\n      - ../shared:/shared:ro,z\n      - data:/data:nocopy\n      - /anon\n      - /etc/hosts:/hosts:rslave\n      - ~/cache:/cache\nvolumes:\n  data: {}\n',
    ],
    env: { HOME: '/home/me' },
    expected: project(
      {
        web: svc({
          image: 'x',
          volumes: [
            { type: 'bind', source: `${dir}/src`, target: '/app', bind: {} },
            { type: 'bind', source: '/srv/shared', target: '/shared', read_only: true, bind: { selinux: 'z' } },
            { type: 'volume', source: 'data', target: '/data', volume: { nocopy: true } },
            { type: 'volume', target: '/anon', volume: {} },
            { type: 'bind', source: '/etc/hosts', target: '/hosts', bind: { propagation: 'rslave' } },
            { type: 'bind', source: '/home/me/cache', target: '/cache', bind: {} },
          ],
        }),
      },
      { volumes: { data: { name: 'app_data' } } },
    ),
  },
  {
    name: 'depends_on list: condition service_started, required true; restart only when true',
    row: 'depends_on list',
    files: ['services:\n  web:\n    image: x\n    depends_on: [db]\n  db:\n    image: y\n'],
    expected: project({
      web: svc({ image: 'x', depends_on: { db: { condition: 'service_started', required: true } } }),
      db: svc({ image: 'y' }),
    }),
  },
  {
    name: 'links, service: namespaces and volumes_from add the dependencies compose needs',
    row: 'depends_on list',
    files: [
      'services:\n  web:\n    image: x\n    links: ["db:database"]\n    volumes_from: ["data:ro", "container:other"]\n    depends_on: [cache]\n  sidecar:\n    image: x\n    network_mode: service:web\n  db:\n    image: y\n  data:\n    image: y\n  cache:\n    image: y\n',
    ],
    expected: project({
      web: svc({
        image: 'x',
        links: ['db:database'],
        volumes_from: ['data:ro', 'container:other'],
        depends_on: {
          cache: { condition: 'service_started', required: true },
          db: { condition: 'service_started', required: true, restart: true },
          data: { condition: 'service_started', required: true },
        },
      }),
      sidecar: { image: 'x', command: null, entrypoint: null, network_mode: 'service:web', depends_on: { web: { condition: 'service_started', required: true, restart: true } } },
      db: svc({ image: 'y' }),
      data: svc({ image: 'y' }),
      cache: svc({ image: 'y' }),
    }),
  },
  {
    name: 'environment values print as strings; K= is empty; a bare K reads the env or is null',
    row: 'environment',
    files: ['services:\n  web:\n    image: x\n    environment:\n      - NUM=1.0\n      - EMPTY=\n      - FROM_ENV\n      - MISSING\n'],
    env: { FROM_ENV: 'here' },
    expected: project({ web: svc({ image: 'x', environment: { NUM: '1.0', EMPTY: '', FROM_ENV: 'here', MISSING: null } }) }),
  },
  {
    name: 'environment map values: numbers and booleans as Go prints them',
    row: 'environment',
    files: ['services:\n  web:\n    image: x\n    environment:\n      NUM: 1.0\n      BOOL: true\n      NULL_VALUE:\n'],
    expected: project({ web: svc({ image: 'x', environment: { NUM: '1', BOOL: 'true', NULL_VALUE: null } }) }),
  },
  {
    name: 'develop.watch paths are made absolute',
    row: 'volumes short',
    files: ['services:\n  web:\n    image: x\n    develop:\n      watch:\n        - action: sync\n          path: ./src\n          target: /app/src\n        - action: rebuild\n          path: package.json\n'],
    expected: project({
      web: svc({
        image: 'x',
        develop: {
          watch: [
            { action: 'sync', path: `${dir}/src`, target: '/app/src' },
            { action: 'rebuild', path: `${dir}/package.json` },
          ],
        },
      }),
    }),
  },
  {
    name: 'a bare build arg not in the env is dropped',
    row: 'build.args',
    files: ['services:\n  web:\n    build:\n      context: .\n      args: [VERSION, MISSING, FIXED=1]\n'],
    env: { VERSION: '3' },
    expected: project({ web: svc({ build: { context: dir, dockerfile: 'Dockerfile', args: { VERSION: '3', FIXED: '1' } } }) }),
  },
  {
    name: 'env_file is read in order, explicit environment wins, a missing optional file is skipped',
    row: 'env_file',
    files: [
      'services:\n  web:\n    image: x\n    env_file:\n      - one.env\n      - path: missing.env\n        required: false\n      - two.env\n    environment:\n      B: explicit\n',
    ],
    extra: { 'one.env': '# comment\nexport A=1\nB=one\nQ="a b"\n', 'two.env': "A=2\nS='${NOT} expanded'\n" },
    expected: project({ web: svc({ image: 'x', environment: { A: '2', B: 'explicit', Q: 'a b', S: '$${NOT} expanded' } }) }),
  },
  {
    name: 'a required env_file that is missing is an error',
    row: 'env_file',
    files: ['services:\n  web:\n    image: x\n    env_file: nope.env\n'],
    diagnostics: ['loader/env-file'],
  },
  {
    name: 'secrets x -> {source, target /run/secrets/x}; configs and build secrets get no target; mode octal',
    row: 'secrets / configs (service)',
    files: [
      'services:\n  web:\n    build:\n      context: .\n      secrets: [token]\n    secrets:\n      - token\n      - source: key\n        target: key.pem\n        mode: 0o440\n    configs: [site]\nsecrets:\n  token:\n    file: token.txt\n  key:\n    environment: KEY\nconfigs:\n  site:\n    external: true\n',
    ],
    expected: project(
      {
        web: svc({
          build: { context: dir, dockerfile: 'Dockerfile', secrets: [{ source: 'token' }] },
          secrets: [
            { source: 'token', target: '/run/secrets/token' },
            { source: 'key', target: 'key.pem', mode: '0440' },
          ],
          configs: [{ source: 'site' }],
        }),
      },
      {
        secrets: { token: { name: 'app_token', file: `${dir}/token.txt` }, key: { name: 'app_key', environment: 'KEY' } },
        configs: { site: { name: 'site', external: true } },
      },
    ),
  },
  {
    name: 'build: a directory becomes {context absolute, dockerfile Dockerfile}; remote contexts stay',
    row: 'build',
    files: [
      'services:\n  a:\n    build: ./a\n  b:\n    build:\n      context: https://git.example/x/y.git#main\n  c:\n    build:\n      context: .\n      dockerfile_inline: FROM scratch\n',
    ],
    expected: project({
      a: svc({ build: { context: `${dir}/a`, dockerfile: 'Dockerfile' } }),
      b: svc({ build: { context: 'https://git.example/x/y.git#main', dockerfile: 'Dockerfile' } }),
      c: svc({ build: { context: dir, dockerfile_inline: 'FROM scratch' } }),
    }),
  },
  {
    name: 'a string command splits like a shell word list and stops at an unquoted operator',
    row: 'command / entrypoint',
    files: [
      'services:\n  a:\n    image: x\n    command: sh -c "echo \'hi there\'" \\"q\\"\n  b:\n    image: x\n    command: python manage.py migrate && python manage.py runserver\n    entrypoint: ["/entry.sh"]\n',
    ],
    diagnostics: ['loader/command-split'],
    expected: project({
      a: svc({ image: 'x', command: ['sh', '-c', "echo 'hi there'", '"q"'] }),
      b: svc({ image: 'x', command: ['python', 'manage.py', 'migrate'], entrypoint: ['/entry.sh'] }),
    }),
  },
  {
    name: 'an unquoted ( in a string command cannot be split',
    row: 'command / entrypoint',
    files: ['services:\n  a:\n    image: x\n    command: echo (oops)\n'],
    diagnostics: ['loader/command-syntax'],
  },
  {
    name: 'healthcheck: a string test becomes CMD-SHELL; durations print the Go way',
    row: 'healthcheck.test',
    files: [
      'services:\n  web:\n    image: x\n    healthcheck:\n      test: curl -f http://localhost || exit 1\n      interval: 90s\n      timeout: 1500ms\n      start_period: 1h\n',
    ],
    expected: project({
      web: svc({
        image: 'x',
        healthcheck: {
          test: ['CMD-SHELL', 'curl -f http://localhost || exit 1'],
          interval: '1m30s',
          timeout: '1.5s',
          start_period: '1h0m0s',
        },
      }),
    }),
  },
  {
    name: 'a service without networks joins default; network_mode leaves it out',
    row: 'networks',
    files: ['services:\n  web:\n    image: x\n  host:\n    image: y\n    network_mode: host\n'],
    expected: project({ web: svc({ image: 'x' }), host: { image: 'y', command: null, entrypoint: null, network_mode: 'host' } }),
  },
  {
    name: 'no service on default: no default network',
    row: 'networks',
    files: ['services:\n  host:\n    image: y\n    network_mode: host\n'],
    expected: { name: 'app', services: { host: { image: 'y', command: null, entrypoint: null, network_mode: 'host' } } },
  },
  {
    name: 'names are <project>_<key>; external keeps the key; an explicit name stays',
    row: 'top-level names',
    files: [
      'name: shop\nservices:\n  web:\n    image: x\n    networks: [front, ext]\n    volumes: [data:/d, named:/n]\nnetworks:\n  front: {}\n  ext:\n    external: true\nvolumes:\n  data:\n  named:\n    name: exact\n',
    ],
    expected: {
      name: 'shop',
      services: {
        web: svc({
          image: 'x',
          networks: { front: null, ext: null },
          volumes: [
            { type: 'volume', source: 'data', target: '/d', volume: {} },
            { type: 'volume', source: 'named', target: '/n', volume: {} },
          ],
        }),
      },
      networks: { front: { name: 'shop_front', ipam: {} }, ext: { name: 'ext', external: true, ipam: {} } },
      volumes: { data: { name: 'shop_data' }, named: { name: 'exact' } },
    },
  },
  {
    name: 'resources no enabled service uses are not printed',
    row: 'unused resources',
    files: [
      'services:\n  web:\n    image: x\n  tool:\n    image: y\n    profiles: [tools]\n    volumes: [cache:/c]\nvolumes:\n  cache: {}\n  unused: {}\nnetworks:\n  idle: {}\nsecrets:\n  never:\n    file: ./n\n',
    ],
    expected: project({ web: svc({ image: 'x' }) }),
  },
  {
    name: 'profiles: inactive services are left out; COMPOSE_PROFILES activates',
    row: 'profiles',
    files: [
      'services:\n  web:\n    image: x\n  debug:\n    image: y\n    profiles: [debug]\n  admin:\n    image: z\n    profiles: [admin]\n',
      'services:\n  admin:\n    profiles: [ops]\n',
    ],
    env: { COMPOSE_PROFILES: 'debug,ops' },
    expected: project({
      web: svc({ image: 'x' }),
      debug: svc({ image: 'y', profiles: ['debug'] }),
      admin: svc({ image: 'z', profiles: ['admin', 'ops'] }),
    }),
  },
  {
    name: 'extra_hosts print sorted host=ip; devices as {source, target, permissions}',
    row: 'extra_hosts / devices',
    files: [
      'services:\n  web:\n    image: x\n    extra_hosts: ["z.local:10.0.0.9", "a.local=10.0.0.1"]\n    devices: ["/dev/fuse"]\n',
    ],
    expected: project({
      web: svc({
        image: 'x',
        extra_hosts: ['a.local=10.0.0.1', 'z.local=10.0.0.9'],
        devices: [{ source: '/dev/fuse', target: '/dev/fuse', permissions: 'rwm' }],
      }),
    }),
  },
  {
    name: 'byte sizes as quoted counts, cpus a number, deploy resources and placement, a single ulimit, string options',
    row: 'other shapes',
    files: [
      'services:\n  web:\n    image: x\n    pull_policy: if_not_present\n    volumes: [local:/l]\n    mem_limit: 512m\n    shm_size: 1gb\n    cpus: "1.5"\n    ulimits:\n      nproc: "512"\n    deploy:\n      replicas: 2\n    stop_grace_period: 120s\n    logging:\n      driver: json-file\n      options:\n        max-file: 3\n        max-size: 10m\nvolumes:\n  local:\n    driver: local\n    driver_opts:\n      type: none\n      o: bind\n      device: ./data\n',
    ],
    expected: project({
      web: svc({
        image: 'x',
        pull_policy: 'missing',
        volumes: [{ type: 'volume', source: 'local', target: '/l', volume: {} }],
        mem_limit: '536870912',
        shm_size: '1073741824',
        cpus: 1.5,
        ulimits: { nproc: 512 },
        deploy: { replicas: 2, resources: {}, placement: {} },
        stop_grace_period: '2m0s',
        logging: { driver: 'json-file', options: { 'max-file': '3', 'max-size': '10m' } },
      }),
    }, { volumes: { local: { name: 'app_local', driver: 'local', driver_opts: { type: 'none', o: 'bind', device: `${dir}/data` } } } }),
  },
];

describe('conformance: normalization (rules section 2)', () => {
  it.each(cases)('$row: $name', (c) => check(c));
});
