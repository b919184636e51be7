import { describe, expect, it } from 'vitest';
import { envFileKeys } from '../src/_compose.js';
import { parseImage } from '../src/_image.js';
import { containerPorts, parsePort } from '../src/_ports.js';
import { parseMount } from '../src/_volumes.js';

describe('parsePort', () => {
  it.each([
    ['80', { target: '80', protocol: 'tcp' }],
    [8080, { target: '8080', protocol: 'tcp' }],
    ['8080:80', { published: '8080', target: '80', protocol: 'tcp' }],
    ['127.0.0.1:8000-8001:8000-8001/udp', { host_ip: '127.0.0.1', published: '8000-8001', target: '8000-8001', protocol: 'udp' }],
    ['[::1]:80:80', { host_ip: '::1', published: '80', target: '80', protocol: 'tcp' }],
    ['${PORT:-8000}:8000', { published: '${PORT:-8000}', target: '8000', protocol: 'tcp' }],
    ['${HOST:-0.0.0.0}:${PORT}:80', { host_ip: '${HOST:-0.0.0.0}', published: '${PORT}', target: '80', protocol: 'tcp' }],
    [{ target: 80, published: 8080, protocol: 'udp' }, { published: '8080', target: '80', protocol: 'udp' }],
  ])('%j', (entry, expected) => {
    expect(parsePort(entry)).toEqual(expected);
  });

  it('collects container ports from ports and expose, ranges expanded', () => {
    expect([...containerPorts({ ports: ['3000-3001:3000-3001', { target: 53, protocol: 'udp' }], expose: ['9000', '5000/udp'] })]).toEqual([
      '3000/tcp', '3001/tcp', '53/udp', '9000/tcp', '5000/udp',
    ]);
  });
});

describe('parseImage', () => {
  it.each([
    ['nginx', { repository: 'nginx' }],
    ['nginx:1.27-alpine', { repository: 'nginx', tag: '1.27-alpine' }],
    ['registry:5000/team/app', { repository: 'registry:5000/team/app' }],
    ['registry:5000/team/app:2.0', { repository: 'registry:5000/team/app', tag: '2.0' }],
    ['app@sha256:abc', { repository: 'app', digest: 'sha256:abc' }],
    ['${REGISTRY:-ghcr.io}/app:${TAG:-latest}', { repository: '${REGISTRY:-ghcr.io}/app', tag: '${TAG:-latest}' }],
    ['${IMAGE}', { repository: '${IMAGE}' }],
  ])('%s', (image, expected) => {
    expect(parseImage(image)).toEqual(expected);
  });
});

describe('parseMount', () => {
  it.each([
    ['.:/app', { type: 'bind', source: '.', target: '/app', readOnly: false }],
    ['./conf:/etc/app:ro', { type: 'bind', source: './conf', target: '/etc/app', readOnly: true }],
    ['data:/var/lib/data', { type: 'volume', source: 'data', target: '/var/lib/data', readOnly: false }],
    ['/cache', { type: 'volume', target: '/cache', readOnly: false }],
    ['${SRC:-.}:/app', { type: 'bind', source: '${SRC:-.}', target: '/app', readOnly: false }],
    ['C:\\src:/src', { type: 'bind', source: 'C:\\src', target: '/src', readOnly: false }],
  ])('%s', (entry, expected) => {
    expect(parseMount(entry)).toEqual(expected);
  });
});

describe('envFileKeys', () => {
  it('reads keys, skipping comments and blank lines', () => {
    expect(envFileKeys('# db\nA=1\n\nexport B="x"\nC\n  D = 4\nnot a key\n')).toEqual(['A', 'B', 'C', 'D']);
  });
});
