import type { Diagnostic, SourceRange } from './diagnostic.js';
import { fromPointer } from './diagnostic.js';
import type { ParsedCompose } from './document.js';
import { runChecks } from './checks/all.js';
import { schemaDiagnostics } from './_schema-messages.js';

export interface ValidateOptions {
  /** The file findings point into. */
  file: string;
  /** Where a pointer stands in the text; without it every finding sits at line 1, column 1. */
  locate?: (pointer: string, options?: { key?: boolean }) => SourceRange;
}

/**
 * Schema, reference and semantic checks on a plain Compose model (a parsed file, or files merged by the loader).
 * Findings come back in document order; nothing throws, whatever the shape of `data`.
 */
export function validateModel(data: unknown, options: ValidateOptions): Diagnostic[] {
  const ctx = { file: options.file, ...(options.locate ? { locate: options.locate } : {}) };
  const findings = schemaDiagnostics(data, ctx);
  if (isRecord(data)) findings.push(...runChecks(data, ctx));
  return findings.sort((a, b) => a.line - b.line || a.column - b.column);
}

/**
 * The checks of `validateModel` on one parsed file, positioned in its text. The parse findings themselves are not
 * repeated: they stay in `parsed.diagnostics`. Values tagged `!reset` are left out, as Compose drops them.
 */
export function validateCompose(parsed: ParsedCompose): Diagnostic[] {
  if (parsed.data === undefined) return [];
  const resets = [...parsed.tags].filter(([, tag]) => tag === '!reset').map(([pointer]) => pointer);
  const data = resets.reduceRight<unknown>((model, pointer) => withoutPointer(model, fromPointer(pointer)), parsed.data);
  return validateModel(data, { file: parsed.file, locate: parsed.locate });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A copy of `value` without the node at `segments`; only the containers on the way are copied. */
function withoutPointer(value: unknown, segments: readonly string[]): unknown {
  const [head, ...rest] = segments;
  if (head === undefined || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const index = Number(head);
    if (!Number.isInteger(index) || index >= value.length) return value;
    const copy = [...value];
    if (rest.length === 0) copy.splice(index, 1);
    else copy[index] = withoutPointer(copy[index], rest);
    return copy;
  }
  if (!Object.prototype.hasOwnProperty.call(value, head)) return value;
  // Copied by descriptors so a `__proto__` key stays an own property.
  const copy = Object.defineProperties({}, Object.getOwnPropertyDescriptors(value)) as Record<string, unknown>;
  if (rest.length === 0) delete copy[head];
  else Object.defineProperty(copy, head, { value: withoutPointer(copy[head], rest), enumerable: true, writable: true, configurable: true });
  return copy;
}
