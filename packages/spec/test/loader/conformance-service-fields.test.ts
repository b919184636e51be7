import { describe, it } from 'vitest';
import { check, dir, project, svc, type Case } from './_conformance.js';

// Service fields compose-go decodes into typed values: build.ssh, realtime CPU limits, scale and replicas.
const cases: Case[] = [
  {
    name: 'build.ssh: list and mapping forms give the same id/path pairs, sorted by id',
    row: 'build',
    files: [
      'services:\n  a:\n    build:\n      context: .\n      ssh: [default, "mykey=./id_rsa"]\n  b:\n    build:\n      context: .\n      ssh:\n        mykey: ./id_rsa\n        default: null\n',
    ],
    expected: project({
      a: svc({ build: { context: dir, dockerfile: 'Dockerfile', ssh: ['default', 'mykey=./id_rsa'] } }),
      b: svc({ build: { context: dir, dockerfile: 'Dockerfile', ssh: ['default', 'mykey=./id_rsa'] } }),
    }),
  },
  {
    name: 'build.ssh: a list item without "=" other than default is refused',
    row: 'build',
    files: ['services:\n  a:\n    build:\n      context: .\n      ssh: [mykey]\n'],
    diagnostics: ['loader/build-ssh'],
  },
  {
    name: 'cpu_rt_runtime / cpu_rt_period: integers and numeric strings print as microsecond integers',
    row: 'other shapes',
    files: ['services:\n  a:\n    image: x\n    cpu_rt_runtime: 95000\n    cpu_rt_period: "11000"\n'],
    expected: project({ a: svc({ image: 'x', cpu_rt_runtime: 95000, cpu_rt_period: 11000 }) }),
  },
  {
    name: 'cpu_rt_runtime / cpu_rt_period: a duration becomes microseconds, with a warning (docker compose refuses it)',
    row: 'other shapes',
    files: ['services:\n  a:\n    image: x\n    cpu_rt_runtime: 400ms\n    cpu_rt_period: 1400us\n'],
    diagnostics: ['loader/realtime-duration', 'loader/realtime-duration'],
    expected: project({ a: svc({ image: 'x', cpu_rt_runtime: 400000, cpu_rt_period: 1400 }) }),
  },
  {
    name: 'scale with a deploy block sets deploy.replicas; scale alone adds no deploy',
    row: 'other shapes',
    files: ['services:\n  a:\n    image: x\n    scale: 3\n    deploy:\n      labels: {tier: web}\n  b:\n    image: x\n    scale: "2"\n  c:\n    image: x\n    scale: 2\n    deploy:\n      replicas: "2"\n'],
    expected: project({
      a: svc({ image: 'x', scale: 3, deploy: { replicas: 3, labels: { tier: 'web' }, resources: {}, placement: {} } }),
      b: svc({ image: 'x', scale: 2 }),
      c: svc({ image: 'x', scale: 2, deploy: { replicas: 2, resources: {}, placement: {} } }),
    }),
  },
  {
    name: 'scale and deploy.replicas with different values is an error, also when set by an override',
    row: 'other shapes',
    files: ['services:\n  a:\n    image: x\n    deploy:\n      replicas: 2\n', 'services:\n  a:\n    scale: 3\n'],
    diagnostics: ['loader/scale'],
  },
  {
    name: 'a disabled service is not checked for scale and replicas',
    row: 'profiles',
    files: ['services:\n  a:\n    image: x\n  tools:\n    image: x\n    profiles: [debug]\n    scale: 3\n    deploy:\n      replicas: 2\n'],
    expected: project({ a: svc({ image: 'x' }) }),
  },
];

describe('conformance: typed service fields', () => {
  for (const c of cases) it(c.name, () => check(c));
});

const limitCases: Case[] = [
  {
    name: 'cpus, mem_limit, mem_reservation, pids_limit agreeing with deploy.resources load',
    row: 'other shapes',
    files: [
      'services:\n  a:\n    image: x\n    cpus: 1.5\n    mem_limit: 512m\n    mem_reservation: 1k\n    pids_limit: 10\n    deploy:\n      resources:\n        limits: {cpus: "1.5", memory: 512m, pids: 10}\n        reservations: {memory: 1kb}\n',
    ],
    expected: project({
      a: svc({
        image: 'x',
        cpus: 1.5,
        mem_limit: '536870912',
        mem_reservation: '1024',
        pids_limit: 10,
        deploy: {
          resources: { limits: { cpus: 1.5, memory: '536870912', pids: 10 }, reservations: { memory: '1024' } },
          placement: {},
        },
      }),
    }),
  },
  {
    name: 'a service-level limit that deploy.resources contradicts (or leaves out) is an error',
    row: 'other shapes',
    files: ['services:\n  a:\n    image: x\n    cpus: 2\n    mem_limit: 1g\n    deploy:\n      resources:\n        limits:\n          cpus: "1"\n'],
    diagnostics: ['loader/distinct-limits', 'loader/distinct-limits'],
  },
  {
    name: 'container_name with more than one replica is an error',
    row: 'other shapes',
    files: ['services:\n  a:\n    image: x\n    container_name: app\n    deploy:\n      replicas: 2\n  b:\n    image: x\n    container_name: app-b\n    scale: 1\n'],
    diagnostics: ['loader/container-name-scale'],
  },
];

describe('conformance: service limits against deploy.resources', () => {
  for (const c of limitCases) it(c.name, () => check(c));
});
