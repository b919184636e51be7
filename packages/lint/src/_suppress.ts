import type { Diagnostic } from '@compose-gen/spec';
import type { AllowEntry, LintSource } from './types.js';

/** A finding before suppression: it remembers every target it concerns (both sides of a drift). */
export interface Finding extends Diagnostic {
  targets: string[];
}

interface Inline {
  kind: 'next-line' | 'file';
  file: string;
  line: number;
  column: number;
  rules: string[];
  /** The listed rules that suppressed at least one finding, so each unused one can be named. */
  used: Set<string>;
  reason: string | undefined;
}

const directive = /^(\s*)#\s*compose-gen-disable-(next-line|file)(?:\s+(.*))?$/;

function parseDirective(text: string, file: string, line: number): Inline | undefined {
  const m = directive.exec(text);
  if (!m) return undefined;
  const body = m[3] ?? '';
  const dash = body.indexOf('--');
  const ids = dash < 0 ? body : body.slice(0, dash);
  const reason = dash < 0 ? undefined : body.slice(dash + 2).trim() || undefined;
  const rules = ids.split(/[\s,]+/).filter(Boolean);
  const kind = m[2] === 'file' ? 'file' : 'next-line';
  return { kind, file, line, column: (m[1] ?? '').length + 1, rules, used: new Set(), reason };
}

/**
 * Next-line directives anywhere, file directives only among the leading comments (before the first line of
 * YAML), where a reader looks for what governs the whole file.
 */
function inlineDirectives(source: LintSource): Inline[] {
  const out: Inline[] = [];
  let leading = true;
  source.text.split(/\r?\n/).forEach((text, index) => {
    const trimmed = text.replace(/^\uFEFF/, '').trim();
    const comment = trimmed.startsWith('#');
    const found = comment ? parseDirective(text.replace(/^\uFEFF/, ''), source.file, index + 1) : undefined;
    if (found && (found.kind === 'next-line' || leading)) out.push(found);
    if (trimmed !== '' && !comment && trimmed !== '---') leading = false;
  });
  return out;
}

function ruleMatches(pattern: string, ruleId: string): boolean {
  return pattern.endsWith('/*') ? ruleId.startsWith(pattern.slice(0, -1)) : pattern === ruleId;
}

function allowMatches(entry: AllowEntry, finding: Finding): boolean {
  return (
    ruleMatches(entry.rule, finding.ruleId) &&
    (entry.service === undefined || entry.service === finding.service) &&
    (entry.target === undefined || finding.targets.includes(entry.target))
  );
}

/** The first directive that covers the finding, marking the rule it matched as used. */
function inlineMatch(inline: readonly Inline[], finding: Finding): Inline | undefined {
  for (const d of inline) {
    if (d.file !== finding.file || (d.kind === 'next-line' && d.line + 1 !== finding.line)) continue;
    const rule = d.rules.find((r) => ruleMatches(r, finding.ruleId));
    if (rule === undefined) continue;
    d.used.add(rule);
    return d;
  }
  return undefined;
}

function inlineProblems(d: Inline): Diagnostic[] {
  const at = { file: d.file, line: d.line, column: d.column, path: '' };
  const out: Diagnostic[] = [];
  const unused = d.rules.filter((r) => !d.used.has(r));
  if (d.rules.length === 0) {
    out.push({ ruleId: 'lint/unused-suppression', severity: 'warning', message: 'suppression names no rule', ...at });
  } else if (unused.length > 0) {
    const where = d.kind === 'file' ? 'in this file' : 'on the next line';
    const message = `suppression of ${unused.join(', ')} matches no finding ${where}`;
    out.push({ ruleId: 'lint/unused-suppression', severity: 'warning', message, ...at });
  }
  if (d.reason === undefined) {
    const message = 'a suppression must give its reason after ` -- `';
    out.push({ ruleId: 'lint/suppression-reason', severity: 'warning', message, ...at });
  }
  return out;
}

/** Drops suppressed findings, then reports suppressions that matched nothing or give no reason. */
export function suppress(
  findings: readonly Finding[],
  sources: readonly LintSource[],
  allow: readonly AllowEntry[],
  configFile: string,
): Diagnostic[] {
  // Next-line directives first: the narrower one is the one a finding uses up.
  const inline = sources.flatMap(inlineDirectives).sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'next-line' ? -1 : 1));
  const allowUsed = allow.map(() => false);
  const kept: Diagnostic[] = [];
  for (const finding of findings) {
    if (inlineMatch(inline, finding)) continue;
    const allowIndex = allow.findIndex((entry) => allowMatches(entry, finding));
    if (allowIndex >= 0) {
      allowUsed[allowIndex] = true;
      continue;
    }
    const { targets: _targets, ...diagnostic } = finding;
    kept.push(diagnostic);
  }
  kept.push(...inline.flatMap(inlineProblems));
  allow.forEach((entry, i) => {
    const where = [entry.service && `service '${entry.service}'`, entry.target && `target '${entry.target}'`].filter(Boolean);
    const scope = where.length > 0 ? ` for ${where.join(' in ')}` : '';
    const base = { file: configFile, line: 1, column: 1, path: `/allow/${i}` };
    if (!allowUsed[i]) {
      const message = `allowed ${entry.rule}${scope} matches no finding`;
      kept.push({ ruleId: 'lint/unused-suppression', severity: 'warning', message, ...base });
    }
    if (typeof entry.reason !== 'string' || entry.reason.trim() === '') {
      kept.push({ ruleId: 'lint/suppression-reason', severity: 'error', message: `allowed ${entry.rule}${scope} gives no reason`, ...base });
    }
  });
  return kept;
}
