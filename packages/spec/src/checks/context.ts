import { fromPointer, type Diagnostic, type Severity, type SourceRange } from '../diagnostic.js';

/** Where findings go and how a pointer becomes a position. */
export interface CheckContext {
  file: string;
  locate?: (pointer: string, options?: { key?: boolean }) => SourceRange;
}

/** A check looks at the whole model and returns its findings; it never throws on odd shapes. */
export type Check = (model: Record<string, unknown>, ctx: CheckContext) => Diagnostic[];

export interface ReportOptions {
  /** Point at the mapping key (`image:`) rather than its value. */
  key?: boolean;
  severity?: Severity;
}

/** Builds a finding at the node `pointer` names, with the service it concerns when there is one. */
export function diagnosticAt(
  ctx: CheckContext,
  ruleId: string,
  pointer: string,
  message: string,
  options: ReportOptions = {},
): Diagnostic {
  const range = ctx.locate?.(pointer, options.key ? { key: true } : undefined);
  const segments = fromPointer(pointer);
  const diagnostic: Diagnostic = {
    ruleId,
    severity: options.severity ?? 'error',
    message,
    file: range?.file ?? ctx.file,
    line: range?.line ?? 1,
    column: range?.column ?? 1,
    path: pointer,
  };
  if (range) {
    diagnostic.endLine = range.endLine;
    diagnostic.endColumn = range.endColumn;
  }
  if (segments[0] === 'services' && segments[1] !== undefined) diagnostic.service = segments[1];
  return diagnostic;
}
