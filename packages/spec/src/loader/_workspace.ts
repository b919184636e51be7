import { toPointer, type Diagnostic, type SourceRange } from '../diagnostic.js';
import type { ParsedCompose } from '../document.js';
import { diagnostic, fileStart, isMapping } from './_diag.js';
import type { Origins } from './_origins.js';
import type { LoaderHost } from './host.js';
import { lookupIn } from './host.js';
import { interpolate, type LocatedRef } from './interpolate.js';

export type Parse = (text: string, options: { file: string }) => ParsedCompose;

/** One compose file read, parsed, interpolated and annotated with origins; the loader owns `data`. */
export interface Doc {
  path: string;
  display: string;
  parsed: ParsedCompose;
  data: Record<string, unknown> | undefined;
}

/** What every file of one load shares: the host, the interpolation env, the origins and the findings. */
export interface Shared {
  host: LoaderHost;
  parse: Parse;
  interpolate: boolean;
  origins: Origins;
  diagnostics: Diagnostic[];
  refs: LocatedRef[];
  /** How a file is named in diagnostics. */
  display: (path: string) => string;
}

/** Opens files for one environment, once each. */
export class Workspace {
  private readonly docs = new Map<string, Doc>();

  constructor(
    readonly shared: Shared,
    readonly env: Record<string, string | undefined>,
  ) {}

  child(env: Record<string, string | undefined>): Workspace {
    return new Workspace(this.shared, env);
  }

  report(ruleId: string, message: string, at: SourceRange, path = ''): void {
    this.shared.diagnostics.push(diagnostic(ruleId, 'error', message, at, path));
  }

  /**
   * The file at `path` (absolute), or undefined after reporting why it cannot be used. An override may be empty
   * (docker compose merges nothing from it), so `emptyIsFine` drops the parser's `yaml/empty` finding.
   */
  open(path: string, from?: { at: SourceRange; pointer: string }, emptyIsFine = false): Doc | undefined {
    const cached = this.docs.get(path);
    if (cached) return cached;
    const { host, parse, origins } = this.shared;
    const display = this.shared.display(path);
    const at = from?.at ?? fileStart(display);
    if (host.isDirectory?.(path)) {
      this.report('loader/file', `${display} is a directory, not a compose file`, at, from?.pointer);
      return undefined;
    }
    const text = host.readFile(path);
    if (text === undefined) {
      this.report('loader/file', `${display} not found`, at, from?.pointer);
      return undefined;
    }
    const parsed = parse(text, { file: display });
    this.shared.diagnostics.push(...parsed.diagnostics.filter((d) => !(emptyIsFine && d.ruleId === 'yaml/empty')));
    const unsafe = protoKeys(parsed.data, []);
    if (unsafe.length > 0) {
      // Every step of the loader copies mappings into plain objects, where this key would set the prototype
      // and the entry would vanish without a word; the file is refused instead.
      for (const pointer of unsafe) {
        this.report('loader/unsupported-key', 'a key named "__proto__" cannot be loaded; rename it', parsed.locate(pointer, { key: true }), pointer);
      }
      const doc: Doc = { path, display, parsed, data: undefined };
      this.docs.set(path, doc);
      return doc;
    }
    // Without interpolation the references are still listed (against an empty environment), the data left as written.
    const r = interpolate(parsed, this.shared.interpolate ? lookupIn(this.env) : () => undefined);
    this.shared.refs.push(...r.refs);
    if (this.shared.interpolate) this.shared.diagnostics.push(...r.diagnostics);
    const data = this.shared.interpolate ? r.data : structuredClone(parsed.data);
    origins.annotate(data, (p, options) => parsed.locate(p, options));
    const doc: Doc = { path, display, parsed, data: isMapping(data) ? data : undefined };
    this.docs.set(path, doc);
    return doc;
  }
}

/** JSON pointers of every `__proto__` key in parsed YAML data. */
function protoKeys(value: unknown, path: (string | number)[]): string[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => protoKeys(item, [...path, i]));
  if (!isMapping(value)) return [];
  return Object.keys(value).flatMap((key) => [
    ...(key === '__proto__' ? [toPointer([...path, key])] : []),
    ...protoKeys(value[key], [...path, key]),
  ]);
}
