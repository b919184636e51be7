/** The small slice of TypeScript that a config is written in: literals, lists, objects and helper calls. */
export type Code =
  | { kind: 'value'; value: string | number | boolean | null }
  | { kind: 'lines'; lines: string[] }
  | { kind: 'list'; items: Member[] }
  | { kind: 'object'; entries: Member[]; block?: boolean }
  | { kind: 'call'; callee: string; args: Member[] }
  | { kind: 'ref'; name: string };

/** An object entry (with `key`) or a list item / call argument (without), and the comments it carries. */
export interface Member {
  key?: string;
  /** An object entry written as `...value`. */
  spread?: boolean;
  value: Code;
  before?: readonly string[];
  trailing?: readonly string[];
}

const WIDTH = 100;
const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function quote(text: string): string {
  const body = text.replace(/[\\'\u0000-\u001f\u2028\u2029\u007f]/g, (ch) => {
    switch (ch) {
      case '\\':
        return '\\\\';
      case "'":
        return "\\'";
      case '\n':
        return '\\n';
      case '\r':
        return '\\r';
      case '\t':
        return '\\t';
      default:
        return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
    }
  });
  return `'${body}'`;
}

export function propertyKey(key: string): string {
  return IDENT.test(key) ? key : quote(key);
}

function literal(value: string | number | boolean | null): string {
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return 'NaN';
    if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity';
    return Object.is(value, -0) ? '-0' : String(value);
  }
  return String(value);
}

function hasComments(members: readonly Member[]): boolean {
  return members.some((m) => (m.before?.length ?? 0) > 0 || (m.trailing?.length ?? 0) > 0 || !fitsInline(m.value));
}

function fitsInline(code: Code): boolean {
  if (code.kind === 'lines') return false;
  if (code.kind === 'object' && code.block) return false;
  if (code.kind === 'list') return !hasComments(code.items);
  if (code.kind === 'object') return !hasComments(code.entries);
  if (code.kind === 'call') return !hasComments(code.args);
  return true;
}

function inline(code: Code): string {
  switch (code.kind) {
    case 'ref':
      return code.name;
    case 'value':
      return literal(code.value);
    case 'lines':
      return `[${code.lines.map(quote).join(', ')}].join('\\n')`;
    case 'list':
      return `[${code.items.map((m) => inline(m.value)).join(', ')}]`;
    case 'call':
      return `${code.callee}(${code.args.map((m) => inline(m.value)).join(', ')})`;
    case 'object':
      return code.entries.length === 0
        ? '{}'
        : `{ ${code.entries.map((m) => `${head(m)}${inline(m.value)}`).join(', ')} }`;
  }
}

function head(member: Member): string {
  if (member.spread) return '...';
  return member.key === undefined ? '' : `${propertyKey(member.key)}: `;
}

export function comment(line: string): string {
  return line === '' ? '//' : `//${line.startsWith(' ') ? '' : ' '}${line}`;
}

function members(open: string, close: string, list: readonly Member[], indent: string): string {
  if (list.length === 0) return `${open}${close}`;
  const inner = `${indent}  `;
  const out: string[] = [];
  for (const member of list) {
    for (const line of member.before ?? []) out.push(`${inner}${comment(line)}`);
    const lead = head(member);
    const text = `${inner}${lead}${print(member.value, inner, inner.length + lead.length)},`;
    const trailing = member.trailing ?? [];
    if (trailing.length === 1 && !text.includes('\n')) out.push(`${text} ${comment(trailing[0] as string)}`);
    else {
      for (const line of trailing) out.push(`${inner}${comment(line)}`);
      out.push(text);
    }
  }
  return `${open}\n${out.join('\n')}\n${indent}${close}`;
}

/** Prints `code` at `indent`, on one line when it has no comments and fits in the width from `column`. */
export function print(code: Code, indent = '', column = indent.length): string {
  if (fitsInline(code)) {
    const text = inline(code);
    if (column + text.length + 1 <= WIDTH || code.kind === 'value' || code.kind === 'ref') return text;
  }
  switch (code.kind) {
    case 'ref':
      return code.name;
    case 'value':
      return literal(code.value);
    case 'lines':
      return `${members('[', ']', code.lines.map((line) => ({ value: { kind: 'value', value: line } })), indent)}.join('\\n')`;
    case 'list':
      return members('[', ']', code.items, indent);
    case 'call': {
      const [only] = code.args;
      // One object or list argument hugs the parentheses: `mysql({` ... `})`.
      if (code.args.length === 1 && only && !only.before?.length && (only.value.kind === 'object' || only.value.kind === 'list')) {
        return `${code.callee}(${print(only.value, indent, column + code.callee.length + 1)})`;
      }
      return members(`${code.callee}(`, ')', code.args, indent);
    }
    case 'object':
      return members('{', '}', code.entries, indent);
  }
}
