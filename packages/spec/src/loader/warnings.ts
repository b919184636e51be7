import type { Diagnostic, SourceRange } from '../diagnostic.js';
import { toPointer } from '../diagnostic.js';
import { diagnostic, isMapping } from './_diag.js';
import { splitCommand } from './shellwords.js';
import type { LocatedRef } from './interpolate.js';

/**
 * Variables read without a default while unset. A bare `$name` in the middle of a word (a password such as
 * `pa$word`) is reported as an eaten dollar: the author most likely meant a literal `$` (`$$`).
 */
export function variableWarnings(refs: readonly LocatedRef[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const r of refs) {
    if (!r.unset || r.operator !== undefined) continue;
    const key = `${r.at.file}:${r.path}:${r.name}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const glued = !r.braced && new RegExp(`[A-Za-z0-9]\\$${r.name}(?![A-Za-z0-9_])`).test(r.text);
    if (glued) {
      const message =
        `"$${r.name}" in "${r.text}" reads the unset variable ${r.name} and becomes an empty string; ` +
        `write "$$" for a literal dollar sign`;
      out.push(diagnostic('loader/dollar-eaten', 'warning', message, r.at, r.path));
    } else {
      const message = `the variable ${r.name} is not set and has no default: it becomes an empty string`;
      out.push(diagnostic('loader/unset-variable', 'warning', message, r.at, r.path));
    }
  }
  return out;
}

/** String commands whose unquoted `&&`, `;`, `|`, `<` or `>` docker compose silently drops with everything after. */
export function commandWarnings(model: unknown, origin: (pointer: string) => SourceRange): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (!isMapping(model) || !isMapping(model.services)) return out;
  for (const [name, service] of Object.entries(model.services)) {
    if (!isMapping(service)) continue;
    for (const field of ['command', 'entrypoint']) {
      const value = service[field];
      if (typeof value !== 'string') continue;
      const r = splitCommand(value);
      if (r.error || r.cutAt < 0) continue;
      const dropped = [...value].slice(r.cutAt).join('').trim();
      const pointer = toPointer(['services', name, field]);
      const message =
        `${field} "${value}" is split into ${JSON.stringify(r.argv)}: "${dropped}" is dropped; ` +
        `use a list such as ["sh", "-c", "..."] to run it through a shell`;
      out.push(diagnostic('loader/command-split', 'warning', message, origin(pointer), pointer));
    }
  }
  return out;
}

/**
 * docker compose v2 ignores a top-level `version` and says so once per file that has one: "the attribute
 * `version` is obsolete, it will be ignored, please remove it to avoid potential confusion".
 */
export function obsoleteVersion(doc: { display: string; data: unknown; parsed: { locate: Locate } }): Diagnostic[] {
  if (!isMapping(doc.data) || !('version' in doc.data)) return [];
  const message = `${doc.display}: the attribute \`version\` is obsolete, docker compose ignores it; remove it`;
  return [diagnostic('loader/obsolete-version', 'warning', message, doc.parsed.locate('/version', { key: true }), '/version')];
}

type Locate = (pointer: string, options?: { key?: boolean }) => SourceRange;
