import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node, type YAMLError } from 'yaml';
import { fromPointer, type Diagnostic, type Severity } from './diagnostic.js';
import type { MergeTag, ParsedCompose } from './document.js';
import { checkText, deepestOffset, maxAliasCount } from './_yaml-limits.js';
import { makeLocate } from './_yaml-locate.js';
import { mergeTags } from './_yaml-tags.js';
import { isMergePair, TooDeepError, walkDocument, type WalkResult } from './_yaml-walk.js';

export interface ParseOptions {
  /** The file name as the user gave it; every diagnostic carries it. */
  file: string;
}

/** At most this many syntax findings per file: past the first few, yaml's messages are echoes of the first. */
const maxSyntaxDiagnostics = 10;

/** yaml's error codes that get their own rule id; any other code is a `yaml/syntax` finding. */
const codeRules: Record<string, string> = {
  MULTIPLE_DOCS: 'yaml/multiple-documents',
  RESOURCE_EXHAUSTION: 'yaml/too-deep',
};

const codeMessages: Record<string, string> = {
  MULTIPLE_DOCS: 'the file holds more than one YAML document (a second one starts with ---); a compose file holds one',
  RESOURCE_EXHAUSTION: 'the YAML nests too deeply to be read',
};

/**
 * Parses one compose file with positions (YAML 1.2 core schema, `<<` merge keys, anchors bounded).
 *
 * `data` is the root mapping as plain objects, or `undefined` when the text holds no usable mapping: an empty file,
 * a list or scalar at the root, a syntax error, an alias bomb. A key such as `__proto__` is an own property.
 * `!reset` and `!override` values are kept in `data` as written; `tags` records their pointers, so the merge
 * can drop a `!reset` value and replace (not merge) an `!override` one. Tags inside an anchor are recorded
 * where the anchor is written, not where it is used.
 * Duplicate and non-string keys are reported, yet the data is still returned (the later duplicate wins).
 */
export function parseCompose(text: string, options: ParseOptions): ParsedCompose {
  const { file } = options;
  const lineCounter = new LineCounter();
  const diagnostics: Diagnostic[] = [];
  const at = (offset: number) => lineCounter.linePos(offset);
  const push: Push = (ruleId, message, range, path = '', severity = 'error') => {
    const start = at(range?.[0] ?? 0);
    const end = at(range?.[1] ?? range?.[0] ?? 0);
    const diagnostic: Diagnostic = { ruleId, severity, message, file, line: start.line, column: start.col, path };
    diagnostic.endLine = end.line;
    diagnostic.endColumn = end.col;
    const [section, service] = fromPointer(path);
    if (section === 'services' && service !== undefined) diagnostic.service = service;
    diagnostics.push(diagnostic);
  };
  const result = (document: Document.Parsed | undefined, data: unknown, tags: ReadonlyMap<string, MergeTag>) => ({
    file,
    data,
    diagnostics,
    tags,
    locate: makeLocate(file, document, lineCounter),
    document,
  });

  const unfit = checkText(text);
  if (unfit) {
    // Line starts are needed to place the finding, and scanning for newlines is cheap even on a huge text.
    countLines(text, unfit.ruleId === 'yaml/too-large' ? 0 : unfit.offset, lineCounter);
    push(unfit.ruleId, unfit.message, [unfit.offset, unfit.offset + 1]);
    return result(undefined, undefined, new Map());
  }

  let document: Document.Parsed;
  try {
    // Duplicate keys are found by the walk below: yaml's own check is quadratic in the size of a mapping.
    document = parseDocument(text, {
      lineCounter,
      merge: true,
      uniqueKeys: false,
      version: '1.2',
      schema: 'core',
      customTags: mergeTags,
      prettyErrors: false,
      strict: true,
    });
  } catch (error) {
    // The parser itself ran out of stack: name the nesting, at the line that nests deepest, not the engine's words.
    if (error instanceof RangeError) push('yaml/too-deep', codeMessages.RESOURCE_EXHAUSTION as string, [deepestOffset(text)]);
    else push('yaml/syntax', errorMessage(error), undefined);
    return result(undefined, undefined, new Map());
  }

  reportYamlErrors(document.errors, push);
  for (const warning of document.warnings) push('yaml/warning', sentence(warning.message), warning.pos, '', 'warning');
  if (document.errors.length > 0) return result(document, undefined, new Map());

  let walk: WalkResult;
  try {
    walk = walkDocument(document.contents, (offset) => at(offset).line);
  } catch (error) {
    if (!(error instanceof TooDeepError || error instanceof RangeError)) throw error;
    push('yaml/too-deep', codeMessages.RESOURCE_EXHAUSTION as string, undefined);
    return result(document, undefined, new Map());
  }
  for (const problem of walk.problems) push(problem.ruleId, problem.message, problem.range, problem.path);

  const root = document.contents;
  if (root === null || (isScalar(root) && root.value === null && !root.tag && root.source === '')) {
    push('yaml/empty', 'the file holds no YAML content; a compose file is a mapping with keys such as services', undefined);
    return result(document, undefined, walk.tags);
  }
  if (!isMap(root)) {
    push('yaml/root-not-mapping', `the top level of a compose file must be a mapping (keys such as services), not ${describeRoot(root)}`, root.range);
    return result(document, undefined, walk.tags);
  }

  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount });
  } catch (error) {
    reportToJsError(document, error, push);
    return result(document, undefined, walk.tags);
  }
  return result(document, data, walk.tags);
}

