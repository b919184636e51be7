export interface SplitResult {
  argv: string[];
  /** Index of an unquoted `;`, `&`, `|`, `<` or `>` where splitting stopped, or -1. */
  cutAt: number;
  error?: string;
}

const isSpace = (c: string): boolean => c === ' ' || c === '\t' || c === '\r' || c === '\n';

/**
 * Splits a command string into argv exactly like go-shellwords' default parser (what compose-go uses for a
 * string `command`): quotes and backslashes honoured, no variable or backtick expansion, and an unquoted shell
 * operator silently ends the command.
 */
export function splitCommand(line: string): SplitResult {
  const argv: string[] = [];
  let buf = '';
  let escaped = false;
  let dq = false;
  let sq = false;
  let bq = false;
  let dollar = false;
  let got = false;
  let cutAt = -1;
  const chars = [...line];
  let i = -1;
  for (const r of chars) {
    i++;
    if (escaped) {
      buf += r;
      escaped = false;
      got = true;
      continue;
    }
    if (r === '\\') {
      if (sq) buf += r;
      else escaped = true;
      continue;
    }
    if (isSpace(r)) {
      if (sq || dq || bq || dollar) buf += r;
      else if (got) {
        argv.push(buf);
        buf = '';
        got = false;
      }
      continue;
    }
    if (r === '`' && !sq && !dq && !dollar) bq = !bq;
    else if (r === ')' && !sq && !dq && !bq) dollar = !dollar;
    else if (r === '(' && !sq && !dq && !bq) {
      if (!dollar && buf.endsWith('$')) {
        dollar = true;
        buf += '(';
        continue;
      }
      return { argv: [], cutAt: -1, error: 'invalid command line string' };
    } else if (r === '"' && !sq && !dollar) {
      dq = !dq;
      got = true;
      continue;
    } else if (r === "'" && !dq && !dollar) {
      sq = !sq;
      got = true;
      continue;
    } else if (';&|<>'.includes(r) && !(sq || dq || bq || dollar)) {
      // `2>&1`: a redirect's leading file descriptor is dropped with it.
      if (r === '>' && /^[0-9]/.test(buf)) {
        got = false;
        i--;
      }
      cutAt = i;
      break;
    }
    got = true;
    buf += r;
  }
  if (got) argv.push(buf);
  if (escaped || sq || dq || bq || dollar) return { argv: [], cutAt: -1, error: 'invalid command line string' };
  return { argv, cutAt };
}
