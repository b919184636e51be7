import type { SourceRange } from '@compose-gen/spec';
import { fromPointer } from '@compose-gen/spec';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Finds where a JSON pointer into the config object was written in compose.config.ts, by reading the text
 * rather than compiling it: each key of the pointer is searched after the previous one (`services`, then `web`,
 * then `depends_on`). Keys that are not in the text (built by a recipe or a spread) fall back to the deepest
 * ancestor found, so a diagnostic still lands on the right entry.
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
    let from = 0;
    let found: { start: number; length: number } | undefined;
    for (const segment of fromPointer(pointer)) {
      if (/^\d+$/.test(segment)) break;
      const key = new RegExp(`(^|[\\s{,])(["'\`]?)(${escape(segment)})\\2\\s*:`, 'gm');
      key.lastIndex = from;
      const match = key.exec(text);
      if (!match) break;
      const start = match.index + match[1]!.length;
      found = { start, length: match[3]!.length + 2 * match[2]!.length };
      from = key.lastIndex;
    }
    if (!found) return undefined;
    const a = position(found.start);
    const b = position(found.start + found.length);
    return { file, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  };
}
