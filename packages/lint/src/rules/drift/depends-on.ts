import { dependencies, servicePointer, services } from '../../_compose.js';
import { listText, sharedServices } from '../../_pair.js';
import { defineRule, noOptions } from '../../define-rule.js';

export default defineRule({
  meta: {
    id: 'drift/depends-on',
    description: 'A service depends on different services in two targets (ignoring services one target lacks).',
    severity: 'warning',
    scope: 'pair',
    fixable: false,
    messages: { differs: '{{service}}: depends on {{first}} in {{a}}, {{second}} in {{b}}' },
    ...noOptions,
  },
  create(context) {
    const [a, b] = context.targets;
    if (!a || !b) return;
    const inA = new Set(services(a.data).map(([n]) => n));
    const inB = new Set(services(b.data).map(([n]) => n));
    for (const [name, sa, sb] of sharedServices(a, b)) {
      // A dependency on a service the other target does not run cannot be drift: it could not be there.
      const da = new Set(dependencies(sa).filter((d) => inB.has(d)));
      const db = new Set(dependencies(sb).filter((d) => inA.has(d)));
      if (da.size === db.size && [...da].every((d) => db.has(d))) continue;
      context.report({
        messageId: 'differs',
        data: { service: name, first: listText(da), a: a.name, second: listText(db), b: b.name },
        pointer: sb.depends_on !== undefined ? servicePointer(name, 'depends_on') : servicePointer(name),
        key: sb.depends_on === undefined,
        service: name,
      });
    }
  },
});
