import type { Diagnostic } from '../diagnostic.js';
import { quote, subjectOf } from '../_schema-messages-words.js';
import { diagnosticAt, type CheckContext } from './context.js';
import { deviceRequests, isInterpolated, isMapping, listItems, servicePointer, services, type Mapping } from './_model.js';

/** Mount types whose source is a host path or pipe, so it cannot be left out. */
const sourceRequired = new Set(['bind', 'npipe']);

/**
 * Per-service facts Compose checks after the schema: an image or a build to run (`service/no-image`),
 * a source for bind mounts (`mount/missing-source`), a device count that is a number or "all" (`deploy/device-count`).
 * `extends` and `provider` services get their image elsewhere.
 */
export function checkServiceShape(model: Mapping, ctx: CheckContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const [service, body] of services(model)) {
    if (body.image === undefined && body.build === undefined && body.extends === undefined && body.provider === undefined) {
      const message = `${subjectOf(servicePointer(service))} has neither image nor build, so Compose has nothing to run`;
      out.push(diagnosticAt(ctx, 'service/no-image', servicePointer(service), message, { key: true }));
    }
    for (const [index, mount] of listItems(body.volumes)) {
      if (!isMapping(mount) || typeof mount.type !== 'string' || !sourceRequired.has(mount.type)) continue;
      if (typeof mount.source === 'string' && mount.source !== '') continue;
      const pointer = servicePointer(service, 'volumes', index);
      out.push(diagnosticAt(ctx, 'mount/missing-source', pointer, `${subjectOf(pointer)} is a ${mount.type} mount without a source path`));
    }
    for (const [index, device] of listItems(deviceRequests(body))) {
      if (!isMapping(device) || typeof device.count !== 'string') continue;
      if (device.count === 'all' || /^\d+$/.test(device.count) || isInterpolated(device.count)) continue;
      const pointer = servicePointer(service, 'deploy', 'resources', 'reservations', 'devices', index, 'count');
      out.push(diagnosticAt(ctx, 'deploy/device-count', pointer, `${subjectOf(pointer)} must be a number or "all"; got ${quote(device.count)}`));
    }
  }
  return out;
}
