// Helpers shared by the schema tests: walking a JSON Schema, reading the corpus, a seeded PRNG.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isNode, parseDocument, visit } from 'yaml';

export type Schema = { [keyword: string]: unknown };

export const SHARED = fileURLToPath(new URL('../../../../shared/', import.meta.url));
export const OUR_SCHEMA_FILE = fileURLToPath(new URL('../../../schemas/compose.schema.json', import.meta.url));

export const readJson = (file: string): Schema => JSON.parse(readFileSync(file, 'utf8')) as Schema;

const asSchema = (value: unknown): Schema | undefined =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Schema) : undefined;

export function resolveRef(root: Schema, ref: string): Schema {
  if (!ref.startsWith('#/')) throw new Error(`only local refs are expected, got ${ref}`);
  let node: unknown = root;
  for (const part of ref.slice(2).split('/')) node = asSchema(node)?.[part];
  const found = asSchema(node);
  if (!found) throw new Error(`unresolved ref ${ref}`);
  return found;
}

export interface PropertyVisit {
  /** Dotted path such as `services.*.build.args`; `*` stands for a pattern key, `[]` for array items. */
  path: string;
  name: string;
  schema: Schema;
}

// Extension keys (`x-...`) accept anything and carry no structure worth listing.
const EXTENSION_PATTERN = '^x-';

/** Calls `visit` for every entry of every `properties` map reachable from the root, once per path. */
export function walkProperties(root: Schema, visit: (entry: PropertyVisit) => void): void {
  const seen = new Set<string>();
  const walk = (node: Schema, prefix: string, refs: readonly string[]): void => {
    const join2 = (segment: string): string => (prefix === '' ? segment : `${prefix}.${segment}`);
    if (typeof node.$ref === 'string') {
      if (!refs.includes(node.$ref)) walk(resolveRef(root, node.$ref), prefix, [...refs, node.$ref]);
    }
    for (const keyword of ['allOf', 'anyOf', 'oneOf']) {
      const list = node[keyword];
      if (Array.isArray(list)) for (const sub of list) walk(asSchema(sub) ?? {}, prefix, refs);
    }
    for (const [name, sub] of Object.entries(asSchema(node.properties) ?? {})) {
      const path = join2(name);
      if (!seen.has(path)) {
        seen.add(path);
        visit({ path, name, schema: asSchema(sub) ?? {} });
      }
      walk(asSchema(sub) ?? {}, path, refs);
    }
    for (const [pattern, sub] of Object.entries(asSchema(node.patternProperties) ?? {})) {
      if (pattern !== EXTENSION_PATTERN) walk(asSchema(sub) ?? {}, join2('*'), refs);
    }
    const items = asSchema(node.items);
    if (items) walk(items, `${prefix}[]`, refs);
  };
  walk(root, '', []);
}

export function propertyPaths(root: Schema): Set<string> {
  const paths = new Set<string>();
  walkProperties(root, ({ path }) => paths.add(path));
  return paths;
}

/** Every .yml/.yaml file of the corpus, relative to its root, in a stable order. */
export function corpusFiles(): string[] {
  const base = join(SHARED, 'corpus');
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(join(base, dir), { withFileTypes: true })) {
      const rel = dir === '' ? entry.name : `${dir}/${entry.name}`;
      if (entry.isDirectory() && rel !== 'licenses') walk(rel);
      else if (entry.isFile() && /\.ya?ml$/.test(entry.name)) out.push(rel);
    }
  };
  walk('');
  return out.sort();
}

export function corpusManifest(): Map<string, Record<string, string>> {
  const [head, ...rows] = readFileSync(join(SHARED, 'corpus', 'MANIFEST.tsv'), 'utf8').trimEnd().split('\n');
  const columns = (head ?? '').split('\t');
  return new Map(
    rows.map((row) => {
      const cells = row.split('\t');
      return [cells[0] ?? '', Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? '']))];
    }),
  );
}

export type Parsed = { ok: true; data: unknown } | { ok: false; error: string };

/** Parses as the corpus README says: YAML 1.2 core, merge keys, unique keys, `!reset` values dropped. */
export function parseCorpusYaml(text: string): Parsed {
  const doc = parseDocument(text, { version: '1.2', schema: 'core', merge: true, uniqueKeys: true });
  if (doc.errors.length > 0) return { ok: false, error: doc.errors[0]?.message ?? 'parse error' };
  visit(doc, {
    Pair: (_, pair) => (isNode(pair.value) && pair.value.tag === '!reset' ? visit.REMOVE : undefined),
    Node: (key, node) => (typeof key === 'number' && node.tag === '!reset' ? visit.REMOVE : undefined),
  });
  try {
    return { ok: true, data: doc.toJS({ maxAliasCount: 100 }) };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
}

/** mulberry32: a tiny seeded PRNG, so every run mutates the same way. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
