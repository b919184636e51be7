// Seeded document generation and mutation for the differential schema test.
import { pick, resolveRef, type Schema } from './_schema-walk.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Random = () => number;

const clone = (value: Json): Json => structuredClone(value);
const isObject = (value: Json | undefined): value is { [key: string]: Json } =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const STRINGS = ['', 'web', 'always', 'every_2h', '8080:80', '127.0.0.1:5432:5432', '10s', 'x', 'a b', 'KEY=value', 'all', 'host'];
const NUMBERS = [0, 1, -1, 1.5, 42, 100, 101, 1000, -1001, 8080];
const WEIRD: Json[] = [null, true, false, 0, -1, 2.5, 'text', '', [], {}, ['a'], ['a', 'a'], [1, 2], [{}], { a: 1 }, { 'x-a': 1 }, { a: { b: [] } }];
const ODD_KEYS = ['', 'a b', 'bogus', 'UPPER', 'x-extra', 'line\nbreak'];
const KEY_PATTERN_SAMPLES: Record<string, string> = {
  '^[a-zA-Z0-9._-]+$': 'svc_1',
  '^x-': 'x-extra',
  '.+': 'KEY',
  '^.+$': 'opt',
  '^[a-z]+$': 'nofile',
};

/** A random instance that roughly follows `schema`: valid often, invalid sometimes (patterns, uniqueness). */
export function instanceOf(root: Schema, schema: Schema, random: Random, depth = 0): Json {
  if (typeof schema.$ref === 'string') return instanceOf(root, resolveRef(root, schema.$ref), random, depth);
  for (const keyword of ['allOf', 'oneOf', 'anyOf']) {
    const list = schema[keyword];
    if (Array.isArray(list) && list.length > 0) return instanceOf(root, pick(random, list) as Schema, random, depth);
  }
  if (Array.isArray(schema.enum)) return pick(random, schema.enum as Json[]);
  const types = Array.isArray(schema.type) ? (schema.type as string[]) : typeof schema.type === 'string' ? [schema.type] : ['string', 'object'];
  const type = pick(random, types);
  if (depth > 7 && (type === 'object' || type === 'array')) return type === 'object' ? {} : [];
  switch (type) {
    case 'object': {
      const out: { [key: string]: Json } = {};
      const required = (schema.required as string[] | undefined) ?? [];
      for (const [name, sub] of Object.entries((schema.properties as Record<string, Schema> | undefined) ?? {})) {
        if (required.includes(name) || random() < 0.25) out[name] = instanceOf(root, sub, random, depth + 1);
      }
      for (const [pattern, sub] of Object.entries((schema.patternProperties as Record<string, Schema> | undefined) ?? {})) {
        const count = Math.floor(random() * 3);
        for (let i = 0; i < count; i++) out[`${KEY_PATTERN_SAMPLES[pattern] ?? 'k'}${i || ''}`] = instanceOf(root, sub, random, depth + 1);
      }
      // Keys outside every pattern probe which objects are open and which are closed.
      if (schema.additionalProperties !== false && random() < 0.4) out[pick(random, ODD_KEYS)] = clone(pick(random, WEIRD));
      return out;
    }
    case 'array': {
      const items = (schema.items as Schema | undefined) ?? {};
      const list = Array.from({ length: Math.floor(random() * 4) }, () => instanceOf(root, items, random, depth + 1));
      // Duplicates would fail most `uniqueItems` lists; mutations add them on purpose instead.
      return list.filter((item, i) => list.findIndex((other) => JSON.stringify(other) === JSON.stringify(item)) === i);
    }
    case 'integer':
      return pick(random, NUMBERS.filter(Number.isInteger));
    case 'number':
      return pick(random, NUMBERS);
    case 'boolean':
      return random() < 0.5;
    case 'null':
      return null;
    default:
      return pick(random, STRINGS);
  }
}

function nodePaths(value: Json, path: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((item, i) => nodePaths(item, [...path, i], out));
  else if (isObject(value)) for (const [key, item] of Object.entries(value)) nodePaths(item, [...path, key], out);
  return out;
}

function get(value: Json, path: (string | number)[]): Json | undefined {
  let node: Json | undefined = value;
  for (const part of path) node = node === null || typeof node !== 'object' ? undefined : (node as Record<string, Json>)[part];
  return node;
}

function set(doc: Json, path: (string | number)[], next: Json | undefined): Json {
  if (path.length === 0) return next ?? null;
  const parent = get(doc, path.slice(0, -1)) as Record<string | number, Json>;
  const last = path[path.length - 1] as string | number;
  if (next !== undefined) parent[last] = next;
  else if (Array.isArray(parent)) parent.splice(last as number, 1);
  else delete parent[last];
  return doc;
}

function swapForm(value: Json, random: Random): Json {
  if (Array.isArray(value)) {
    return Object.fromEntries(value.map((item, i) => (typeof item === 'string' && item.includes('=') ? item.split('=', 2) : [`item${i}`, item])));
  }
  if (isObject(value)) {
    return random() < 0.5 ? Object.keys(value) : Object.entries(value).map(([k, v]) => `${k}=${String(v)}`);
  }
  return [value];
}

/** Applies one or two seeded edits (wrong types, unknown keys, nulls, swapped list/map forms, ...) to a copy. */
export function mutate(doc: Json, random: Random, knownKeys: readonly string[]): Json {
  let out = clone(doc);
  const steps = 1 + Math.floor(random() * 2);
  for (let step = 0; step < steps; step++) {
    const path = pick(random, nodePaths(out));
    const node = get(out, path) as Json;
    const op = Math.floor(random() * 9);
    if (op === 0) out = set(out, path, clone(pick(random, WEIRD)));
    else if (op === 1 && path.length > 0) out = set(out, path, undefined);
    else if (op === 2 && isObject(node)) node[random() < 0.5 ? pick(random, ODD_KEYS) : pick(random, knownKeys)] = clone(pick(random, [...WEIRD, ...STRINGS]));
    else if (op === 3) out = set(out, path, swapForm(node, random));
    else if (op === 4 && Array.isArray(node) && node.length > 0) node.push(clone(pick(random, node)));
    else if (op === 5) out = set(out, path, Array.isArray(node) && node.length === 1 ? (node[0] as Json) : [node]);
    else if (op === 6 && typeof node === 'number') out = set(out, path, String(node));
    else if (op === 6 && typeof node === 'string' && node.trim() !== '' && !Number.isNaN(Number(node))) out = set(out, path, Number(node));
    else if (op === 7 && path.length > 0) {
      const parent = get(out, path.slice(0, -1));
      if (isObject(parent)) {
        const last = String(path[path.length - 1]);
        const value = parent[last] as Json;
        delete parent[last];
        parent[pick(random, knownKeys)] = value;
      }
    } else out = set(out, path, null);
  }
  return out;
}
