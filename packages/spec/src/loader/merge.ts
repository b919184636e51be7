import type { Diagnostic, SourceRange } from '../diagnostic.js';
import type { ParsedCompose } from '../document.js';
import { isMapping } from './_diag.js';
import { parseFile } from './_deps.js';
import { Merger } from './_merger.js';
import { resolvePath } from './_path.js';
import { Workspace } from './_workspace.js';
import { resolveExtends } from './extends.js';
import type { LoaderHost } from './host.js';
import { applyInclude } from './include.js';

/** One file ready to merge: its parse, and optionally its data after interpolation. */
export interface ComposeSource {
  parsed: ParsedCompose;
  data?: unknown;
}

export interface MergeOptions {
  /** Reads the files that `extends: { file }` and `include` name; without it they are reported as not found. */
  host?: LoaderHost;
  /** Where the files' names (`parsed.file`) are relative to; default `/`. */
  workingDirectory?: string;
}

export interface MergeResult {
  model: Record<string, unknown>;
  diagnostics: Diagnostic[];
  /** Where the value at `pointer` of the model was written: the file that set it last, and its line. */
  origin(pointer: string, options?: { key?: boolean }): SourceRange;
}

const noFiles: LoaderHost = { readFile: () => undefined, env: {} };

function toSource(f: ParsedCompose | ComposeSource): ComposeSource {
  return 'parsed' in f ? f : { parsed: f };
}

/**
 * Merges compose files in `-f` order with the Compose merge rules (compose-go override.Merge): each file's
 * `extends` and `include` resolved first, then mappings merge deeply, lists by their own rule, `!reset` /
 * `!override` honoured, and duplicates removed by key. The data is taken as given (already interpolated or not).
 */
export function mergeFiles(files: readonly (ParsedCompose | ComposeSource)[], options: MergeOptions = {}): MergeResult {
  const merger = new Merger();
  const host = options.host ?? noFiles;
  const cwd = options.workingDirectory ?? '/';
  const diagnostics: Diagnostic[] = [];
  const display = (p: string) => (p.startsWith(`${cwd}/`) ? p.slice(cwd.length + 1) : p);
  const ws = new Workspace(
    { host, parse: parseFile, interpolate: false, origins: merger.origins, diagnostics, refs: [], display },
    host.env,
  );
  for (const f of files.map(toSource)) {
    const data = structuredClone(f.data === undefined ? f.parsed.data : f.data);
    merger.origins.annotate(data, (p, options) => f.parsed.locate(p, options));
    const doc = { path: resolvePath(cwd, f.parsed.file), display: f.parsed.file, parsed: f.parsed, data: isMapping(data) ? data : undefined };
    resolveExtends(doc, ws);
    applyInclude(doc, ws, [doc.path]);
    merger.add(data, f.parsed.tags, f.parsed.file);
  }
  return { model: merger.model, diagnostics: [...diagnostics, ...merger.diagnostics], origin: merger.origin };
}
