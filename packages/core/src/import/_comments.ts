import { isMap, isPair, isScalar, isSeq, type Document, type Node } from 'yaml';
import type { ImportSource } from './types.js';

/** Comments attached to one key or list item: lines above it and a comment at the end of its line. */
export interface Attached {
  before: string[];
  trailing: string[];
}

export type CommentIndex = ReadonlyMap<string, Attached>;

const escape = (segment: string): string => segment.replace(/~/g, '~0').replace(/\//g, '~1');

function lines(text: string | null | undefined): string[] {
  if (!text) return [];
  return text.split('\n').map((line) => line.replace(/\s+$/, ''));
}

function add(index: Map<string, Attached>, pointer: string, before: string[], trailing: string[]): void {
  if (before.length === 0 && trailing.length === 0) return;
  const entry = index.get(pointer) ?? { before: [], trailing: [] };
  entry.before.push(...before);
  entry.trailing.push(...trailing);
  index.set(pointer, entry);
}

// yaml hangs a comment above the first entry of a block collection on the collection itself:
// it belongs to that first entry, which is where a reader saw it.
function visit(node: Node | null | undefined, pointer: string, index: Map<string, Attached>): void {
  if (isMap(node)) {
    node.items.forEach((pair, i) => {
      if (!isPair(pair)) return;
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      const at = `${pointer}/${escape(key)}`;
      const keyNode = isScalar(pair.key) ? pair.key : undefined;
      const value = pair.value as Node | null;
      const head = i === 0 ? lines(node.commentBefore) : [];
      const valueBefore = isScalar(value) ? lines(value.commentBefore) : [];
      const trailing = [...lines(keyNode?.comment), ...(isScalar(value) ? lines(value.comment) : [])];
      add(index, at, [...head, ...lines(keyNode?.commentBefore), ...valueBefore], trailing);
      visit(value, at, index);
    });
    return;
  }
  if (isSeq(node)) {
    node.items.forEach((item, i) => {
      const at = `${pointer}/${i}`;
      const head = i === 0 ? lines(node.commentBefore) : [];
      const own = item as Node;
      if (isScalar(own)) add(index, at, [...head, ...lines(own.commentBefore)], lines(own.comment));
      else {
        add(index, at, [...head, ...lines(own?.commentBefore)], []);
        visit(own, at, index);
      }
    });
  }
}

/** Every comment of a file, keyed by the JSON pointer of the key or item it sits on. */
export function indexComments(document: Document | undefined): { index: CommentIndex; header: string[] } {
  const index = new Map<string, Attached>();
  if (!document) return { index, header: [] };
  visit(document.contents as Node | null, '', index);
  return { index, header: lines(document.commentBefore) };
}

/** The comment indexes of a target's parsed files, first file first. */
export function targetComments(parsed: ImportSource | readonly ImportSource[] | undefined): { index: CommentIndex; header: string[] }[] {
  if (!parsed) return [];
  const list: readonly ImportSource[] = Array.isArray(parsed) ? parsed : [parsed as ImportSource];
  return list.map((source) => indexComments(source.document as Document | undefined));
}
