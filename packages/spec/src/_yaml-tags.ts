import { isScalar, parse, YAMLMap, YAMLSeq, type Scalar, type Tags } from 'yaml';
import type { MergeTag } from './document.js';

export const mergeTagNames: readonly MergeTag[] = ['!reset', '!override'];

// Registered so yaml neither warns nor stringifies the value: the tag is recorded by pointer and the value kept as is.
export const mergeTags: Tags = mergeTagNames.flatMap((tag) => [
  { tag, collection: 'map' as const, nodeClass: YAMLMap, identify: () => false },
  { tag, collection: 'seq' as const, nodeClass: YAMLSeq, identify: () => false },
  { tag, identify: () => false, resolve: (source: string) => source },
]);

export function isMergeTag(tag: string | undefined): tag is MergeTag {
  return tag === '!reset' || tag === '!override';
}

/**
 * A custom scalar tag only sees the source text, so `!override 8080` would stay the string "8080".
 * A plain (unquoted) scalar is re-read with the core schema to get the number, boolean or null it spells.
 */
export function retypeTaggedScalar(node: Scalar): void {
  if (node.type !== 'PLAIN' || typeof node.value !== 'string') return;
  try {
    const value: unknown = parse(node.value);
    if (value === null || typeof value !== 'object') node.value = value;
  } catch {
    // A plain scalar that does not stand alone as YAML stays a string.
  }
}

export function isTaggedScalar(node: unknown): node is Scalar {
  return isScalar(node) && isMergeTag(node.tag);
}
