import type { Diagnostic, Severity, SourceRange } from '../diagnostic.js';

/** Builds a Diagnostic at a source range; `service` is taken from a `/services/<name>/...` path. */
export function diagnostic(
  ruleId: string,
  severity: Severity,
  message: string,
  at: SourceRange,
  path: string,
): Diagnostic {
  const d: Diagnostic = {
    ruleId,
    severity,
    message,
    file: at.file,
    line: at.line,
    column: at.column,
    endLine: at.endLine,
    endColumn: at.endColumn,
    path,
  };
  const m = /^\/services\/([^/]+)/.exec(path);
  if (m?.[1]) d.service = m[1].replace(/~1/g, '/').replace(/~0/g, '~');
  return d;
}

/** A range for a file as a whole, when nothing better is known. */
export function fileStart(file: string): SourceRange {
  return { file, line: 1, column: 1, endLine: 1, endColumn: 1 };
}

export function isMapping(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
