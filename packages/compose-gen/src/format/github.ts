import type { Severity } from '@compose-gen/spec';
import { sortDiagnostics } from '@compose-gen/spec';
import { portablePath } from './_paths.js';
import type { Formatter } from './_types.js';

const command: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

// The runner splits a command on `::`, properties on `,` and values on `:`, and reads line ends as the end of it.
const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** GitHub Actions workflow commands: one annotation per line, shown on the pull request's diff. */
export const github: Formatter = (diagnostics, options) =>
  sortDiagnostics(diagnostics)
    .map((d) => {
      const props: [string, string | number | undefined][] = [
        ['file', portablePath(d.file, options.cwd)],
        ['line', d.line],
        ['endLine', d.endLine],
        ['col', d.column],
        ['endColumn', d.endColumn],
        ['title', d.ruleId],
      ];
      const list = props
        .filter((p): p is [string, string | number] => p[1] !== undefined)
        .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
        .join(',');
      return `::${command[d.severity]} ${list}::${escapeData(d.message)}\n`;
    })
    .join('');
