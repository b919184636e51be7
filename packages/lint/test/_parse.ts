import { LineCounter, isAlias, isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { fromPointer, type ParsedCompose, type SourceRange } from '@compose-gen/spec';

/** A small parser with positions for the linter's tests, following the ParsedCompose contract. */
export function parseForTest(text: string, file: string): ParsedCompose {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, merge: true, uniqueKeys: false });
  const range = (offset: number, end: number): SourceRange => {
    const start = lineCounter.linePos(offset);
    const stop = lineCounter.linePos(end);
    return { file, line: start.line, column: start.col, endLine: stop.line, endColumn: stop.col };
  };
  return {
    file,
    data: document.toJS({ maxAliasCount: 100 }) ?? undefined,
    diagnostics: [],
    tags: new Map(),
    document,
    locate(pointer, options) {
      let node: unknown = document.contents;
      let keyNode: unknown;
      let found: { range?: [number, number, number] | null } | undefined = node as Node;
      for (const segment of fromPointer(pointer)) {
        if (isAlias(node)) node = node.resolve(document);
        keyNode = undefined;
        if (isMap(node)) {
          const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === segment);
          if (!pair) break;
          keyNode = pair.key;
          node = pair.value;
        } else if (isSeq(node)) {
          node = node.items[Number(segment)];
        } else break;
        if (!node) break;
        found = (options?.key && keyNode ? keyNode : node) as typeof found;
      }
      const r = found?.range ?? [0, 0, 0];
      return range(r[0], r[1]);
    },
  };
}
