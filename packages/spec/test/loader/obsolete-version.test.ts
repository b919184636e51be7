import { describe, expect, it } from 'vitest';
import { load } from './_conformance.js';

describe('loader/obsolete-version', () => {
  it('warns once per file that has a top-level version, at its key, and prints no version', () => {
    const r = load({
      name: 'version',
      row: 'pipeline',
      files: ['# base\nversion: "3.8"\nservices:\n  web:\n    image: x\n', 'services:\n  web:\n    image: y\n', 'version: "2.4"\n'],
    });
    const found = r.diagnostics.filter((d) => d.ruleId === 'loader/obsolete-version');
    expect(found.map((d) => [d.file, d.line, d.column, d.severity])).toEqual([
      ['compose.yaml', 2, 1, 'warning'],
      ['override2.yaml', 1, 1, 'warning'],
    ]);
    expect(found[0]?.message).toMatch(/version.*obsolete/);
    expect(r.model).not.toHaveProperty('version');
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('also warns for an included file', () => {
    const r = load({
      name: 'include',
      row: 'pipeline',
      files: ['include: [sub/compose.yaml]\nservices:\n  web:\n    image: x\n'],
      extra: { 'sub/compose.yaml': 'version: "3"\nservices:\n  db:\n    image: y\n' },
    });
    const found = r.diagnostics.filter((d) => d.ruleId === 'loader/obsolete-version');
    expect(found.map((d) => [d.file, d.line])).toEqual([['sub/compose.yaml', 1]]);
  });

  it('a file without version gets no warning', () => {
    const r = load({ name: 'none', row: 'pipeline', files: ['services:\n  web:\n    image: x\n'] });
    expect(r.diagnostics).toEqual([]);
  });
});
