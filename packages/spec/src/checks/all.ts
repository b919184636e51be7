import type { Diagnostic } from '../diagnostic.js';
import type { Check, CheckContext } from './context.js';
import { checkContainerNames } from './container-names.js';
import { checkDependsOnCycle } from './depends-on-cycle.js';
import { checkExclusiveKeys } from './exclusive-keys.js';
import { checkPortConflicts } from './ports.js';
import { checkResourceRefs } from './resource-refs.js';
import { checkServiceRefs } from './service-refs.js';
import { checkServiceShape } from './service-shape.js';

/** Every semantic check, by the family of rules it reports. */
export const semanticChecks: Record<string, Check> = {
  'service-refs': checkServiceRefs,
  'resource-refs': checkResourceRefs,
  'depends-on-cycle': checkDependsOnCycle,
  ports: checkPortConflicts,
  'exclusive-keys': checkExclusiveKeys,
  'service-shape': checkServiceShape,
  'container-names': checkContainerNames,
};

export function runChecks(model: Record<string, unknown>, ctx: CheckContext): Diagnostic[] {
  return Object.values(semanticChecks).flatMap((check) => check(model, ctx));
}
