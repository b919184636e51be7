import { isObject, servicePointer, services } from '../../_compose.js';
import { defineRule, noOptions } from '../../define-rule.js';

export default defineRule({
  meta: {
    id: 'prod/restart-policy',
    description: 'A production service has no restart policy, so it stays down after a crash or a reboot.',
    severity: 'warning',
    scope: 'target',
    fixable: false,
    messages: { missing: '{{service}}: no restart policy in production target {{target}}' },
    ...noOptions,
  },
  create(context) {
    const { target } = context;
    if (!target.production) return;
    const all = services(target.data);
    // Jobs that others wait for to complete are meant to stop.
    const jobs = new Set<string>();
    for (const [, service] of all) {
      if (!isObject(service.depends_on)) continue;
      for (const [dep, how] of Object.entries(service.depends_on)) {
        if (isObject(how) && how.condition === 'service_completed_successfully') jobs.add(dep);
      }
    }
    for (const [name, service] of all) {
      // A service behind a profile runs on demand (`docker compose run`), like a job.
      const onDemand = Array.isArray(service.profiles) && service.profiles.length > 0;
      if (service.restart !== undefined || jobs.has(name) || onDemand) continue;
      if (isObject(service.deploy) && service.deploy.restart_policy !== undefined) continue;
      context.report({
        messageId: 'missing',
        data: { service: name, target: target.name },
        pointer: servicePointer(name),
        key: true,
        service: name,
      });
    }
  },
});
