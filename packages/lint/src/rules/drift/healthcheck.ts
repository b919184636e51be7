import { isObject, servicePointer, type Json } from '../../_compose.js';
import { sharedServices } from '../../_pair.js';
import { defineRule, noOptions } from '../../define-rule.js';

/** The effective health test as text; undefined when the service has none or disables it. */
function healthTest(service: Json): string | undefined {
  const hc = service.healthcheck;
  if (!isObject(hc) || hc.disable === true) return undefined;
  const test = hc.test;
  if (Array.isArray(test)) {
    const [kind, ...rest] = test.map(String);
    if (kind === 'NONE') return undefined;
    return kind === 'CMD-SHELL' ? rest.join(' ') : test.map(String).join(' ');
  }
  return typeof test === 'string' ? test : '(inherited from the image)';
}

export default defineRule({
  meta: {
    id: 'drift/healthcheck',
    description: 'A service is health-checked in one target but not the other, or with a different test.',
    severity: 'warning',
    scope: 'pair',
    fixable: false,
    messages: {
      missing: '{{service}}: healthcheck in {{present}}, none in {{absent}}',
      differs: '{{service}}: healthcheck test `{{first}}` in {{a}}, `{{second}}` in {{b}}',
    },
    ...noOptions,
  },
  create(context) {
    const [a, b] = context.targets;
    if (!a || !b) return;
    for (const [name, sa, sb] of sharedServices(a, b)) {
      const ta = healthTest(sa);
      const tb = healthTest(sb);
      if (ta === tb) continue;
      if (ta !== undefined && tb !== undefined) {
        context.report({
          messageId: 'differs',
          data: { service: name, first: ta, a: a.name, second: tb, b: b.name },
          pointer: servicePointer(name, 'healthcheck', 'test'),
          service: name,
        });
        continue;
      }
      const [present, absent] = ta !== undefined ? [a, b] : [b, a];
      const pointer = servicePointer(name, 'healthcheck');
      context.report({
        messageId: 'missing',
        data: { service: name, present: present.name, absent: absent.name },
        pointer,
        key: true,
        service: name,
        target: present.name,
      });
    }
  },
});