type Push = (ruleId: string, message: string, range: readonly number[] | undefined, path?: string, severity?: Severity) => void;

function reportYamlErrors(errors: readonly YAMLError[], push: Push): void {
  const seen = new Set<string>();
  for (const error of errors) {
    const ruleId = codeRules[error.code] ?? 'yaml/syntax';
    const message = codeMessages[error.code] ?? `YAML syntax error: ${sentence(error.message)}`;
    if (seen.has(ruleId + message) || seen.size >= maxSyntaxDiagnostics) continue;
    seen.add(ruleId + message);
    push(ruleId, message, error.pos);
  }
}

function reportToJsError(document: Document.Parsed, error: unknown, push: Push): void {
  const text = errorMessage(error);
  if (/merge/i.test(text)) {
    push('yaml/merge-key', 'a << merge key must point at a mapping (or a list of mappings), not at a scalar', firstRange(document, 'merge'));
  } else if (/alias/i.test(text)) {
    push(
      'yaml/alias-bomb',
      `anchors and aliases expand to more than ${maxAliasCount} copies (or an anchor refers to itself); the file is refused to keep memory bounded`,
      firstRange(document, 'alias'),
    );
  } else if (error instanceof RangeError) {
    push('yaml/too-deep', codeMessages.RESOURCE_EXHAUSTION as string, undefined);
  } else {
    push('yaml/syntax', `YAML error: ${sentence(text)}`, undefined);
  }
}

function firstRange(document: Document.Parsed, kind: 'alias' | 'merge'): readonly number[] | undefined {
  let range: readonly number[] | undefined;
  visit(document, {
    Alias(_key, node) {
      if (kind !== 'alias') return undefined;
      range = node.range ?? undefined;
      return visit.BREAK;
    },
    Pair(_key, pair) {
      if (kind !== 'merge' || !isMergePair(pair) || mergesMappings(document, pair.value)) return undefined;
      range = (pair.key as Node).range ?? undefined;
      return visit.BREAK;
    },
  });
  return range;
}

/** Whether a `<<` value is a mapping, or a list of mappings, once aliases are followed. */
function mergesMappings(document: Document.Parsed, value: unknown): boolean {
  const target = isAlias(value) ? value.resolve(document) : value;
  if (isSeq(target)) return target.items.every((item) => isMap(isAlias(item) ? item.resolve(document) : item));
  return isMap(target);
}

function describeRoot(node: unknown): string {
  if (isAlias(node)) return 'an alias';
  if (isScalar(node)) {
    const value = node.value;
    if (value === null) return 'null';
    return typeof value === 'string' ? `the string "${value.slice(0, 40)}"` : `the ${typeof value} ${String(value)}`;
  }
  return 'a list';
}

function countLines(text: string, upTo: number, lineCounter: LineCounter): void {
  lineCounter.addNewLine(0);
  for (let i = text.indexOf('\n'); i >= 0 && i < upTo; i = text.indexOf('\n', i + 1)) lineCounter.addNewLine(i + 1);
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** yaml's messages start with a capital and may end with a colon or period; ours are lowercase clauses. */
function sentence(message: string): string {
  const first = message.split('\n')[0] ?? message;
  return first.replace(/[.:]\s*$/, '').replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase());
}
