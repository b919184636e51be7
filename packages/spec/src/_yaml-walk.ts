import { isAlias, isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import { toPointer } from './diagnostic.js';
import type { MergeTag } from './document.js';
import { isMergeTag, isTaggedScalar, retypeTaggedScalar } from './_yaml-tags.js';

/** A finding of the walk, before it gets a file position. */
export interface WalkProblem {
  ruleId: 'yaml/duplicate-key' | 'yaml/non-string-key';
  message: string;
  path: string;
  range: readonly [number, number] | undefined;
}

export interface WalkResult {
  tags: Map<string, MergeTag>;
  problems: WalkProblem[];
}

/** Deeper than any compose file; the limit keeps the walk's own recursion far from the stack limit. */
export const maxDepth = 256;

export class TooDeepError extends Error {}

const mergeKey = '<<';

export function keyText(pair: Pair): string | undefined {
  const key = pair.key;
  if (!isScalar(key)) return undefined;
  if (typeof key.value === 'symbol') return key.value.description;
  return key.value === null ? '' : String(key.value);
}

/** With `merge: true`, yaml gives a plain `<<` key a symbol value. */
export function isMergePair(pair: Pair): boolean {
  const key = pair.key;
  return isScalar(key) && key.type === 'PLAIN' && keyText(pair) === mergeKey;
}

function describeKey(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'object') return 'a collection';
  return `the ${typeof value} ${String(value)}`;
}

/**
 * One pass over the syntax tree (aliases are not followed): records `!reset`/`!override` tags by pointer,
 * reports duplicate and non-string keys, and retypes tagged plain scalars.
 */
export function walkDocument(root: Node | null | undefined, lineOf: (offset: number) => number): WalkResult {
  const result: WalkOutput = { tags: new Map(), problems: [], lineOf };
  visit(root, [], 0, result);
  return { tags: result.tags, problems: result.problems };
}

interface WalkOutput extends WalkResult {
  lineOf: (offset: number) => number;
}

function visit(node: unknown, path: string[], depth: number, out: WalkOutput): void {
  if (depth > maxDepth) throw new TooDeepError();
  if (!node || isAlias(node)) return;
  const tag = (node as Node).tag;
  if (isMergeTag(tag)) out.tags.set(toPointer(path), tag);
  if (isTaggedScalar(node)) retypeTaggedScalar(node);
  if (isSeq(node)) {
    node.items.forEach((item, index) => visit(item, [...path, String(index)], depth + 1, out));
  } else if (isMap(node)) {
    visitMap(node.items as Pair[], path, depth, out);
  }
}

function visitMap(pairs: Pair[], path: string[], depth: number, out: WalkOutput): void {
  const seen = new Map<string, Pair>();
  for (const pair of pairs) {
    const key = keyText(pair);
    if (isMergePair(pair)) {
      // Inline maps under `<<` contribute keys to this very mapping.
      visit(pair.value, path, depth + 1, out);
      continue;
    }
    const keyNode = pair.key as Node | null;
    if (key === undefined || (isScalar(keyNode) && typeof keyNode.value !== 'string')) {
      const value = isScalar(keyNode) ? keyNode.value : {};
      out.problems.push({
        ruleId: 'yaml/non-string-key',
        message: `a Compose key must be a string, but this key is ${describeKey(value)}; put it in quotes`,
        path: toPointer([...path, key ?? '']),
        range: keyNode?.range ? [keyNode.range[0], keyNode.range[1]] : undefined,
      });
    }
    if (key !== undefined) {
      const first = seen.get(key);
      if (first) {
        out.problems.push({
          ruleId: 'yaml/duplicate-key',
          message: `the key "${key}" is already defined at line ${out.lineOf((first.key as Node).range?.[0] ?? 0)} of the same mapping`,
          path: toPointer([...path, key]),
          range: keyNode?.range ? [keyNode.range[0], keyNode.range[1]] : undefined,
        });
      } else {
        seen.set(key, pair);
      }
    }
    visit(pair.value, key === undefined ? path : [...path, key], depth + 1, out);
  }
}
