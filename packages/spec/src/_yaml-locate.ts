import { isAlias, isMap, isSeq, type Document, type LineCounter, type Node, type Pair } from 'yaml';
import { fromPointer, type SourceRange } from './diagnostic.js';
import { isMergePair, keyText } from './_yaml-walk.js';

type Found = { node: Node | null; key: Node | null };

function deref(doc: Document.Parsed, node: unknown): unknown {
  // Alias.resolve scans the document; bounded so an anchor that points at itself cannot loop.
  for (let hops = 0; isAlias(node) && hops < 16; hops++) node = node.resolve(doc);
  return node;
}

function findPair(doc: Document.Parsed, map: unknown, segment: string, depth = 0): Pair | undefined {
  if (!isMap(map) || depth > 16) return undefined;
  const pairs = map.items as Pair[];
  // The last explicit key wins, as in the data; keys brought in by `<<` come after explicit ones.
  for (let i = pairs.length - 1; i >= 0; i--) {
    const pair = pairs[i] as Pair;
    if (keyText(pair) === segment && !isMergePair(pair)) return pair;
  }
  for (const pair of pairs) {
    if (!isMergePair(pair)) continue;
    const value = deref(doc, pair.value);
    const sources = isSeq(value) ? value.items : [value];
    for (const source of sources) {
      const found = findPair(doc, deref(doc, source), segment, depth + 1);
      if (found) return found;
    }
  }
  return undefined;
}

/** Follows a JSON pointer through the syntax tree (aliases and `<<` included) as far as it goes. */
function walkPointer(doc: Document.Parsed, pointer: string): { found: Found; complete: boolean } {
  let current: Found = { node: doc.contents, key: null };
  for (const segment of fromPointer(pointer)) {
    const node = deref(doc, current.node);
    let next: Found | undefined;
    if (isMap(node)) {
      const pair = findPair(doc, node, segment);
      if (pair) next = { node: (pair.value as Node | null) ?? null, key: pair.key as Node };
    } else if (isSeq(node) && /^\d+$/.test(segment)) {
      const item = node.items[Number(segment)] as Node | undefined;
      if (item) next = { node: item, key: null };
    }
    if (!next) return { found: current, complete: false };
    current = next;
  }
  return { found: current, complete: true };
}

/** Builds `locate` for one parsed document: 1-based ranges, falling back to the nearest existing ancestor. */
export function makeLocate(
  file: string,
  doc: Document.Parsed | undefined,
  lineCounter: LineCounter,
): (pointer: string, options?: { key?: boolean }) => SourceRange {
  const toRange = (range: readonly number[] | undefined | null): SourceRange => {
    const start = lineCounter.linePos(range?.[0] ?? 0);
    const end = lineCounter.linePos(range?.[1] ?? range?.[0] ?? 0);
    return { file, line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
  };
  return (pointer, options) => {
    if (!doc) return toRange(undefined);
    const { found, complete } = walkPointer(doc, pointer);
    // A missing child is reported on its parent's key (`web:`), which reads better than the whole mapping.
    const preferKey = options?.key === true || !complete;
    const node = (preferKey && found.key) || found.node || found.key;
    return toRange(node?.range);
  };
}
