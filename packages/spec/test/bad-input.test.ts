import { describe, expect, it } from 'vitest';
import { parseCompose } from '../src/parse.js';

// Each input must give a diagnostic quickly; a throw or a hang fails the test (timeout 2 s each).
const nested = (depth: number) => `services:\n  web:\n    x-deep: ${'['.repeat(depth)}${']'.repeat(depth)}\n`;
const nestedMaps = (depth: number) => `x-deep: ${'{a: '.repeat(depth)}1${'}'.repeat(depth)}\n`;
const blockNest = (depth: number) => Array.from({ length: depth }, (_, i) => `${' '.repeat(i)}- `).join('\n');
const bomb = [
  'a: &a ["x","x","x","x","x","x","x","x","x"]',
  'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
  'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
  'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
  'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
  'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
  'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
  'h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]',
  'i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]',
].join('\n');

const cases: [name: string, text: () => string, ruleIds: string[]][] = [
  ['an empty file', () => '', ['yaml/empty']],
  ['whitespace only', () => '\n\n   \n', ['yaml/empty']],
  ['a list at the root', () => '- services\n', ['yaml/root-not-mapping']],
  ['a string at the root', () => 'hello\n', ['yaml/root-not-mapping']],
  ['null at the root', () => 'null\n', ['yaml/root-not-mapping']],
  ['NUL bytes (binary data)', () => 'services:\u0000\u0001\u0002\n', ['yaml/binary']],
  ['U+FFFD (undecodable bytes)', () => 'services:\n  web:\n    image: caf\uFFFD\n', ['yaml/encoding']],
  ['a 20 MB file', () => `services:\n${'  # padding padding padding padding padding padding padding padding\n'.repeat(300_000)}`, ['yaml/too-large']],
  ['10,000 nested flow sequences', () => nested(10_000), ['yaml/too-deep']],
  ['10,000 nested flow mappings', () => nestedMaps(10_000), ['yaml/too-deep']],
  // 10,000 indented levels are 50 MB of spaces: refused by size before any parsing.
  ['10,000 nested block sequences', () => blockNest(10_000), ['yaml/too-large']],
  ['300 nested block sequences', () => blockNest(300), ['yaml/too-deep']],
  ['an alias bomb', () => bomb, ['yaml/alias-bomb']],
  ['an anchor merged into itself', () => 'x: &a\n  b: 1\n  <<: *a\n', ['yaml/alias-bomb', 'yaml/syntax']],
  ['two documents', () => 'services: {}\n---\nservices: {}\n', ['yaml/multiple-documents']],
  ['an unclosed flow sequence', () => 'services:\n  web:\n    ports: [80\n', ['yaml/syntax']],
];

describe('bad input gives a diagnostic, never a throw or a hang', () => {
  it.each(cases)('%s', (_name, make, ruleIds) => {
    const text = make();
    const started = performance.now();
    const parsed = parseCompose(text, { file: 'bad.yaml' });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(parsed.data).toBeUndefined();
    expect(parsed.diagnostics.length).toBeGreaterThan(0);
    expect(parsed.diagnostics.length).toBeLessThanOrEqual(12);
    expect(ruleIds).toContain(parsed.diagnostics[0]?.ruleId);
    for (const d of parsed.diagnostics) {
      expect(d.file).toBe('bad.yaml');
      expect(d.line).toBeGreaterThanOrEqual(1);
      expect(d.column).toBeGreaterThanOrEqual(1);
      expect(d.message).not.toMatch(/\n/);
    }
  }, 5000);

  it('places a NUL byte at its line and column', () => {
    const parsed = parseCompose('services:\n  web:\n    image: a\u0000\n', { file: 'bad.yaml' });
    expect(parsed.diagnostics[0]).toMatchObject({ ruleId: 'yaml/binary', line: 3, column: 13 });
  });
});
