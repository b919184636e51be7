import { isMapping } from './_diag.js';
import { absolutePath, keyedMap, toList, type ShapeContext } from './_service-shapes.js';
import { parseDotenv, type DotenvResult } from './dotenv.js';
import type { Lookup } from './host.js';

export interface FileContext extends ShapeContext {
  /** Reads an `env_file` or `label_file`; without it both stay in their canonical long form. */
  readFile?: (path: string) => string | undefined;
}

type Rec = Record<string, unknown>;
type Path = (string | number)[];

/**
 * The `raw` env_file format, as `docker run --env-file` reads it: `KEY=VALUE` lines taken literally (no quotes,
 * escapes, comments after the value or `${}`), a bare `KEY` inheriting from `lookup` or left out when unset.
 */
export function parseRawEnv(text: string, options: { file: string; lookup?: Lookup }): DotenvResult {
  const values: Record<string, string> = {};
  const diagnostics: DotenvResult['diagnostics'] = [];
  text.replace(/^\uFEFF/, '').split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '').replace(/^\s+/, '');
    if (line === '' || line.startsWith('#')) return;
    const eq = line.indexOf('=');
    const name = eq < 0 ? line.trim() : line.slice(0, eq);
    const at = { file: options.file, line: i + 1, column: 1, endLine: i + 1, endColumn: 1 };
    const problem = name === '' ? 'no variable name' : /\s/.test(name) ? `variable "${name}" contains whitespace` : undefined;
    if (problem) {
      diagnostics.push({ ruleId: 'dotenv/syntax', severity: 'error', message: problem, ...at, path: '' });
      return;
    }
    if (eq >= 0) values[name] = line.slice(eq + 1);
    else {
      const inherited = options.lookup?.(name);
      if (inherited !== undefined) values[name] = inherited;
    }
  });
  return { values, diagnostics };
}

function readInto(
  target: Rec,
  file: { path: string; format?: unknown },
  lookup: Lookup,
  ctx: FileContext,
  at: Path,
): void {
  const text = ctx.readFile?.(file.path);
  if (text === undefined) return;
  if (file.format !== undefined && file.format !== 'raw') {
    ctx.report('loader/env-file', 'error', `unsupported env_file format "${String(file.format)}"`, [...at, 'format']);
    return;
  }
  const parse = file.format === 'raw' ? parseRawEnv : parseDotenv;
  const parsed = parse(text, { file: file.path, lookup });
  for (const d of parsed.diagnostics) ctx.report(d.ruleId, d.severity, `${d.message} (${d.file}:${d.line})`, at);
  Object.assign(target, parsed.values);
}

/** `docker compose config` folds env files into `environment` (explicit entries win) and prints no env_file. */
export function foldEnvFiles(service: Rec, ctx: FileContext, path: Path): void {
  const explicit = service.environment === undefined ? undefined : keyedMap(service.environment, ctx, 'null');
  if (service.env_file === undefined) {
    if (explicit) service.environment = explicit;
    return;
  }
  const files = toList(service.env_file).map((f) => {
    const entry: Rec = isMapping(f) ? { ...f } : { path: String(f) };
    entry.path = absolutePath(String(entry.path), ctx);
    entry.required ??= true;
    return entry;
  });
  if (!ctx.readFile) {
    service.env_file = files;
    if (explicit) service.environment = explicit;
    return;
  }
  const fromFiles: Rec = {};
  // compose-go expands from the project env, then the service's own environment, then earlier env files.
  const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const lookup: Lookup = (k) => ctx.lookup(k) ?? text(explicit?.[k]) ?? text(fromFiles[k]);
  files.forEach((f, i) => {
    const p = String(f.path);
    if (ctx.readFile?.(p) === undefined) {
      if (f.required !== false) ctx.report('loader/env-file', 'error', `env file ${p} not found`, [...path, 'env_file', i]);
      return;
    }
    readInto(fromFiles, { path: p, format: f.format }, lookup, ctx, [...path, 'env_file', i]);
  });
  delete service.env_file;
  service.environment = { ...fromFiles, ...(explicit ?? {}) };
}

/**
 * `label_file`s read in order into `labels`, explicit labels winning; a variable in a label file expands only
 * from the labels read before it (compose-go `WithServicesLabelsResolved`). Every label file is required.
 */
export function foldLabelFiles(service: Rec, ctx: FileContext, path: Path): void {
  if (service.label_file === undefined) return;
  const files = toList(service.label_file).map((f) => absolutePath(String(f), ctx));
  if (!ctx.readFile) {
    service.label_file = files;
    return;
  }
  const fromFiles: Rec = {};
  const lookup: Lookup = (k) => (typeof fromFiles[k] === 'string' ? fromFiles[k] : undefined);
  files.forEach((p, i) => {
    if (ctx.readFile?.(p) === undefined) {
      ctx.report('loader/label-file', 'error', `label file ${p} not found`, [...path, 'label_file', i]);
      return;
    }
    readInto(fromFiles, { path: p }, lookup, ctx, [...path, 'label_file', i]);
  });
  delete service.label_file;
  const explicit = service.labels === undefined ? {} : keyedMap(service.labels, ctx, 'keep');
  const labels = { ...fromFiles, ...explicit };
  if (Object.keys(labels).length > 0) service.labels = labels;
}
