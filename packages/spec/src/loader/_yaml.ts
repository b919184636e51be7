import { isCollection, isMap, isPair, isScalar, LineCounter, parseDocument, visit, type Node } from 'yaml';
import { toPointer } from '../diagnostic.js';
import type { MergeTag, ParsedCompose } from '../document.js';
import { diagnostic, fileStart } from './_diag.js';

// The loader's own reader of YAML with positions, `!reset` / `!override` tags and YAML errors as diagnostics.
export function parseYaml(text: string, options: { file: string }): ParsedCompose {
  const file = options.file;
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, merge: true, uniqueKeys: true });
  const tags = new Map<string, MergeTag>();
  const nodes = new Map<string, Node>();
  visit(document, {
    Node(_key, node, path) {
      const parent = path[path.length - 1];
      if (isPair(parent) && parent.key === node) return;
      const segments: (string | number)[] = [];
      for (let i = 0; i < path.length; i++) {
        const p = path[i];
        const child = i + 1 < path.length ? path[i + 1] : node;
        if (isPair(p) && isScalar(p.key) && child === p.value) segments.push(String(p.key.value));
        if (isCollection(p) && !isMap(p)) segments.push(p.items.indexOf(child as never));
      }
      const pointer = toPointer(segments);
      nodes.set(pointer, node);
      if (node.tag === '!reset' || node.tag === '!override') tags.set(pointer, node.tag);
    },
  });
  const locate = (pointer: string) => {
    let p = pointer;
    while (!nodes.has(p) && p !== '') p = p.slice(0, p.lastIndexOf('/'));
    const range = nodes.get(p)?.range ?? [0, 0, 0];
    const start = lines.linePos(range[0]);
    const end = lines.linePos(range[1]);
    return { file, line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
  };
  const diagnostics = document.errors.map((e) => {
    const pos = e.linePos?.[0];
    const at = pos ? { file, line: pos.line, column: pos.col, endLine: pos.line, endColumn: pos.col } : fileStart(file);
    return diagnostic('yaml/syntax', 'error', e.message.split('\n')[0] ?? e.message, at, '');
  });
  let data: unknown;
  try {
    data = document.contents === null ? undefined : document.toJS({ maxAliasCount: 100 });
  } catch (e) {
    diagnostics.push(diagnostic('yaml/alias', 'error', (e as Error).message, fileStart(file), ''));
  }
  return { file, data, diagnostics, tags, locate, document };
}
