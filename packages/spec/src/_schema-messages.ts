import type { Diagnostic } from './diagnostic.js';
import { diagnosticAt, type CheckContext } from './checks/context.js';
import { validateComposeSchema } from './types.js';
import { collapseErrors } from './_schema-messages-collapse.js';
import { renderSchemaError } from './_schema-messages-table.js';

/** Schema findings for plain data, one sentence each, at the line of the offending key or value. */
export function schemaDiagnostics(data: unknown, ctx: CheckContext): Diagnostic[] {
  const { valid, errors } = validateComposeSchema(data);
  if (valid) return [];
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const error of collapseErrors(errors)) {
    const finding = renderSchemaError(error, data);
    const id = `${finding.ruleId}|${finding.pointer}|${finding.message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(diagnosticAt(ctx, finding.ruleId, finding.pointer, finding.message, { key: finding.key }));
  }
  return out;
}
