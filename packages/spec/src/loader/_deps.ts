import type { Diagnostic, SourceRange } from '../diagnostic.js';
import { parseCompose } from '../parse.js';
import { validateComposeSchema } from '../types.js';
import { diagnostic } from './_diag.js';

// The loader's two links to the rest of the package: the YAML reader and the checks of the merged model.
export const parseFile = parseCompose;

/** Schema problems of a merged model, each placed where the offending value was written. */
export function checkModel(data: unknown, options: { file: string; locate: (pointer: string) => SourceRange }): Diagnostic[] {
  return validateComposeSchema(data).errors.map((e) => {
    const path = e.instancePath;
    const what = path === '' ? 'the file' : path.slice(1).replace(/\//g, '.');
    return diagnostic(`schema/${e.keyword}`, 'error', `${what} ${e.message ?? 'is invalid'}`, options.locate(path), path);
  });
}
