import type { Diagnostic } from '../diagnostic.js';
import { diagnostic } from './_diag.js';
import { substitute } from './_template.js';
import type { Lookup } from './host.js';

export interface DotenvResult {
  values: Record<string, string>;
  diagnostics: Diagnostic[];
}

const spaces = new Set([' ', '\t', '\v', '\f', '\r']);
const escapes: Record<string, string> = { a: '\x07', b: '\b', c: '', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };

// Double-quoted values understand shell escapes; `\$` stays a literal dollar ($$ for the expansion step).
function expandEscapes(s: string): string {
  return s.replace(/\\(?:[abcfnrtv$"\\]|0\d{0,3})/g, (m) => {
    const c = m[1] ?? '';
    if (c === '$') return '$$';
    if (c === '0') return String.fromCharCode(parseInt(m.slice(1), 8));
    return escapes[c] ?? c;
  });
}

/**
 * Parses a `.env` / `env_file` text the way docker compose does: `KEY=VALUE` or `KEY: VALUE`, optional `export`,
 * `#` comments (inline only after a space on unquoted values), single quotes literal, double quotes with escapes
 * and `${VAR}` expansion, a bare `KEY` inheriting from `lookup`. Variables expand from `lookup` first, then from
 * the keys defined earlier in the same file.
 */
export function parseDotenv(text: string, options: { file: string; lookup?: Lookup }): DotenvResult {
  const values: Record<string, string> = {};
  const diagnostics: Diagnostic[] = [];
  const outer = options.lookup ?? (() => undefined);
  const lookup: Lookup = (k) => outer(k) ?? values[k];
  let i = 0;
  let line = 1;
  const fail = (message: string): DotenvResult => {
    const at = { file: options.file, line, column: 1, endLine: line, endColumn: 1 };
    diagnostics.push(diagnostic('dotenv/syntax', 'error', message, at, ''));
    return { values, diagnostics };
  };
  const expand = (raw: string): string | undefined => {
    const r = substitute(raw, lookup);
    if (r.error) {
      fail(r.error.message);
      return undefined;
    }
    return r.value;
  };
  while (i < text.length) {
    const c = text[i] ?? '';
    if (c === '\n') {
      line++;
      i++;
      continue;
    }
    if (spaces.has(c)) {
      i++;
      continue;
    }
    if (c === '#') {
      const nl = text.indexOf('\n', i);
      i = nl < 0 ? text.length : nl;
      continue;
    }
    const m = /^(?:export[ \t]+)?([^=:\r\n]*?)[ \t\r]*(=|:|\n|$)/.exec(text.slice(i));
    const key = m?.[1] ?? '';
    if (!m || !/^[\p{L}\p{N}_.\-[\]]+$/u.test(key)) {
      const bad = text.slice(i).split('\n')[0] ?? '';
      return fail(`invalid variable name in "${bad}"`);
    }
    i += m[0].length;
    if (m[2] !== '=' && m[2] !== ':') {
      const inherited = outer(key);
      if (inherited !== undefined) values[key] = inherited;
      if (m[2] === '\n') line++;
      continue;
    }
    while (spaces.has(text[i] ?? '')) i++;
    const quote = text[i];
    if (quote !== '"' && quote !== "'") {
      const nl = text.indexOf('\n', i);
      const end = nl < 0 ? text.length : nl;
      const raw = (text.slice(i, end).split(' #')[0] ?? '').replace(/\s+$/, '');
      const v = expand(raw);
      if (v === undefined) return { values, diagnostics };
      values[key] = v;
      i = end;
      continue;
    }
    let chars = '';
    let escaped = false;
    let closed = false;
    const startLine = line;
    for (i++; i < text.length; i++) {
      const ch = text[i] ?? '';
      if (ch === '\n') line++;
      if (ch !== quote) {
        if (!escaped && ch === '\\') {
          escaped = true;
          continue;
        }
        if (escaped) chars += '\\';
        escaped = false;
        chars += ch;
        continue;
      }
      if (escaped) {
        escaped = false;
        chars += ch;
        continue;
      }
      closed = true;
      i++;
      break;
    }
    if (!closed) {
      line = startLine;
      return fail(`unterminated quoted value for ${key}`);
    }
    if (quote === '"') {
      const v = expand(expandEscapes(chars));
      if (v === undefined) return { values, diagnostics };
      values[key] = v;
    } else {
      values[key] = chars;
    }
  }
  return { values, diagnostics };
}
