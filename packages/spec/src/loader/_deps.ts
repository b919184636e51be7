import type { Diagnostic, SourceRange } from '../diagnostic.js';
import type { ParsedCompose } from '../document.js';
import { parseCompose, type ParseOptions } from '../parse.js';
import { validateModel } from '../validate.js';
import { readIntegersAsGoYaml } from './_octal.js';

// The loader's two links to the rest of the package: the YAML reader and the checks of the merged model.
export function parseFile(text: string, options: ParseOptions): ParsedCompose {
  return readIntegersAsGoYaml(parseCompose(text, options));
}

/** Schema and reference problems of a merged model, each placed where the offending value was written. */
export function checkModel(data: unknown, options: { file: string; locate: (pointer: string) => SourceRange }): Diagnostic[] {
  return validateModel(data, options);
}
