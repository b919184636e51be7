import type { SourceRange } from '@compose-gen/spec';
import { fromPointer } from '@compose-gen/spec';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Key {
  start: number;
  length: number;
  /** Offset of the key's value, past the colon and spaces. */
  value: number;
}

/** Offset just past the string or comment that starts at `i`, or `i` itself when none does. */
function skip(text: string, i: number): number {
  const c = text[i];
  if (c === '"' || c === "'" || c === '`') {
    let j = i + 1;
    while (j < text.length && text[j] !== c) j += text[j] === '\\' ? 2 : 1;
    return j + 1;
  }
  if (c === '/' && text[i + 1] === '/') {
    const end = text.indexOf('\n', i);
    return end < 0 ? text.length : end;
  }
  if (c === '/' && text[i + 1] === '*') {
    const end = text.indexOf('*/', i + 2);
    return end < 0 ? text.length : end + 2;
  }
  return i;
}

/**
 * Where `name` is written as a property key: directly inside the object literal whose `{` is at `open`, never in
 * a nested object nor past its closing brace; with `open` -1, the first such key anywhere. Strings and comments
 * are skipped, so a key named in a comment or a URL is not taken for one.
 */
function findKey(text: string, name: string, open: number): Key | undefined {
  const key = new RegExp(`(["'\`]?)${escape(name)}\\1\\s*:\\s*`, 'y');
  const anywhere = open < 0;
  let depth = 0;
  let atKey = true;
  for (let i = open + 1; i < text.length; ) {
    const c = text[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const past = skip(text, i);
    if (past !== i && c === '/') {
      i = past;
      continue;
    }
    if (atKey && (anywhere || depth === 0)) {
      key.lastIndex = i;
      const match = key.exec(text);
      if (match) return { start: i, length: name.length + 2 * match[1]!.length, value: key.lastIndex };
    }
    atKey = c === '{' || c === ',';
    if (past !== i) i = past;
    else {
      if (c === '{' || c === '[' || c === '(') depth++;
      else if (c === '}' || c === ']' || c === ')') depth--;
      if (depth < 0 && !anywhere) return undefined;
      i++;
    }
  }
  return undefined;
}

/**
 * Finds where a JSON pointer into the config object was written in compose.config.ts, by reading the text
 * rather than compiling it: each key of the pointer is searched among the keys written directly in the object
 * literal of the previous one (`services`, then `web` inside it, then `depends_on` inside that). A key that is
 * not written there (built by a recipe or a spread) ends the search at the deepest ancestor found, so a
 * diagnostic lands on its own entry, never on a same-named key of a later or nested one.
 */
export function locateInSource(text: string, file: string): (pointer: string) => SourceRange | undefined {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const position = (offset: number): { line: number; column: number } => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  };

  return (pointer) => {
    let open = -1;
    let found: Key | undefined;
    for (const segment of fromPointer(pointer)) {
      if (/^\d+$/.test(segment)) break;
      if (found && text[found.value] !== '{') break;
      const key = findKey(text, segment, open);
      if (!key) break;
      found = key;
      open = key.value;
    }
    if (!found) return undefined;
    const a = position(found.start);
    const b = position(found.start + found.length);
    return { file, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  };
}
