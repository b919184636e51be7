import type { ComposeConfig, ServiceConfig } from '@compose-gen/core';
import { remove, render, resolve } from '@compose-gen/core';
import { bench, describe } from 'vitest';

const SERVICES = 1000;

function bigConfig(): ComposeConfig {
  const services: Record<string, ServiceConfig> = {};
  for (let i = 0; i < SERVICES; i++) {
    services[`svc${i}`] = {
      image: `registry.local/app-${i}:1.${i % 7}`,
      environment: { INDEX: String(i), MODE: 'dev' },
      ports: [`${20000 + i}:8080`],
      volumes: [`data${i % 10}:/var/lib/app`],
      ...(i > 0 ? { depends_on: [`svc${i - 1}`] } : {}),
      overrides: { prod: { environment: { MODE: 'prod' }, ports: remove(), restart: 'unless-stopped' } },
    };
  }
  const volumes = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`data${i}`, {}]));
  return { targets: { dev: 'docker-compose.yml', prod: { file: 'docker-compose.prod.yml', production: true } }, services, volumes };
}

const config = bigConfig();

describe(`generate a config of ${SERVICES} services (in process)`, () => {
  bench(
    'resolve + render both targets',
    () => {
      for (const target of ['dev', 'prod']) {
        const { compose, diagnostics } = resolve(config, target);
        if (diagnostics.some((d) => d.severity === 'error')) throw new Error(diagnostics[0]!.message);
        render(compose, { target, source: 'compose.config.ts' });
      }
    },
    { iterations: 5, warmupIterations: 1, time: 0 },
  );
});
