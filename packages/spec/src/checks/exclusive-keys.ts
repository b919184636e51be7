import { toPointer, type Diagnostic } from '../diagnostic.js';
import { quote, subjectOf } from '../_schema-messages-words.js';
import { diagnosticAt, type CheckContext } from './context.js';
import { deviceRequests, isMapping, listItems, servicePointer, services, type Mapping } from './_model.js';

/** What an external resource must not set: Compose creates nothing for it, so these options could not apply. */
const externalConflicts: Record<string, string[]> = {
  volumes: ['driver', 'driver_opts', 'labels'],
  networks: ['driver', 'driver_opts', 'ipam', 'internal', 'labels'],
  secrets: ['file', 'environment', 'content'],
  configs: ['file', 'environment', 'content'],
};

function isExternal(value: unknown): boolean {
  return value === true || isMapping(value);
}

function checkResources(model: Mapping, ctx: CheckContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const [section, forbidden] of Object.entries(externalConflicts)) {
    const entries = model[section];
    if (!isMapping(entries)) continue;
    for (const [name, body] of Object.entries(entries)) {
      if (!isMapping(body) || !isExternal(body.external)) continue;
      const subject = subjectOf(toPointer([section, name]));
      for (const key of forbidden.filter((k) => body[k] !== undefined)) {
        const message = `${subject} is external, so it cannot also set ${key}: Compose does not create it`;
        out.push(diagnosticAt(ctx, 'conflict/external-options', toPointer([section, name, key]), message, { key: true }));
      }
      const external = body.external;
      // The legacy external.name and the newer name say the same thing; two different values contradict.
      if (isMapping(external) && typeof external.name === 'string' && typeof body.name === 'string' && external.name !== body.name) {
        const message = `${subject} sets name ${quote(body.name)} and external.name ${quote(external.name)}; keep only name`;
        out.push(diagnosticAt(ctx, 'conflict/external-name', toPointer([section, name, 'external', 'name']), message, { key: true }));
      }
    }
  }
  return out;
}

function checkServices(model: Mapping, ctx: CheckContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const [service, body] of services(model)) {
    if (body.network_mode !== undefined && body.networks !== undefined) {
      const message = `${subjectOf(servicePointer(service))} sets both network_mode and networks, which exclude each other`;
      out.push(diagnosticAt(ctx, 'conflict/network-mode-networks', servicePointer(service, 'networks'), message, { key: true }));
    }
    for (const [index, device] of listItems(deviceRequests(body))) {
      if (!isMapping(device) || device.count === undefined || device.device_ids === undefined) continue;
      const pointer = servicePointer(service, 'deploy', 'resources', 'reservations', 'devices', index, 'device_ids');
      const message = `${subjectOf(pointer.replace(/\/device_ids$/, ''))} sets both count and device_ids; a device request picks devices one way or the other`;
      out.push(diagnosticAt(ctx, 'conflict/device-count-ids', pointer, message, { key: true }));
    }
  }
  return out;
}

/** `conflict/*`: keys the schema allows one by one but Compose refuses together. */
export function checkExclusiveKeys(model: Mapping, ctx: CheckContext): Diagnostic[] {
  return [...checkResources(model, ctx), ...checkServices(model, ctx)];
}
