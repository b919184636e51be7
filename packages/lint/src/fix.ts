import { parseDocument, type Document, type ToStringOptions } from 'yaml';
import type { Fix } from './types.js';

/** Keeps the file's own way of indenting block sequences under their key. */
function stringifyOptions(text: string): ToStringOptions {
  const m = /^( *)[^\s#-][^\n]*:[ \t]*\n(?:[ \t]*#[^\n]*\n)*( *)- /m.exec(text);
  const indentSeq = m ? (m[2] ?? '').length > (m[1] ?? '').length : true;
  return { lineWidth: 0, indentSeq, flowCollectionPadding: /[[{] [^\s\]}]/.test(text) };
}

function parse(text: string): Document.Parsed {
  return parseDocument(text, { keepSourceTokens: false, uniqueKeys: false });
}

/**
 * Applies fixes to a YAML text through the Document API, so comments stay. A fix whose result would not parse
 * (an alias moved above its anchor, say) is dropped and the text stays as it was before that fix.
 */
export function applyFixes(text: string, fixes: readonly Fix[]): { text: string; applied: number } {
  const options = stringifyOptions(text);
  let current = text;
  let applied = 0;
  for (const fix of fixes) {
    const document = parse(current);
    if (document.errors.length > 0) break;
    let next: string;
    try {
      fix(document);
      next = document.toString(options);
    } catch {
      // `yaml` refuses to write an alias above its anchor: the fix would break the file, so it is skipped.
      continue;
    }
    const check = parse(next);
    if (check.errors.length > 0 || check.warnings.length > 0) continue;
    if (next !== current) applied++;
    current = next;
  }
  return { text: current, applied };
}
