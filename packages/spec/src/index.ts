export type { Diagnostic, Severity, SourceRange } from './diagnostic.js';
export { fromPointer, sortDiagnostics, toPointer } from './diagnostic.js';
