import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ParsedCompose } from '../../src/document.js';
import { substitute } from '../../src/loader/_template.js';
import { interpolate } from '../../src/loader/interpolate.js';
import { mergeFiles } from '../../src/loader/merge.js';
import { normalize } from '../../src/loader/normalize.js';

function plain(data: unknown, file = 'compose.yaml'): ParsedCompose {
  const locate = () => ({ file, line: 1, column: 1, endLine: 1, endColumn: 1 });
  return { file, data, diagnostics: [], tags: new Map(), locate, document: undefined };
}

const name = fc.stringMatching(/^[a-z][a-z0-9_-]{0,7}$/);
const word = fc.stringMatching(/^[A-Za-z0-9._/-]{1,10}$/);
const envKey = fc.stringMatching(/^[A-Z][A-Z0-9_]{0,6}$/);
const envValue = fc.oneof(word, fc.integer(), fc.boolean(), fc.constant(null));
const shortPort = fc.oneof(
  fc.integer({ min: 1, max: 65535 }).map(String),
  fc.tuple(fc.integer({ min: 1, max: 65535 }), fc.integer({ min: 1, max: 65535 })).map(([a, b]) => `${a}:${b}`),
  fc.tuple(fc.integer({ min: 1, max: 65535 }), fc.constantFrom('tcp', 'udp')).map(([a, p]) => `127.0.0.1:${a}:${a}/${p}`),
);
const volume = fc.oneof(
  fc.tuple(name, word).map(([n, t]) => `${n}:/${t}`),
  fc.tuple(word, word).map(([s, t]) => `./${s}:/${t}:ro`),
  word.map((t) => `/${t}`),
);
const command = fc.oneof(fc.array(word, { maxLength: 3 }), fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' ')));

const service = fc.record(
  {
    image: word,
    command,
    environment: fc.oneof(
      fc.dictionary(envKey, envValue, { maxKeys: 4 }),
      fc.array(fc.tuple(envKey, word).map(([k, v]) => `${k}=${v}`), { maxLength: 4 }),
    ),
    labels: fc.dictionary(envKey, word, { maxKeys: 3 }),
    ports: fc.array(shortPort, { maxLength: 4 }),
    volumes: fc.array(volume, { maxLength: 3 }),
    depends_on: fc.array(name, { maxLength: 2 }),
    build: fc.oneof(word.map((w) => `./${w}`), fc.record({ context: word, args: fc.dictionary(envKey, word, { maxKeys: 2 }) })),
    dns: fc.oneof(word, fc.array(word, { maxLength: 2 })),
    cap_add: fc.array(fc.constantFrom('NET_ADMIN', 'SYS_TIME', 'CHOWN'), { maxLength: 3 }),
    healthcheck: fc.record({ test: command, interval: fc.constantFrom('10s', '90s', '1m30s', '1h') }, { requiredKeys: [] }),
    profiles: fc.array(name, { maxLength: 2 }),
    'x-note': word,
  },
  { requiredKeys: ['image'] },
);

const model = fc.record(
  {
    services: fc.dictionary(name, service, { minKeys: 1, maxKeys: 3 }),
    volumes: fc.dictionary(name, fc.oneof(fc.constant(null), fc.record({ driver: word })), { maxKeys: 2 }),
    networks: fc.dictionary(name, fc.record({ driver: word }, { requiredKeys: [] }), { maxKeys: 2 }),
    'x-extra': fc.dictionary(name, word, { maxKeys: 2 }),
  },
  { requiredKeys: ['services'] },
);

const options = { projectName: 'demo', projectDirectory: '/srv/demo', env: {}, profiles: [] as string[] };

describe('loader properties', () => {
  it('merging with an empty override is the identity', () => {
    fc.assert(
      fc.property(model, fc.constantFrom(undefined, {}, { services: {} }), (m, empty) => {
        const alone = mergeFiles([plain(m)]).model;
        expect(mergeFiles([plain(m), plain(empty, 'override.yaml')]).model).toEqual(alone);
      }),
    );
  });

  it('normalize is idempotent', () => {
    fc.assert(
      fc.property(model, (m) => {
        const once = normalize(mergeFiles([plain(m)]).model, options).model;
        expect(normalize(structuredClone(once), options).model).toEqual(once);
      }),
    );
  });

  it('interpolating a string without $ is the identity', () => {
    fc.assert(
      fc.property(fc.string().filter((s) => !s.includes('$')), (s) => {
        expect(substitute(s, () => 'x')).toEqual({ value: s, refs: [] });
      }),
    );
  });

  it('interpolating a model without $ returns the same data', () => {
    fc.assert(
      fc.property(model, (m) => {
        expect(interpolate(plain(m), () => 'x')).toEqual({ data: m, diagnostics: [], refs: [] });
      }),
    );
  });
});
