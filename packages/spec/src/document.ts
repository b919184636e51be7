import type { Document } from 'yaml';
import type { Diagnostic, SourceRange } from './diagnostic.js';

/** The `!reset` / `!override` tags Compose uses to steer a merge. */
export type MergeTag = '!reset' | '!override';

/** One YAML compose file parsed with positions. */
export interface ParsedCompose {
  /** The file name as given by the caller (used in every diagnostic). */
  file: string;
  /** Plain data: objects, arrays, strings, numbers, booleans, null. `undefined` when the text holds no document. */
  data: unknown;
  /** yaml/* problems found while parsing (syntax, duplicate keys, alias bombs, non-mapping root, ...). */
  diagnostics: Diagnostic[];
  /** Pointers (RFC 6901) of the nodes carrying a `!reset` or `!override` tag. */
  tags: ReadonlyMap<string, MergeTag>;
  /**
   * Where the node at `pointer` stands in the text: the value, or with `{ key: true }` the mapping key.
   * Falls back to the nearest ancestor that exists, so a missing-property error still points at its parent.
   */
  locate(pointer: string, options?: { key?: boolean }): SourceRange;
  /** The yaml Document, kept for rules that rewrite the text while keeping comments (lint --fix). */
  document: Document.Parsed | undefined;
}
