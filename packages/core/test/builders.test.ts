import { describe, expect, it } from 'vitest';
import { bind, env, healthcheck, port, volume } from '../src/builders/index.js';
import type { HealthcheckOptions, PortOptions, PortValue } from '../src/builders/index.js';

describe('env.ref', () => {
  it.each([
    ['DATABASE_URL', undefined, '${DATABASE_URL}'],
    ['_private', undefined, '${_private}'],
    ['PORT', 8000, '${PORT:-8000}'],
    ['HOST', 'localhost', '${HOST:-localhost}'],
    ['EMPTY', '', '${EMPTY:-}'],
    ['HOST', '${DEFAULT_HOST}', '${HOST:-${DEFAULT_HOST}}'],
  ] as const)('%s with fallback %s -> %s', (name, fallback, expected) => {
    expect(fallback === undefined ? env.ref(name) : env.ref(name, fallback)).toBe(expected);
  });

  it('nests references as fallbacks', () => {
    expect(env.ref('A', env.ref('B', 'x'))).toBe('${A:-${B:-x}}');
  });

  it.each([
    ['1ABC', undefined, /not a valid variable name/],
    ['MY-VAR', undefined, /not a valid variable name/],
    ['', undefined, /not a valid variable name/],
    ['A', 'x}y', /unbalanced braces/],
    ['A', '${B', /unbalanced braces/],
  ])('rejects %j with fallback %j', (name, fallback, message) => {
    expect(() => (fallback === undefined ? env.ref(name) : env.ref(name, fallback))).toThrow(message);
  });
});

describe('env.required', () => {
  it.each([
    ['MYSQL_ROOT_PASSWORD', undefined, '${MYSQL_ROOT_PASSWORD:?MYSQL_ROOT_PASSWORD is required}'],
    ['SECRET_KEY', 'set SECRET_KEY in .env', '${SECRET_KEY:?set SECRET_KEY in .env}'],
  ] as const)('%s with message %s -> %s', (name, message, expected) => {
    expect(env.required(name, message)).toBe(expected);
  });

  it.each([
    ['bad name', undefined, /not a valid variable name/],
    ['TOKEN', 'see {docs', /unbalanced braces/],
    ['TOKEN', 'oops}', /unbalanced braces/],
  ])('rejects %j with message %j', (name, message, error) => {
    expect(() => env.required(name, message)).toThrow(error);
  });
});

describe('port', () => {
  it.each<[PortValue | null, PortValue, PortOptions, string]>([
    [3307, 3306, {}, '3307:3306'],
    [80, 80, { protocol: 'tcp' }, '80:80/tcp'],
    [53, 53, { protocol: 'udp' }, '53:53/udp'],
    [8080, 80, { host_ip: '127.0.0.1' }, '127.0.0.1:8080:80'],
    [53, 53, { host_ip: '::1', protocol: 'udp' }, '[::1]:53:53/udp'],
    [53, 53, { host_ip: '[::1]' }, '[::1]:53:53'],
    ['8000-8002', '8000-8002', {}, '8000-8002:8000-8002'],
    ['${WEB_PORT:-8000}', 8000, {}, '${WEB_PORT:-8000}:8000'],
    [null, 3306, {}, '3306'],
    [null, 80, { host_ip: '127.0.0.1' }, '127.0.0.1::80'],
    ['65535', 1, {}, '65535:1'],
  ])('port(%j, %j, %j) -> %s', (host, container, options, expected) => {
    expect(port(host, container, options)).toBe(expected);
  });

  it.each<[PortValue | null, PortValue, PortOptions, RegExp]>([
    [0, 80, {}, /host port "0"/],
    [70000, 80, {}, /host port "70000"/],
    [80, 1.5, {}, /container port "1.5"/],
    [80, -1, {}, /container port "-1"/],
    ['9000-8000' as PortValue, 80, {}, /host port "9000-8000"/],
    [80, 80, { host_ip: '' }, /host_ip "" is not an address/],
    [80, 80, { host_ip: '10.0.0.1/24' }, /host_ip/],
  ])('rejects port(%j, %j, %j)', (host, container, options, message) => {
    expect(() => port(host, container, options)).toThrow(message);
  });
});

