import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ComposeConfig, ServiceConfig } from '@compose-gen/core';
import { remove, render, resolve } from '@compose-gen/core';
import { bench, describe } from 'vitest';
import { bin, root, spawnNode } from './_shared.js';

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

// A project folder that installed compose-gen, at a fixed place so that jiti's transform cache stays warm from run
// to run, as it does for a user regenerating; it is left in the OS temp dir (bench suites here run no afterAll hooks).
let dir: string | undefined;
function projectDir(): string {
  if (dir) return dir;
  dir = join(tmpdir(), 'compose-gen-bench-1000-services');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'node_modules'), { recursive: true });
  writeFileSync(join(dir, 'compose.config.ts'), configSource);
  symlinkSync(join(root, 'packages/compose-gen'), join(dir, 'node_modules/compose-gen'), 'dir');
  return dir;
}

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
      const cwd = projectDir();
      for (const file of ['docker-compose.yml', 'docker-compose.prod.yml']) rmSync(join(cwd, file), { force: true });
      spawnNode([bin, 'generate'], cwd);
    },
    { iterations: 5, warmupIterations: 1, time: 0 },
  );
});
