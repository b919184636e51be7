export type { Diagnostic, Severity, SourceRange } from './diagnostic.js';
export { fromPointer, sortDiagnostics, toPointer } from './diagnostic.js';
export type * from './types.js';
export { COMPOSE_SCHEMA_ID, validateComposeSchema } from './types.js';
export type { MergeTag, ParsedCompose } from './document.js';
export * from './loader/index.js';
export { parseCompose, type ParseOptions } from './parse.js';
export { validateCompose, validateModel, type ValidateOptions } from './validate.js';
