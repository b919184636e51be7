import type { Diagnostic, SourceRange } from '../diagnostic.js';
import { toPointer } from '../diagnostic.js';
import { diagnostic, fileStart, isMapping } from './_diag.js';
import { mergeMappings, type MergeState } from './_merge.js';
import { Origins } from './_origins.js';
import { applyTags } from './_reset.js';
import { enforceUnicity } from './_unicity.js';

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

  origin = (pointer: string, options?: { key?: boolean }): SourceRange =>
    this.origins.resolve(this.model, pointer, options) ?? fileStart(this.first ?? '');
}
