import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ComposeConfig, ServiceConfig } from '@compose-gen/core';
import { remove, render, resolve } from '@compose-gen/core';
import { afterAll, beforeAll, bench, describe } from 'vitest';
import { bin, ensureBuilt, root, spawnNode } from './_shared.js';

const SERVICES = 1000;

function service(i: number): ServiceConfig {
  return {
    image: `registry.local/app-${i}:1.${i % 7}`,
    environment: { INDEX: String(i), MODE: 'dev' },
    ports: [`${20000 + i}:8080`],
    volumes: [`data${i % 10}:/var/lib/app`],
    ...(i > 0 ? { depends_on: [`svc${i - 1}`] } : {}),
    overrides: { prod: { environment: { MODE: 'prod' }, ports: remove(), restart: 'unless-stopped' } },
  };
}

function bigConfig(): ComposeConfig {
  const services = Object.fromEntries(Array.from({ length: SERVICES }, (_, i) => [`svc${i}`, service(i)]));
  const volumes = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`data${i}`, {}]));
  return { targets: { dev: 'docker-compose.yml', prod: { file: 'docker-compose.prod.yml', production: true } }, services, volumes };
}

// The same config as a compose.config.ts a user would write, for the spawned run.
const configSource = `import { defineCompose, remove } from 'compose-gen';

const services = {};
for (let i = 0; i < ${SERVICES}; i++) {
  services['svc' + i] = {
    image: 'registry.local/app-' + i + ':1.' + (i % 7),
    environment: { INDEX: String(i), MODE: 'dev' },
    ports: [(20000 + i) + ':8080'],
    volumes: ['data' + (i % 10) + ':/var/lib/app'],
    ...(i > 0 ? { depends_on: ['svc' + (i - 1)] } : {}),
    overrides: { prod: { environment: { MODE: 'prod' }, ports: remove(), restart: 'unless-stopped' } },
  };
}
const volumes = Object.fromEntries(Array.from({ length: 10 }, (_, i) => ['data' + i, {}]));

export default defineCompose({ targets: { dev: 'docker-compose.yml', prod: { file: 'docker-compose.prod.yml', production: true } }, services, volumes });
`;

const config = bigConfig();
let dir = '';

beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'compose-gen-bench-'));
  writeFileSync(join(dir, 'compose.config.ts'), configSource);
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(join(root, 'packages/compose-gen'), join(dir, 'node_modules/compose-gen'), 'dir');
}, 300_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe(`generate a config of ${SERVICES} services`, () => {
  bench(
    'in process: resolve + render both targets',
    () => {
      for (const target of ['dev', 'prod']) {
        const { compose, diagnostics } = resolve(config, target);
        if (diagnostics.some((d) => d.severity === 'error')) throw new Error(diagnostics[0]!.message);
        render(compose, { target, source: 'compose.config.ts' });
      }
    },
    { iterations: 5, warmupIterations: 1, time: 0 },
  );
  bench(
    'spawned: compose-gen generate (load, resolve, render, write both files)',
    () => {
      rmSync(join(dir, 'docker-compose.yml'), { force: true });
      rmSync(join(dir, 'docker-compose.prod.yml'), { force: true });
      spawnNode([bin, 'generate'], dir);
    },
    { iterations: 5, warmupIterations: 1, time: 0 },
  );
});
