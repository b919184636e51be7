import type { Diagnostic } from '@compose-gen/spec';
import type { AllowEntry, LintSource } from './types.js';

/** A finding before suppression: it remembers every target it concerns (both sides of a drift). */
export interface Finding extends Diagnostic {
  targets: string[];
}

interface Inline {
  file: string;
  line: number;
  column: number;
  rules: string[];
  reason: string | undefined;
  used: boolean;
}

const directive = /^(\s*)#\s*compose-gen-disable-next-line\s+(.*)$/;

function inlineDirectives(source: LintSource): Inline[] {
  const out: Inline[] = [];
  source.text.split(/\r?\n/).forEach((text, index) => {
    const m = directive.exec(text);
    if (!m) return;
    const body = m[2] ?? '';
    const dash = body.indexOf(' --');
    const ids = dash < 0 ? body : body.slice(0, dash);
    const reason = dash < 0 ? undefined : body.slice(dash + 3).trim() || undefined;
    const rules = ids.split(/[\s,]+/).filter(Boolean);
    out.push({ file: source.file, line: index + 1, column: (m[1] ?? '').length + 1, rules, reason, used: false });
  });
  return out;
}

function allowMatches(entry: AllowEntry, finding: Finding): boolean {
  const rule = entry.rule.endsWith('/*') ? finding.ruleId.startsWith(entry.rule.slice(0, -1)) : entry.rule === finding.ruleId;
  return (
    rule &&
    (entry.service === undefined || entry.service === finding.service) &&
    (entry.target === undefined || finding.targets.includes(entry.target))
  );
}

/** Drops suppressed findings, then reports suppressions that matched nothing or give no reason. */
export function suppress(
  findings: readonly Finding[],
  sources: readonly LintSource[],
  allow: readonly AllowEntry[],
  configFile: string,
): Diagnostic[] {
  const inline = sources.flatMap(inlineDirectives);
  const allowUsed = allow.map(() => false);
  const kept: Diagnostic[] = [];
  for (const finding of findings) {
    const comment = inline.find((d) => d.file === finding.file && d.line + 1 === finding.line && d.rules.includes(finding.ruleId));
    const allowIndex = comment ? -1 : allow.findIndex((entry) => allowMatches(entry, finding));
    if (comment) comment.used = true;
    if (allowIndex >= 0) allowUsed[allowIndex] = true;
    if (comment || allowIndex >= 0) continue;
    const { targets: _targets, ...diagnostic } = finding;
    kept.push(diagnostic);
  }
  for (const d of inline) {
    const at = { file: d.file, line: d.line, column: d.column, path: '' };
    if (!d.used) {
      const message = `suppression of ${d.rules.join(', ')} matches no finding on the next line`;
      kept.push({ ruleId: 'lint/unused-suppression', severity: 'warning', message, ...at });
    }
    if (d.reason === undefined) {
      const message = 'a suppression must give its reason after ` -- `';
      kept.push({ ruleId: 'lint/suppression-reason', severity: 'warning', message, ...at });
    }
  }
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
