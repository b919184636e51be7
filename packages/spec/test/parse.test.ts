import { describe, expect, it } from 'vitest';
import { parseCompose } from '../src/parse.js';

const parse = (text: string) => parseCompose(text, { file: 'compose.yaml' });
const rules = (text: string) => parse(text).diagnostics.map((d) => d.ruleId);

describe('parseCompose data', () => {
  it('reads a mapping as plain data with the YAML 1.2 core schema', () => {
    const parsed = parse('services:\n  web:\n    image: nginx\n    ports: ["8080:80", 8081:81]\n    tty: yes\n');
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.data).toEqual({ services: { web: { image: 'nginx', ports: ['8080:80', '8081:81'], tty: 'yes' } } });
  });

  it('expands anchors and << merge keys, explicit keys winning', () => {
    const text = 'x-base: &base\n  image: nginx\n  restart: always\nservices:\n  web:\n    <<: *base\n    restart: "no"\n';
    expect(parse(text).data).toEqual({
      'x-base': { image: 'nginx', restart: 'always' },
      services: { web: { image: 'nginx', restart: 'no' } },
    });
  });

  it('keeps __proto__ and constructor as own data keys, never as a prototype', () => {
    const parsed = parse('services:\n  __proto__:\n    image: evil\n  constructor:\n    image: ok\n');
    const services = (parsed.data as { services: Record<string, unknown> }).services;
    expect(Object.keys(services)).toEqual(['__proto__', 'constructor']);
    expect(Object.getPrototypeOf(services)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(services, '__proto__')?.value).toEqual({ image: 'evil' });
    expect(({} as Record<string, unknown>).image).toBeUndefined();
  });

  it('keeps __proto__ an own key when it arrives through a << merge', () => {
    const parsed = parse('x-a: &a\n  __proto__: {polluted: true}\nservices:\n  web:\n    <<: *a\n    image: x\n');
    const web = (parsed.data as { services: { web: Record<string, unknown> } }).services.web;
    expect(Object.keys(web)).toEqual(['__proto__', 'image']);
    expect(Object.getPrototypeOf(web)).toBe(Object.prototype);
    expect((web as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it('records !reset and !override by pointer and keeps their values', () => {
    const text = 'services:\n  web:\n    ports: !reset []\n    environment: !override\n      A: "1"\n    build: !reset null\n    user: !override 1000\n';
    const parsed = parse(text);
    expect(parsed.diagnostics).toEqual([]);
    expect([...parsed.tags]).toEqual([
      ['/services/web/ports', '!reset'],
      ['/services/web/environment', '!override'],
      ['/services/web/build', '!reset'],
      ['/services/web/user', '!override'],
    ]);
    expect(parsed.data).toEqual({ services: { web: { ports: [], environment: { A: '1' }, build: null, user: 1000 } } });
  });

  it('keeps a quoted !override scalar a string', () => {
    expect(parse('services:\n  web:\n    user: !override "1000"\n').data).toEqual({ services: { web: { user: '1000' } } });
  });
});

describe('parseCompose diagnostics', () => {
  it.each([
    ['a duplicate key, at the second key', 'services:\n  web:\n    image: a\n    image: b\n', 'yaml/duplicate-key', 4, 5, 'the key "image" is already defined at line 3 of the same mapping'],
    ['a non-string key', 'services:\n  123:\n    image: a\n', 'yaml/non-string-key', 2, 3, 'a Compose key must be a string, but this key is the number 123; put it in quotes'],
    ['a tab used as indentation', 'services:\n\tweb: {}\n', 'yaml/syntax', 2, 1, undefined],
    ['two documents', 'services: {}\n---\nservices: {}\n', 'yaml/multiple-documents', 2, 1, undefined],
    ['a list at the root', '- a\n- b\n', 'yaml/root-not-mapping', 1, 1, 'the top level of a compose file must be a mapping (keys such as services), not a list'],
    ['a number at the root', '123\n', 'yaml/root-not-mapping', 1, 1, 'the top level of a compose file must be a mapping (keys such as services), not the number 123'],
    ['a comment only', '# nothing here\n', 'yaml/empty', 1, 1, undefined],
    ['an empty text', '', 'yaml/empty', 1, 1, undefined],
    ['a merge key on a scalar', 'x: &a 1\nservices:\n  web:\n    <<: *a\n', 'yaml/merge-key', 4, 5, undefined],
    ['the bad one of two merge keys', 'x: &m {a: 1}\ny: &s 1\nservices:\n  web:\n    <<: *m\n  db:\n    <<: [*m, *s]\n', 'yaml/merge-key', 7, 5, undefined],
  ])('reports %s', (_name, text, ruleId, line, column, message) => {
    const parsed = parse(text);
    const found = parsed.diagnostics.find((d) => d.ruleId === ruleId);
    expect(found, JSON.stringify(parsed.diagnostics)).toBeDefined();
    expect(found).toMatchObject({ severity: 'error', file: 'compose.yaml', line, column });
    if (message) expect(found?.message).toBe(message);
  });

  it('returns no data when the root is unusable', () => {
    expect(parse('- a\n').data).toBeUndefined();
    expect(parse('').data).toBeUndefined();
    expect(parse('services: [\n').data).toBeUndefined();
  });

  it('accepts the merge tags without warnings and warns on unknown tags', () => {
    expect(rules('services:\n  web:\n    ports: !reset []\n')).toEqual([]);
    expect(rules('services:\n  web:\n    image: !custom nginx\n')).toEqual(['yaml/warning']);
  });
});

describe('locate', () => {
  const text = [
    'x-common: &common',
    '  restart: always',
    'services:',
    '  web:',
    '    <<: *common',
    '    image: nginx',
    '    ports:',
    '      - "8080:80"',
    '  db:',
    '    image: mysql',
  ].join('\n');
  const parsed = parse(text);

  it.each([
    ['/services/web/image', false, 6, 12, 6, 17],
    ['/services/web/image', true, 6, 5, 6, 10],
    ['/services/web/ports/0', false, 8, 9, 8, 18],
    ['/services/db', true, 9, 3, 9, 5],
    ['/services/web/restart', false, 2, 12, 2, 18],
    ['/services/web/missing/deeper', false, 4, 3, 4, 6],
    ['', false, 1, 1, 10, 17],
  ])('places %s (key %s)', (pointer, key, line, column, endLine, endColumn) => {
    expect(parsed.locate(pointer, { key })).toEqual({ file: 'compose.yaml', line, column, endLine, endColumn });
  });
});

describe('line endings and byte order marks', () => {
  it.each([
    ['CRLF line endings', 'services:\r\n  web:\r\n    image: a\r\n    image: b\r\n'],
    ['a byte order mark', '\uFEFFservices:\n  web:\n    image: a\n    image: b\n'],
  ])('keeps positions right with %s', (_name, text) => {
    const parsed = parse(text);
    expect(parsed.data).toEqual({ services: { web: { image: 'b' } } });
    expect(parsed.diagnostics.map((d) => [d.ruleId, d.line, d.column])).toEqual([['yaml/duplicate-key', 4, 5]]);
    expect(parsed.locate('/services/web/image')).toMatchObject({ line: 4, column: 12 });
  });

  it('records tags on list items and inside flow collections', () => {
    const parsed = parse('services:\n  web:\n    volumes:\n      - !override ./a:/a\n    labels: {a: !reset x}\n');
    expect([...parsed.tags]).toEqual([
      ['/services/web/volumes/0', '!override'],
      ['/services/web/labels/a', '!reset'],
    ]);
  });
});

describe('the yaml Document', () => {
  it('prints back byte for byte, merge tags included (what lint --fix rewrites)', () => {
    const text = 'services:\n  web:\n    ports: !reset []\n    environment: !override\n      A: "1"\n    user: !override 1000 # uid\n    labels: !reset\n      - a\n';
    expect(parse(text).document?.toString()).toBe(text);
  });
});
