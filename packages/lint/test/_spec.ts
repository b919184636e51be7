import type { SpecFunctions } from '@compose-gen/lint';
import { mergeFiles } from '@compose-gen/spec';
import { parseForTest } from './_parse.js';

/** The spec functions the linter's tests use. */
export const testSpec: SpecFunctions = {
  parse: parseForTest,
  merge: (files) => mergeFiles(files),
};
