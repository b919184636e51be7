import type { Diagnostic, Severity } from '@compose-gen/spec';
import { sortDiagnostics } from '@compose-gen/spec';
import pc from 'picocolors';
import type { Formatter } from './_types.js';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * ESLint-style report: one block per file, rows `line:col  severity  message  ruleId` in aligned columns,
 * then a one-line summary. Empty when there is nothing to report.
 */
export const stylish: Formatter = (diagnostics, options) => {
  if (diagnostics.length === 0) return '';
  const c = pc.createColors(options.color ?? false);
  const paint: Record<Severity, (s: string) => string> = { error: c.red, warning: c.yellow, info: c.blue };
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of sortDiagnostics(diagnostics)) {
    const list = byFile.get(d.file) ?? [];
    list.push(d);
    byFile.set(d.file, list);
  }

  let out = '';
  for (const [file, list] of byFile) {
    // As ESLint aligns them: line numbers to the right, columns to the left of the colon.
    const lineWidth = Math.max(...list.map((d) => String(d.line).length));
    const columnWidth = Math.max(...list.map((d) => String(d.column).length));
    const rows = list.map(
      (d) =>
        [
          `${String(d.line).padStart(lineWidth)}:${String(d.column).padEnd(columnWidth)}`,
          d.severity,
          d.message.replace(/\s*\n\s*/g, ' '),
          d.ruleId,
        ] as const,
    );
    const width = [1, 2].map((i) => Math.max(...rows.map((r) => r[i]!.length)));
    out += `\n${c.underline(file)}\n`;
    for (const [pos, severity, message, ruleId] of rows) {
      const cells = [c.dim(pos), paint[severity as Severity](severity.padEnd(width[0]!)), message.padEnd(width[1]!), c.dim(ruleId)];
      out += `  ${cells.join('  ')}\n`;
    }
  }

  const count = (s: Severity): number => diagnostics.filter((d) => d.severity === s).length;
  const errors = count('error');
  const warnings = count('warning');
  const infos = count('info');
  const parts = [plural(errors, 'error'), plural(warnings, 'warning')];
  if (infos > 0) parts.push(`${infos} info`);
  const summary = `\u2716 ${plural(diagnostics.length, 'problem')} (${parts.join(', ')})`;
  const tone = errors > 0 ? c.red : warnings > 0 ? c.yellow : c.blue;
  return `${out}\n${c.bold(tone(summary))}\n`;
};
