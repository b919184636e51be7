import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { render } from '../src/index.js';

// Every schema-valid real compose file of the shared corpus, rendered and read back.
const corpus = new URL('../../../../shared/corpus/', import.meta.url);
const rows = readFileSync(new URL('MANIFEST.tsv', corpus), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split('\t'))
  .filter(([, , , , , kind, valid]) => (kind === 'real' || kind === 'pair') && valid === 'yes')
  .map(([path]) => path as string);

const sections = new Set(['networks', 'volumes', 'secrets', 'configs']);

// The documented rule: nulls are dropped, except a null top-level resource or a null service network, which mean
// "defaults" and become {}.
function expected(value: unknown, path: string[] = []): unknown {
  if (Array.isArray(value)) return value.filter((v) => v !== null).map((v) => expected(v, [...path, '*']));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    const entry =
      (path.length === 1 && sections.has(path[0] as string)) ||
      (path.length === 3 && path[0] === 'services' && path[2] === 'networks');
    if (v === null) {
      if (entry) out[key] = {};
    } else out[key] = expected(v, [...path, key]);
  }
  return out;
}

describe('render over the corpus', () => {
  test('the corpus is there and has files to render', () => {
    expect(rows.length).toBeGreaterThan(100);
  });

  test.each(rows)('%s reads back equal under YAML 1.1 and 1.2, and renders again to the same bytes', (path) => {
    const data = parse(readFileSync(new URL(path, corpus), 'utf8'), { merge: true, maxAliasCount: 1000, logLevel: 'error' }) as object;
    const options = { target: 'dev', source: 'compose.config.ts' };
    const text = render(data, options);
    const want = expected(data);
    expect(parse(text, { version: '1.1' })).toEqual(want);
    expect(parse(text, { version: '1.2' })).toEqual(want);
    expect(render(parse(text) as object, options)).toBe(text);
  });
});
