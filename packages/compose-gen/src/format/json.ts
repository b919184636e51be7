import { sortDiagnostics } from '@compose-gen/spec';
import type { Formatter } from './_types.js';

/** The diagnostics as a JSON array, in the shared sort order, one trailing newline. */
export const json: Formatter = (diagnostics) => `${JSON.stringify(sortDiagnostics(diagnostics), null, 2)}\n`;
