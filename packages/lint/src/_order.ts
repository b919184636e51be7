import { isMap, isSeq, type Document, type Node } from 'yaml';
import { keyText, nodeAt, reorderMap } from './_yaml.js';

/** The first position whose item sorts before its predecessor, or -1 when the list is in order. */
export function firstOutOfOrder<T>(items: readonly T[], compare: (a: T, b: T) => number): number {
  for (let i = 1; i < items.length; i++) if (compare(items[i - 1] as T, items[i] as T) > 0) return i;
  return -1;
}

/** A fix sorting the collection at `path` (a mapping by key, a sequence by its items' data). */
export function sortFix(path: readonly (string | number)[], compare: (a: unknown, b: unknown) => number) {
  return (document: Document): void => {
    const node: Node | undefined = nodeAt(document, path);
    if (isMap(node)) {
      const keys = node.items.map((p) => keyText(p) ?? '');
      const order = [...keys].sort(compare as (a: string, b: string) => number);
      reorderMap(node, (key) => order.indexOf(key));
    } else if (isSeq(node)) {
      const items = node.items.map((item) => ({ item, data: (item as { toJSON?: () => unknown }).toJSON?.() ?? item }));
      items.sort((a, b) => compare(a.data, b.data));
      node.items = items.map((i) => i.item);
    }
  };
}

/** A fix ordering the mapping at `path` by a rank per key. */
export function rankFix(path: readonly (string | number)[], rank: (key: string) => number) {
  return (document: Document): void => {
    const node = path.length === 0 ? document.contents : nodeAt(document, path);
    if (isMap(node)) reorderMap(node, rank);
  };
}

export const byText = (a: unknown, b: unknown): number => String(a).localeCompare(String(b), 'en');
