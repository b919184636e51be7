import { fromPointer } from '../diagnostic.js';
import type { MergeTag } from '../document.js';

/** Removes the value at `pointer` (an array item is spliced out); returns whether something was removed. */
export function removeAt(root: unknown, pointer: string): boolean {
  const segments = fromPointer(pointer);
  const last = segments.pop();
  if (last === undefined) return false;
  let node: unknown = root;
  for (const seg of segments) {
    if (typeof node !== 'object' || node === null) return false;
    node = (node as Record<string, unknown>)[seg];
  }
  if (Array.isArray(node)) {
    const i = Number(last);
    if (!Number.isInteger(i) || i < 0 || i >= node.length) return false;
    node.splice(i, 1);
    return true;
  }
  if (typeof node !== 'object' || node === null || !(last in node)) return false;
  delete (node as Record<string, unknown>)[last];
  return true;
}

/**
 * Applies a file's `!reset` / `!override` tags before it is merged (compose-go ResetProcessor): both delete the
 * path from the model merged so far; `!reset` also drops the tagged value from the incoming file.
 * Deepest paths first, and array items from the end, so earlier removals do not shift later ones.
 */
export function applyTags(base: unknown, incoming: unknown, tags: ReadonlyMap<string, MergeTag>): void {
  const pointers = [...tags.keys()].sort((a, b) => b.localeCompare(a, 'en', { numeric: true }));
  for (const pointer of pointers) {
    removeAt(base, pointer);
    if (tags.get(pointer) === '!reset') removeAt(incoming, pointer);
  }
}
