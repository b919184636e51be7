import type { Diagnostic } from '../diagnostic.js';
import { quote, subjectOf } from '../_schema-messages-words.js';
import { diagnosticAt, type CheckContext } from './context.js';
import { isInterpolated, servicePointer, services, type Mapping } from './_model.js';

/** `service/duplicate-container-name`: Docker refuses a second container with a name already taken. */
export function checkContainerNames(model: Mapping, ctx: CheckContext): Diagnostic[] {
  const owners = new Map<string, string>();
  const out: Diagnostic[] = [];
  for (const [service, body] of services(model)) {
    const name = body.container_name;
    if (typeof name !== 'string' || isInterpolated(name)) continue;
    const owner = owners.get(name);
    if (owner === undefined) {
      owners.set(name, service);
      continue;
    }
    const pointer = servicePointer(service, 'container_name');
    const message = `${subjectOf(pointer)} is ${quote(name)}, the container name ${subjectOf(servicePointer(owner))} already uses`;
    out.push(diagnosticAt(ctx, 'service/duplicate-container-name', pointer, message));
  }
  return out;
}
