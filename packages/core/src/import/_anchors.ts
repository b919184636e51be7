import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node } from 'yaml';
import { isMapping, same, type Mapping } from './_split.js';
import type { ImportSource, ImportTarget } from './types.js';

/** A YAML anchor merged into services with `<<: *name`: written once as a constant and spread where it fits. */
export interface Fragment {
  /** The constant's name, e.g. `commonSettings` for `&common-settings`. */
  name: string;
  value: Mapping;
  /** The top-level key that holds the anchor (`x-common-settings`), when there is one. */
  holder?: string;
}

const RESERVED = new Set(['break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do', 'else', 'enum', 'export', 'extends', 'false', 'finally', 'for', 'function', 'if', 'import', 'in', 'instanceof', 'new', 'null', 'return', 'super', 'switch', 'this', 'throw', 'true', 'try', 'typeof', 'var', 'void', 'while', 'with', 'let', 'static', 'yield', 'await']);

function constName(anchor: string, taken: ReadonlySet<string>): string {
  const words = anchor.split(/[^A-Za-z0-9]+/).filter(Boolean);
  let name = words.map((w, i) => (i === 0 ? w.charAt(0).toLowerCase() + w.slice(1) : w.charAt(0).toUpperCase() + w.slice(1))).join('');
  if (!/^[A-Za-z_$]/.test(name)) name = `_${name}`;
  if (RESERVED.has(name)) name = `${name}Fragment`;
  while (taken.has(name)) name = `${name}_`;
  return name;
}

function topLevelHolder(document: Document, node: Node): string | undefined {
  const root = document.contents;
  if (!isMap(root)) return undefined;
  const pair = root.items.find((p) => isPair(p) && p.value === node);
  return pair && isScalar(pair.key) ? String(pair.key.value) : undefined;
}

function merged(document: Document): { anchor: string; value: Mapping; holder?: string }[] {
  const services = isMap(document.contents) ? document.contents.get('services', true) : undefined;
  if (!isMap(services)) return [];
  const found: { anchor: string; value: Mapping; holder?: string }[] = [];
  for (const pair of services.items) {
    if (!isMap(pair.value)) continue;
    for (const entry of pair.value.items) {
      if (!isScalar(entry.key) || typeof entry.key.value !== 'symbol') continue;
      const aliases = isSeq(entry.value) ? entry.value.items : [entry.value];
      for (const alias of aliases) {
        if (!isAlias(alias)) continue;
        const node = alias.resolve(document);
        const value: unknown = node?.toJS(document);
        if (!node || !isMapping(value)) continue;
        const holder = topLevelHolder(document, node);
        found.push({ anchor: alias.source, value, ...(holder ? { holder } : {}) });
      }
    }
  }
  return found;
}

/** The anchors the targets' files merge into services; one anchor name with two different values is skipped. */
export function findFragments(targets: readonly ImportTarget[], taken: ReadonlySet<string>): Fragment[] {
  const byAnchor = new Map<string, { value: Mapping; holder?: string } | null>();
  for (const target of targets) {
    const sources: readonly ImportSource[] = Array.isArray(target.parsed) ? target.parsed : target.parsed ? [target.parsed as ImportSource] : [];
    for (const source of sources) {
      if (!source.document) continue;
      for (const f of merged(source.document as Document)) {
        const seen = byAnchor.get(f.anchor);
        if (seen === undefined) byAnchor.set(f.anchor, { value: f.value, ...(f.holder ? { holder: f.holder } : {}) });
        else if (seen !== null && !same(seen.value, f.value)) byAnchor.set(f.anchor, null);
      }
    }
  }
  const names = new Set(taken);
  const fragments: Fragment[] = [];
  for (const [anchor, found] of byAnchor) {
    if (!found || Object.keys(found.value).length === 0) continue;
    const name = constName(anchor, names);
    names.add(name);
    fragments.push({ name, value: found.value, ...(found.holder ? { holder: found.holder } : {}) });
  }
  return fragments;
}

/** The fragment whose every key `body` holds with the same value, if any (the largest one first). */
export function fragmentIn(body: Mapping, fragments: readonly Fragment[]): Fragment | undefined {
  const fits = fragments.filter((f) => Object.entries(f.value).every(([k, v]) => k in body && same(body[k], v)));
  return fits.sort((a, b) => Object.keys(b.value).length - Object.keys(a.value).length)[0];
}
