import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { allRules, lintAndFix, type LintConfig } from '@compose-gen/lint';
import { testSpec } from './_spec.js';

const corpus = fileURLToPath(new URL('../../../../shared/corpus/', import.meta.url));

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(entry.name) ? [path] : [];
  });
}

// Every rule on, opt-in ones included, so every fix runs wherever it can.
const everything: LintConfig = {
  rules: Object.fromEntries(allRules.filter((r) => r.meta.optIn).map((r) => [r.meta.id, 'warn' as const])),
};

function data(text: string): unknown {
  return parseDocument(text, { merge: true, uniqueKeys: false }).toJS({ maxAliasCount: 1000 });
}

/** The model with what the fixes may change on purpose taken out: `version`, and the order of sorted lists. */
function comparable(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const copy = structuredClone(value) as Record<string, unknown>;
  delete copy.version;
  const services = copy.services;
  if (typeof services === 'object' && services !== null) {
    for (const service of Object.values(services as Record<string, Record<string, unknown> | null>)) {
      for (const key of ['ports', 'depends_on'] as const) {
        const list = service?.[key];
        if (Array.isArray(list)) list.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
      }
    }
  }
  return copy;
}

describe('fixes on every corpus file', () => {
  const files = [...yamlFiles(join(corpus, 'real')), ...yamlFiles(join(corpus, 'pairs'))].sort();
  it('has the corpus', () => expect(files.length).toBeGreaterThan(150));
  it.each(files.map((f) => [relative(corpus, f), f] as const))('%s: keeps the model and its comments', (name, path) => {
    const text = readFileSync(path, 'utf8');
    const before = parseDocument(text, { uniqueKeys: false });
    const { changed, result } = lintAndFix({ texts: new Map([[name, text]]), targets: [], files: [name], config: everything }, testSpec);
    const fixed = changed.get(name);
    expect(result.diagnostics.filter((d) => d.ruleId.startsWith('lint/'))).toEqual([]);
    if (fixed === undefined || before.errors.length > 0) return;
    const after = parseDocument(fixed, { uniqueKeys: false });
    expect(after.errors).toEqual([]);
    expect(comparable(data(fixed))).toEqual(comparable(data(text)));
    const comments = (t: string): string[] => t.split('\n').flatMap((l) => /(^|\s)#\s?(.*)$/.exec(l)?.[2]?.trim() ?? []).sort();
    expect(comments(fixed)).toEqual(comments(text));
    // Fixing converges: a second round finds nothing more to fix.
    const again = lintAndFix({ texts: new Map([[name, fixed]]), targets: [], files: [name], config: everything }, testSpec);
    expect(again.changed.size).toBe(0);
  });
});
