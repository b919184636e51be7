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
export function applyFixes(original: string, fixes: readonly Fix[]): { text: string; applied: number } {
  // `yaml` writes LF without a byte-order mark: the file's own line endings and BOM are put back at the end.
  const bom = original.startsWith('\uFEFF') ? '\uFEFF' : '';
  const crlf = original.includes('\r\n');
  const text = original.slice(bom.length).replace(/\r\n/g, '\n');
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
  if (applied === 0) return { text: original, applied };
  return { text: bom + (crlf ? current.replace(/\n/g, '\r\n') : current), applied };
}
