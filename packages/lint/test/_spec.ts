import type { SpecFunctions } from '@compose-gen/lint';
import { mergeFiles, parseCompose, validateCompose, validateModel } from '@compose-gen/spec';

/** The spec functions the linter's tests use: the real parser, checks and merger, as the CLI passes them. */
export const testSpec: SpecFunctions = {
  parse: (text, file) => parseCompose(text, { file }),
  validate: validateCompose,
  validateModel: (data, options) => validateModel(data, options),
  merge: (files) => mergeFiles(files),
};
