import { isAlias, isMap, isScalar, isSeq, type Document, type Node, type Pair, type YAMLMap } from 'yaml';

/** The node at a key path, following aliases; undefined when the path exists only through `<<` or not at all. */
export function nodeAt(document: Document, segments: readonly (string | number)[]): Node | undefined {
  let node: unknown = document.contents;
  for (const segment of segments) {
    if (isAlias(node)) node = node.resolve(document);
    if (isMap(node)) {
      node = node.items.find((pair) => keyText(pair) === String(segment))?.value;
    } else if (isSeq(node)) {
      node = node.items[Number(segment)];
    } else {
      return undefined;
    }
  }
  if (isAlias(node)) node = node.resolve(document);
  return (node ?? undefined) as Node | undefined;
}

export function keyText(pair: Pair<unknown, unknown>): string | undefined {
  const key = pair.key;
  // With merge keys on, `yaml` gives `<<` a symbol value.
  if (isScalar(key)) return typeof key.value === 'symbol' ? '<<' : String(key.value);
  return typeof key === 'string' ? key : undefined;
}

export function isMergeKey(pair: Pair<unknown, unknown>): boolean {
  return keyText(pair) === '<<';
}

/** Reorders a mapping's pairs by `rank`, keeping `<<` merge keys first and ties in their original order. */
export function reorderMap(map: YAMLMap, rank: (key: string) => number): void {
  // `yaml` hangs a comment above a nested mapping's first entry on the mapping; it belongs to that entry.
  const [first] = map.items;
  if (map.commentBefore && isScalar(first?.key)) {
    first.key.commentBefore = [map.commentBefore, first.key.commentBefore].filter(Boolean).join('\n');
    map.commentBefore = null;
  }
  const indexed = map.items.map((pair, index) => ({ pair, index }));
  indexed.sort((a, b) => {
    const ra = isMergeKey(a.pair) ? -Infinity : rank(keyText(a.pair) ?? '');
    const rb = isMergeKey(b.pair) ? -Infinity : rank(keyText(b.pair) ?? '');
    return ra - rb || a.index - b.index;
  });
  map.items = indexed.map((i) => i.pair);
}

/** Deletes a key of a mapping; the comment above it moves to the entry that takes its place. */
export function deletePair(map: YAMLMap, key: string): void {
  const index = map.items.findIndex((pair) => keyText(pair) === key);
  const pair = map.items[index];
  if (!pair) return;
  const next = map.items[index + 1];
  if (isScalar(pair.key) && pair.key.commentBefore && isScalar(next?.key)) {
    next.key.commentBefore = [pair.key.commentBefore, next.key.commentBefore].filter(Boolean).join('\n');
  }
  map.items.splice(index, 1);
}

export function pairsOf(node: unknown): Pair<unknown, unknown>[] {
  return isMap(node) ? node.items : [];
}

/** Text of a scalar node, or undefined for anything else. */
export function scalarValue(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  const v = node.value;
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;
}
