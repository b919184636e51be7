/** How serious a finding is. `error` fails a run; `warning` and `info` do not (unless `--max-warnings`). */
export type Severity = 'error' | 'warning' | 'info';

/**
 * One finding, from any stage: YAML parsing, schema validation, reference checks, loading, linting.
 * Findings stay data until the CLI formats them.
 */
export interface Diagnostic {
  /** Stable id, e.g. `yaml/syntax`, `schema/type`, `ref/undefined-service`, `drift/image`. */
  ruleId: string;
  severity: Severity;
  /** One sentence a person understands. */
  message: string;
  /** The file the finding points into, as the user named it. */
  file: string;
  /** 1-based line and column of the offending key or value. */
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** JSON pointer into the (parsed or merged) model, e.g. `/services/web/depends_on/0`. */
  path: string;
  service?: string;
  target?: string;
}

/** A 1-based position range in a source file. */
export interface SourceRange {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Builds a JSON pointer from path segments, escaping `~` and `/` as RFC 6901 says. */
export function toPointer(segments: readonly (string | number)[]): string {
  return segments.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/** Splits a JSON pointer into its unescaped segments. */
export function fromPointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

const order: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Sorts findings by file, line, column, severity, then rule id: the order every formatter prints. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      order[a.severity] - order[b.severity] ||
      a.ruleId.localeCompare(b.ruleId),
  );
}
