import type { Diagnostic, ParsedCompose, SourceRange } from '@compose-gen/spec';
import { applyFixes } from './fix.js';
import { isGenerated } from '@compose-gen/core';
import { lint, type LintResult } from './linter.js';
import type { LintConfig, LintSource, LintTarget } from './types.js';

/** The spec functions the linter builds on, passed in so the linter stays free of any one loader. */
export interface SpecFunctions {
  parse(text: string, file: string): ParsedCompose;
  /** Schema and reference checks of one standalone file. */
  validate?(parsed: ParsedCompose): Diagnostic[];
  /** The same checks of a merged model, located through its origins. */
  validateModel?(data: unknown, options: { file: string; locate: (pointer: string) => SourceRange }): Diagnostic[];
  /** Merges files under the Compose rules (base, then overrides). */
  merge?(files: readonly ParsedCompose[]): {
    model: Record<string, unknown>;
    diagnostics: Diagnostic[];
    /** With `key`, the mapping key that introduced the value (a service's name in the file that first defined it). */
    origin(pointer: string, options?: { key?: boolean }): SourceRange;
  };
}

/** A target as a list of compose files merged in order (one file for a standalone target). */
export interface TargetFiles {
  name: string;
  production: boolean;
  files: readonly string[];
  /** False for a file linted on its own, outside the drift comparisons. */
  compare?: boolean;
}

export interface ProjectInput {
  /** The text of every file the targets name, by file name. */
  texts: ReadonlyMap<string, string>;
  targets: readonly TargetFiles[];
  /** Files to lint alone, outside any target (`compose-gen lint FILE...`). */
  files?: readonly string[];
  /** Reads a file named in a compose file (env_file), relative to that compose file. */
  readFile?(composeFile: string, path: string): string | undefined;
  config?: LintConfig;
  configFile?: string;
  targetOnly?: ReadonlySet<string>;
}

export interface ProjectResult extends LintResult {
  sources: LintSource[];
}

function dedupe(list: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return list.filter((d) => {
    const key = `${d.ruleId}\0${d.file}\0${d.line}\0${d.column}\0${d.message}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

/** Parses every file once, builds the targets (merging override files), and lints them all together. */
export function lintProject(input: ProjectInput, spec: SpecFunctions): ProjectResult {
  const names = [...new Set([...(input.files ?? []), ...input.targets.flatMap((t) => t.files)])];
  const sources = names.map((file): LintSource => {
    const text = input.texts.get(file) ?? '';
    return { file, text, parsed: spec.parse(text, file) };
  });
  const byFile = new Map(sources.map((s) => [s.file, s]));
  const earlier: Diagnostic[] = sources.flatMap((s) => s.parsed.diagnostics);
  const standalone = new Set([...(input.files ?? []), ...input.targets.filter((t) => t.files.length === 1).flatMap((t) => t.files)]);
  for (const file of standalone) earlier.push(...(spec.validate?.(byFile.get(file)!.parsed) ?? []));

  const targets = input.targets.flatMap((t): LintTarget[] => {
    const parsed = t.files.map((f) => byFile.get(f)!.parsed);
    const [first] = t.files;
    if (first === undefined) return [];
    const readFile = (path: string): string | undefined => input.readFile?.(first, path);
    const compare = t.compare === false ? { compare: false } : {};
    if (parsed.length === 1 || !spec.merge) {
      const only = parsed[parsed.length - 1]!;
      return [{ name: t.name, production: t.production, data: only.data, locate: only.locate, readFile, ...compare }];
    }
    const merged = spec.merge(parsed);
    earlier.push(...merged.diagnostics);
    earlier.push(...(spec.validateModel?.(merged.model, { file: first, locate: merged.origin }) ?? []).map((d) => ({ ...d, target: t.name })));
    return [{ name: t.name, production: t.production, data: merged.model, locate: (p, options) => merged.origin(p, options), readFile, ...compare }];
  });

  const result = lint({
    sources,
    targets,
    diagnostics: dedupe(earlier),
    ...(input.config ? { config: input.config } : {}),
    ...(input.configFile ? { configFile: input.configFile } : {}),
    ...(input.targetOnly ? { targetOnly: input.targetOnly } : {}),
  });
  return { ...result, sources };
}

/**
 * Lints, applies the fixes, and lints again until nothing more changes (at most `passes` rounds), as fixes
 * can reveal or resolve other findings. Generated files are never changed. Returns the final result and the
 * texts that changed.
 */
export function lintAndFix(input: ProjectInput, spec: SpecFunctions, passes = 10): { result: ProjectResult; changed: Map<string, string> } {
  const texts = new Map(input.texts);
  const changed = new Map<string, string>();
  let result = lintProject({ ...input, texts }, spec);
  for (let pass = 0; pass < passes && result.fixes.size > 0; pass++) {
    let progress = false;
    for (const [file, fixes] of result.fixes) {
      const before = texts.get(file);
      if (before === undefined || isGenerated(before)) continue;
      const after = applyFixes(before, fixes).text;
      if (after === before) continue;
      texts.set(file, after);
      changed.set(file, after);
      progress = true;
    }
    if (!progress) break;
    result = lintProject({ ...input, texts }, spec);
  }
  return { result, changed };
}
