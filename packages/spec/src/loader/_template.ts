import type { Lookup } from './host.js';

/** The operators of `${NAME<op>operand}` (Compose interpolation, spec 12-interpolation). */
export type Operator = ':-' | '-' | ':?' | '?' | ':+' | '+';

/** One variable reference found in a string. */
export interface VariableRef {
  name: string;
  /** `$NAME` (bare) or `${NAME...}` (braced). */
  braced: boolean;
  operator?: Operator;
  /** The raw text after the operator (default, alternative or error message), before interpolation. */
  operand?: string;
  /** Unset in the lookup at the time of substitution. */
  unset: boolean;
}

export interface TemplateError {
  kind: 'required' | 'syntax';
  variable?: string;
  message: string;
}

export interface SubstituteResult {
  value: string;
  refs: VariableRef[];
  error?: TemplateError;
}

// Same grammar as compose-go's template pattern: names may use either case, `(.*)` is greedy and later cut at
// the first balanced brace so adjacent `${A:-a}${B:-b}` still works.
const source = '\\$(?:(\\$)|([_a-zA-Z][_a-zA-Z0-9]*)|\\{(?:([_a-zA-Z][_a-zA-Z0-9]*(?::?[-+?](.*))?)\\}|()))';
const first = new RegExp(source);

// Operators in the order compose-go tries them when two start at the same place.
const operators: Operator[] = [':?', '?', ':-', '-', ':+', '+'];

function firstBraceClosingIndex(s: string): number {
  let open = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '}') {
      open--;
      if (open === 0) return i;
    }
    if (s.startsWith('${', i)) {
      open++;
      i++;
    }
  }
  return -1;
}

/** The operator whose first occurrence in the whole match comes first, as compose-go picks it. */
function pickOperator(match: string): Operator | undefined {
  let best: Operator | undefined;
  let bestIndex = Infinity;
  for (const op of operators) {
    const i = match.indexOf(op);
    if (i >= 0 && i < bestIndex) {
      best = op;
      bestIndex = i;
    }
  }
  return best;
}

/** Replaces every `$` reference in `text`; stops filling in after the first error but keeps scanning. */
export function substitute(text: string, lookup: Lookup): SubstituteResult {
  const refs: VariableRef[] = [];
  let error: TemplateError | undefined;
  const fail = (e: TemplateError): string => {
    error ??= e;
    return '';
  };
  const inner = (t: string): string => {
    const r = substitute(t, lookup);
    refs.push(...r.refs);
    if (r.error) fail(r.error);
    return r.value;
  };
  const value = text.replace(new RegExp(source, 'g'), (whole: string) => {
    const op = pickOperator(whole);
    let match = whole;
    let rest = '';
    const closing = firstBraceClosingIndex(whole);
    if (closing > -1) {
      rest = whole.slice(closing + 1);
      match = whole.slice(0, closing + 1);
    }
    const m = first.exec(match);
    if (m?.[1]) return m[1];
    const bare = m?.[2];
    const substitution = bare || m?.[3];
    if (!substitution) return fail({ kind: 'syntax', message: `invalid interpolation syntax in "${text}"` });
    if (!bare && op && substitution.includes(op)) {
      const at = substitution.indexOf(op);
      const name = substitution.slice(0, at);
      const operand = substitution.slice(at + op.length);
      const current = lookup(name);
      refs.push({ name, braced: true, operator: op, operand, unset: current === undefined });
      const expanded = inner(operand);
      let out: string;
      if (op === ':?' || op === '?') {
        const missing = current === undefined || (op === ':?' && current === '');
        out = missing
          ? fail({
              kind: 'required',
              variable: name,
              message: `required variable ${name} is missing a value${expanded ? `: ${expanded}` : ''}`,
            })
          : current;
      } else if (op === ':-' || op === '-') {
        out = current === undefined || (op === ':-' && current === '') ? expanded : current;
      } else {
        out = current !== undefined && (op === '+' || current !== '') ? expanded : (current ?? '');
      }
      return out + inner(rest);
    }
    const current = lookup(substitution);
    refs.push({ name: substitution, braced: !bare, unset: current === undefined });
    return (current ?? '') + (rest ? inner(rest) : '');
  });
  return error ? { value, refs, error } : { value, refs };
}
