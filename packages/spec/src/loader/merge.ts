import type { Diagnostic, SourceRange } from '../diagnostic.js';
import { toPointer } from '../diagnostic.js';
import type { ParsedCompose } from '../document.js';
import { diagnostic, fileStart, isMapping } from './_diag.js';
import { mergeMappings, type MergeState } from './_merge.js';
import { Origins } from './_origins.js';
import { applyTags } from './_reset.js';
import { enforceUnicity } from './_unicity.js';

/** One file ready to merge: its parse, and optionally its data after interpolation / extends / include. */
export interface ComposeSource {
  parsed: ParsedCompose;
  data?: unknown;
}

export interface MergeResult {
  model: Record<string, unknown>;
  diagnostics: Diagnostic[];
  /** Where the value at `pointer` of the model was written: the file that set it last, and its line. */
  origin(pointer: string): SourceRange;
}

/** A merge in progress; the loader feeds it files that it prepared itself (extends, include). */
export class Merger {
  readonly model: Record<string, unknown> = {};
  readonly diagnostics: Diagnostic[] = [];
  private first: string | undefined;

  constructor(readonly origins: Origins = new Origins()) {}

  /** Merges a file's data (owned by the merger afterwards) under the Compose merge rules. */
  add(data: unknown, tags: ReadonlyMap<string, '!reset' | '!override'>, file: string): void {
    this.first ??= file;
    if (!isMapping(data)) return;
    applyTags(this.model, data, tags);
    const conflicts: NonNullable<MergeState['conflicts']> = [];
    mergeMappings(this.model, data, [], { origins: this.origins, conflicts });
    for (const c of conflicts) {
      const at = c.src ? c.src.locate(c.src.pointer) : fileStart(file);
      this.diagnostics.push(diagnostic('merge/type', 'error', c.message, at, toPointer(c.path)));
    }
    enforceUnicity(this.model, this.origins);
  }

  origin = (pointer: string): SourceRange =>
    this.origins.resolve(this.model, pointer) ?? fileStart(this.first ?? '');
}

function toSource(f: ParsedCompose | ComposeSource): ComposeSource {
  return 'parsed' in f ? f : { parsed: f };
}

/**
 * Merges compose files in `-f` order with the Compose merge rules (compose-go override.Merge): mappings merge
 * deeply, lists by their own rule, `!reset` / `!override` honoured, then duplicates removed by key.
 */
export function mergeFiles(files: readonly (ParsedCompose | ComposeSource)[]): MergeResult {
  const merger = new Merger();
  for (const f of files.map(toSource)) {
    const data = structuredClone(f.data === undefined ? f.parsed.data : f.data);
    merger.origins.annotate(data, (p) => f.parsed.locate(p));
    merger.add(data, f.parsed.tags, f.parsed.file);
  }
  return { model: merger.model, diagnostics: merger.diagnostics, origin: merger.origin };
}
