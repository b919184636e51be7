import { servicePointer } from '../../_compose.js';
import { listText, sharedServices } from '../../_pair.js';
import { containerPorts } from '../../_ports.js';
import { defineRule, noOptions } from '../../define-rule.js';

export default defineRule({
  meta: {
    id: 'drift/container-port',
    description: 'A service listens on different container ports (ports and expose) in two targets.',
    severity: 'warning',
    scope: 'pair',
    fixable: false,
    messages: { differs: '{{service}}: container ports {{first}} in {{a}}, {{second}} in {{b}}' },
    ...noOptions,
  },
  create(context) {
    const [a, b] = context.targets;
    if (!a || !b) return;
    for (const [name, sa, sb] of sharedServices(a, b)) {
      const pa = containerPorts(sa);
      const pb = containerPorts(sb);
      // A target that declares no port says nothing about the port: only two declarations can disagree.
      if (pa.size === 0 || pb.size === 0) continue;
      if (pa.size === pb.size && [...pa].every((p) => pb.has(p))) continue;
      const field = sb.ports !== undefined ? 'ports' : 'expose';
      context.report({
        messageId: 'differs',
        data: { service: name, first: listText(pa), a: a.name, second: listText(pb), b: b.name },
        pointer: servicePointer(name, field),
        service: name,
      });
    }
  },
});
