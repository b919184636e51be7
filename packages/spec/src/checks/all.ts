import type { Diagnostic } from '../diagnostic.js';
import type { Check, CheckContext } from './_context.js';

/** Every semantic check, by the family of rules it reports. */
export const semanticChecks: Record<string, Check> = {};

export function runChecks(model: Record<string, unknown>, ctx: CheckContext): Diagnostic[] {
  return Object.values(semanticChecks).flatMap((check) => check(model, ctx));
}
