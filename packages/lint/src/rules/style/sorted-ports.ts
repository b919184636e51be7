import { servicePointer, services } from '../../_compose.js';
import { firstOutOfOrder, sortFix } from '../../_order.js';
import { parsePort } from '../../_ports.js';
import { defineRule, noOptions } from '../../define-rule.js';

function text(entry: unknown): string {
  const port = parsePort(entry);
  return port ? `${port.published ?? ''}:${port.target}` : '';
}

/** Numbers order numerically (published port first, then target); ports given by a variable come first. */
function comparePorts(a: unknown, b: unknown): number {
  const pa = parsePort(a);
  const pb = parsePort(b);
  const key = (p: typeof pa): [number, number] => [
    Number.parseInt(p?.published ?? p?.target ?? '', 10),
    Number.parseInt(p?.target ?? '', 10),
  ];
  const [a1, a2] = key(pa);
  const [b1, b2] = key(pb);
  const num = (x: number, y: number): number => (Number.isNaN(y) ? 1 : 0) - (Number.isNaN(x) ? 1 : 0) || (x - y || 0);
  return num(a1, b1) || num(a2, b2) || text(a).localeCompare(text(b));
}

export default defineRule({
  meta: {
    id: 'style/sorted-ports',
    description: 'A service lists its ports out of numeric order.',
    severity: 'warning',
    scope: 'file',
    fixable: true,
    optIn: true,
    messages: { order: '{{service}}: port {{port}} should come before {{previous}}' },
    ...noOptions,
  },
  create(context) {
    for (const [name, service] of services(context.target.data)) {
      if (!Array.isArray(service.ports)) continue;
      const at = firstOutOfOrder(service.ports, comparePorts);
      if (at < 0) continue;
      context.report({
        messageId: 'order',
        data: { service: name, port: text(service.ports[at]), previous: text(service.ports[at - 1]) },
        pointer: servicePointer(name, 'ports', at),
        service: name,
        fix: sortFix(['services', name, 'ports'], comparePorts),
      });
    }
  },
});
