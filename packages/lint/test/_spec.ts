import type { SpecFunctions } from '@compose-gen/lint';
import { mergeFiles, parseCompose } from '@compose-gen/spec';

/** The spec functions the linter's tests use: the real parser and merger. */
export const testSpec: SpecFunctions = {
  parse: (text, file) => parseCompose(text, { file }),
  merge: (files) => mergeFiles(files),
};
