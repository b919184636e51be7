import type { Severity } from '@compose-gen/spec';
import { sortDiagnostics } from '@compose-gen/spec';
import { portablePath } from './_paths.js';
import { REPOSITORY, ruleInfo } from './_rules.js';
import type { Formatter } from './_types.js';

const level: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/**
 * SARIF 2.1.0, one run: the rules that fired (with help text and a link), then one result per diagnostic.
 * Regions without a known end cover one character, so viewers still highlight the spot.
 */
export const sarif: Formatter = (diagnostics, options) => {
  const sorted = sortDiagnostics(diagnostics);
  const ids = [...new Set(sorted.map((d) => d.ruleId))].sort();
  const rules = ids.map((id) => {
    const info = ruleInfo(id, options.rules);
    return {
      id,
      shortDescription: { text: info.description },
      help: { text: info.description },
      ...(info.helpUri ? { helpUri: info.helpUri } : {}),
    };
  });
  const results = sorted.map((d) => ({
    ruleId: d.ruleId,
    ruleIndex: ids.indexOf(d.ruleId),
    level: level[d.severity],
    message: { text: d.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: portablePath(d.file, options.cwd) },
          region: {
            startLine: d.line,
            startColumn: d.column,
            endLine: d.endLine ?? d.line,
            endColumn: d.endColumn ?? d.column + 1,
          },
        },
      },
    ],
  }));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'compose-gen',
            ...(options.version ? { version: options.version } : {}),
            informationUri: REPOSITORY,
            rules,
          },
        },
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
