import { servicePointer, services, type Json } from '../../_compose.js';
import { isKind, type ServiceKind } from '../../_kinds.js';
import { defineRule, noOptions } from '../../define-rule.js';
import type { LintTarget } from '../../types.js';

// Which kind of service is expected to live in one side only: a local datastore or dev tool outside production,
// a reverse proxy in production.
function expectedKind(name: string, service: Json, present: LintTarget, absent: LintTarget): ServiceKind | undefined {
  const devSide = !present.production || absent.production;
  if (devSide && isKind('datastore', name, service)) return 'datastore';
  if (devSide && isKind('devTool', name, service)) return 'devTool';
  if ((present.production || !absent.production) && isKind('proxy', name, service)) return 'proxy';
  return undefined;
}

export default defineRule({
  meta: {
    id: 'drift/service-set',
    description: 'A service exists in one target and not in the other.',
    severity: 'warning',
    scope: 'pair',
    fixable: false,
    messages: {
      only: '{{service}}: defined in {{present}}, missing in {{absent}}',
      datastore: '{{service}}: datastore runs in {{present}} only, not in {{absent}}',
      proxy: '{{service}}: reverse proxy runs in {{present}} only, not in {{absent}}',
      devTool: '{{service}}: development tool runs in {{present}} only, not in {{absent}}',
      profile: '{{service}}: optional (profiles {{profiles}}) in {{present}}, missing in {{absent}}',
    },
    ...noOptions,
  },
  create(context) {
    const [a, b] = context.targets;
    if (!a || !b) return;
    const check = (present: LintTarget, absent: LintTarget): void => {
      const other = new Set(services(absent.data).map(([n]) => n));
      for (const [name, service] of services(present.data)) {
        if (other.has(name) || context.isTargetOnly(name)) continue;
        const kind = expectedKind(name, service, present, absent);
        const profiles = Array.isArray(service.profiles) ? service.profiles.map(String) : [];
        const messageId = kind ?? (profiles.length > 0 ? 'profile' : 'only');
        context.report({
          messageId,
          data: { service: name, present: present.name, absent: absent.name, profiles: profiles.join(', ') },
          pointer: servicePointer(name),
          key: true,
          service: name,
          target: present.name,
          ...(messageId === 'only' ? {} : { severity: 'info' as const }),
        });
      }
    };
    check(a, b);
    check(b, a);
  },
});
