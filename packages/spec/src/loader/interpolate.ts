import type { Diagnostic, SourceRange } from '../diagnostic.js';
import { toPointer } from '../diagnostic.js';
import type { ParsedCompose } from '../document.js';
import { castValue } from './_cast.js';
import { diagnostic } from './_diag.js';
import { substitute, type VariableRef } from './_template.js';
import { lookupIn, type Lookup } from './host.js';

export { substitute } from './_template.js';
export type { Operator, SubstituteResult, TemplateError, VariableRef } from './_template.js';

/** A variable reference with the place it was written. */
export interface LocatedRef extends VariableRef {
  path: string;
  at: SourceRange;
  /** The whole string value the reference sits in. */
  text: string;
}

export interface InterpolateResult {
  /** A copy of the file's data with every string value interpolated (mapping keys untouched). */
  data: unknown;
  diagnostics: Diagnostic[];
  refs: LocatedRef[];
}

/**
 * Interpolates every string value of one parsed file, as docker compose does per file before merging
 * (spec 12-interpolation). Keys are never interpolated. Typed fields (`cpus`, `privileged`, ...) are cast back.
 */
export function interpolate(
  parsed: ParsedCompose,
  env: Lookup | Record<string, string | undefined>,
): InterpolateResult {
  const lookup = typeof env === 'function' ? env : lookupIn(env);
  const diagnostics: Diagnostic[] = [];
  const refs: LocatedRef[] = [];
  const walk = (value: unknown, path: (string | number)[]): unknown => {
    if (Array.isArray(value)) return value.map((v, i) => walk(v, [...path, i]));
    if (typeof value === 'object' && value !== null) {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) out[k] = walk(v, [...path, k]);
      return out;
    }
    if (typeof value !== 'string') return value;
    const pointer = toPointer(path);
    const result = value.includes('$') ? substitute(value, lookup) : { value, refs: [] };
    if (result.refs.length > 0) {
      const at = parsed.locate(pointer);
      for (const r of result.refs) refs.push({ ...r, path: pointer, at, text: value });
    }
    if ('error' in result && result.error) {
      const e = result.error;
      const ruleId = e.kind === 'required' ? 'interpolate/required' : 'interpolate/syntax';
      diagnostics.push(diagnostic(ruleId, 'error', e.message, parsed.locate(pointer), pointer));
      return value;
    }
    // compose-go casts only what interpolation changed: a literal "off" or "400ms" is left for the schema to judge.
    if (result.value === value) return value;
    const cast = castValue(path, result.value);
    if (cast.error) {
      const message = `${cast.error} (at ${path.join('.')})`;
      diagnostics.push(diagnostic('interpolate/type', 'error', message, parsed.locate(pointer), pointer));
    }
    if (cast.warning) diagnostics.push(diagnostic('interpolate/boolean', 'warning', cast.warning, parsed.locate(pointer), pointer));
    return cast.value;
  };
  const data = parsed.data === undefined ? undefined : walk(parsed.data, []);
  return { data, diagnostics, refs };
}
