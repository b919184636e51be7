import { isMapping } from './_diag.js';
import { keyedListPaths } from './_merge-rules.js';
import type { Origins } from './_origins.js';
import { clean } from './_path.js';
import { parseShortPort, portKey } from './_ports.js';
import { parseShortVolume } from './_volumes.js';

type Indexer = (item: unknown) => string;

const keyValue: Indexer = (item) => (typeof item === 'string' ? (item.split('=')[0] ?? '') : String(item));
const whole: Indexer = (item) => (isMapping(item) ? JSON.stringify(item) : String(item));

function mountIndexer(prefix: string): Indexer {
  return (item) => {
    if (typeof item === 'string') return `${prefix}/${item}`;
    if (isMapping(item)) return typeof item.target === 'string' ? item.target : `${prefix}/${String(item.source)}`;
    return String(item);
  };
}

const volumeIndexer: Indexer = (item) => {
  if (isMapping(item)) return typeof item.target === 'string' ? clean(item.target) : JSON.stringify(item);
  if (typeof item === 'string') {
    const v = parseShortVolume(item);
    return typeof v === 'string' || v.target === undefined ? item : clean(v.target);
  }
  return String(item);
};

const deviceIndexer: Indexer = (item) => {
  if (isMapping(item)) return String(item.target);
  const [src = '', dst] = String(item).split(':');
  return dst === undefined || dst === '' ? src : dst;
};

const envFileIndexer: Indexer = (item) => (isMapping(item) ? String(item.path) : String(item));

// Lists whose items are unique by a key: a later item replaces the earlier one at its first position
// (compose-go override/uncity.go).
const unique: [string, Indexer][] = [
  ['build.tags', keyValue],
  ['build.platforms', keyValue],
  ['cap_add', keyValue],
  ['cap_drop', keyValue],
  ['configs', mountIndexer('')],
  ['devices', deviceIndexer],
  ['dns', keyValue],
  ['dns_opt', keyValue],
  ['dns_search', keyValue],
  ['env_file', envFileIndexer],
  ['expose', whole],
  ['links', keyValue],
  ['ports', portKey],
  ['profiles', keyValue],
  ['secrets', mountIndexer('/run/secrets')],
  ['tmpfs', keyValue],
  ['volumes', volumeIndexer],
];

function dedupe(list: unknown[], key: Indexer, origins: Origins): unknown[] {
  const out: unknown[] = [];
  const seen = new Map<string, number>();
  list.forEach((item, i) => {
    const k = key(item);
    const at = seen.get(k);
    if (at !== undefined) {
      out[at] = item;
      origins.copy(list, i, out, at);
      return;
    }
    seen.set(k, out.length);
    origins.copy(list, i, out, out.length);
    out.push(item);
  });
  return out;
}

/** A `K=V` list as a map keeping the last value of each key at its first position; a bare `K` is null. */
export function keyedListToMap(list: readonly unknown[], origins: Origins): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  list.forEach((item, i) => {
    const text = typeof item === 'string' ? item : String(item);
    const eq = text.indexOf('=');
    const k = eq < 0 ? text : text.slice(0, eq);
    out[k] = eq < 0 ? null : text.slice(eq + 1);
    origins.copy(list, i, out, k);
  });
  return out;
}

// Short ports become objects first so `8080:80` and `"8080:80"` written twice collapse, as the
// second unicity pass after canonicalisation does in compose-go.
function expandPorts(list: unknown[], origins: Origins): unknown[] {
  const out: unknown[] = [];
  list.forEach((item, i) => {
    const parsed = typeof item === 'string' || typeof item === 'number' ? parseShortPort(item) : undefined;
    const items = parsed === undefined || typeof parsed === 'string' ? [item] : parsed;
    for (const one of items) {
      origins.copy(list, i, out, out.length);
      out.push(one);
    }
  });
  return out;
}

function put(parent: Record<string, unknown>, key: string, value: unknown, origins: Origins) {
  const src = origins.get(parent, key);
  parent[key] = value;
  origins.set(parent, key, src);
}

function fixService(service: Record<string, unknown>, origins: Origins): void {
  for (const [path, indexer] of unique) {
    const [a = '', b] = path.split('.');
    const holder = b === undefined ? service : service[a];
    const key = b ?? a;
    if (!isMapping(holder) || !Array.isArray(holder[key])) continue;
    let list = holder[key] as unknown[];
    if (key === 'ports') list = expandPorts(list, origins);
    put(holder, key, dedupe(list, indexer, origins), origins);
  }
  if (isMapping(service.networks)) {
    for (const net of Object.values(service.networks)) {
      if (!isMapping(net)) continue;
      for (const k of ['aliases', 'link_local_ips']) {
        if (Array.isArray(net[k])) put(net, k, dedupe(net[k] as unknown[], keyValue, origins), origins);
      }
    }
  }
}

function fixKeyed(node: unknown, parts: readonly string[], origins: Origins): void {
  if (!isMapping(node) || parts.length === 0) return;
  const [head = '', ...rest] = parts;
  const keys = head === '*' ? Object.keys(node) : [head];
  for (const k of keys) {
    if (rest.length === 0) {
      const v = node[k];
      if (Array.isArray(v)) put(node, k, keyedListToMap(v, origins), origins);
    } else if (Array.isArray(node[k])) {
      for (const item of node[k] as unknown[]) fixKeyed(item, rest.slice(1), origins);
    } else fixKeyed(node[k], rest, origins);
  }
}

/** Removes duplicates the merge rules forbid and turns keyed lists (environment, labels, ...) into maps. */
export function enforceUnicity(model: Record<string, unknown>, origins: Origins): void {
  if (isMapping(model.services)) {
    for (const service of Object.values(model.services)) if (isMapping(service)) fixService(service, origins);
  }
  for (const path of keyedListPaths) fixKeyed(model, path.split('.'), origins);
}
