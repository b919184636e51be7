export interface GeneratedFile {
  path: string;
  text: string;
}
export interface GenJob {
  schema: string;
  types?: { out: string; rootName: string };
  validator?: { out: string; exportName: string };
  /** The schema's text, byte for byte. */
  copy?: { out: string };
}
export const jobs: GenJob[];
export const ANNOTATION_KEYWORDS: string[];
export const AJV_OPTIONS: { allErrors: boolean; strict: boolean; allowUnionTypes: boolean; strictTypes: boolean };
export function stripAnnotations<T>(schema: T): T;
export function indent(ts: string): string;
export function validatorSource(schema: unknown, options: { schemaPath: string; exportName: string }): string;
export function typesSource(schema: unknown, options: { schemaPath: string; rootName: string }): Promise<string>;
export function generate(read?: (path: string) => string): Promise<GeneratedFile[]>;
export function findStale(outputs: GeneratedFile[], readCurrent: (path: string) => string | undefined): string[];
