import type { Diagnostic, SourceRange } from '../diagnostic.js';
import { parseCompose } from '../parse.js';
import { validateModel } from '../validate.js';

// The loader's two links to the rest of the package: the YAML reader and the checks of the merged model.
export const parseFile = parseCompose;

/** Schema and reference problems of a merged model, each placed where the offending value was written. */
export function checkModel(data: unknown, options: { file: string; locate: (pointer: string) => SourceRange }): Diagnostic[] {
  return validateModel(data, options);
}