describe('bind', () => {
  it.each([
    ['.', '/app', {}, '.:/app'],
    ['./config', '/etc/app', { read_only: true }, './config:/etc/app:ro'],
    ['/var/run/docker.sock', '/var/run/docker.sock', { read_only: false }, '/var/run/docker.sock:/var/run/docker.sock'],
    ['~/.aws', '/root/.aws', { read_only: true }, '~/.aws:/root/.aws:ro'],
    ['src', '/app/src', {}, './src:/app/src'],
    ['${DATA_DIR}', '/data', {}, '${DATA_DIR}:/data'],
  ])('bind(%j, %j, %j) -> %s', (source, target, options, expected) => {
    expect(bind(source, target, options)).toBe(expected);
  });

  it.each([
    ['', '/app', /source "" must be a non-empty path/],
    ['C:\\src', '/app', /source "C:\\src" must be a non-empty path without ":"/],
    ['.', 'app', /target "app" must be an absolute path/],
    ['.', '/a:b', /target "\/a:b" must be a non-empty path without ":"/],
  ])('rejects bind(%j, %j)', (source, target, message) => {
    expect(() => bind(source, target)).toThrow(message);
  });
});

describe('volume', () => {
  it.each([
    ['dbdata', '/var/lib/mysql', {}, 'dbdata:/var/lib/mysql'],
    ['static', '/app/static', { read_only: true }, 'static:/app/static:ro'],
    ['my.vol-1_x', '/data', { read_only: false }, 'my.vol-1_x:/data'],
  ])('volume(%j, %j, %j) -> %s', (name, target, options, expected) => {
    expect(volume(name, target, options)).toBe(expected);
  });

  it.each([
    ['./data', '/data', /not a volume name/],
    ['-x', '/data', /not a volume name/],
    ['my vol', '/data', /not a volume name/],
    ['data', 'relative', /must be an absolute path/],
  ])('rejects volume(%j, %j)', (name, target, message) => {
    expect(() => volume(name, target)).toThrow(message);
  });
});

describe('healthcheck', () => {
  it.each<[HealthcheckOptions, ReturnType<typeof healthcheck>]>([
    [{ test: 'curl -f http://localhost/ || exit 1' }, { test: 'curl -f http://localhost/ || exit 1' }],
    [{ test: ['redis-cli', 'ping'] }, { test: ['CMD', 'redis-cli', 'ping'] }],
    [{ test: ['CMD-SHELL', 'pg_isready'] }, { test: ['CMD-SHELL', 'pg_isready'] }],
    [{ test: ['NONE'] }, { test: ['NONE'] }],
    [
      { start_period: '30s', retries: 5, timeout: '5s', interval: '1m30s', test: ['CMD', 'true'] },
      { test: ['CMD', 'true'], interval: '1m30s', timeout: '5s', retries: 5, start_period: '30s' },
    ],
    [{ test: 'true', interval: '500ms', retries: 0 }, { test: 'true', interval: '500ms', retries: 0 }],
    [{ test: 'true', timeout: '1h2m3s' }, { test: 'true', timeout: '1h2m3s' }],
  ])('healthcheck(%j)', (options, expected) => {
    const result = healthcheck(options);
    expect(result).toEqual(expected);
    expect(Object.keys(result)).toEqual(Object.keys(expected));
  });

  it('copies the test list instead of sharing it', () => {
    const test = ['CMD', 'true'];
    const result = healthcheck({ test });
    test.push('changed');
    expect(result.test).toEqual(['CMD', 'true']);
  });

  it.each<[HealthcheckOptions, RegExp]>([
    [{ test: '' }, /test must be a command/],
    [{ test: [] }, /test must be a command/],
    [{ test: 'true', interval: '10' as never }, /interval "10" is not a duration/],
    [{ test: 'true', timeout: '5 s' as never }, /timeout "5 s"/],
    [{ test: 'true', start_period: 's' as never }, /start_period "s"/],
    [{ test: 'true', retries: 1.5 }, /retries must be a whole number/],
    [{ test: 'true', retries: -1 }, /retries must be a whole number/],
  ])('rejects %j', (options, message) => {
    expect(() => healthcheck(options)).toThrow(message);
  });
});
