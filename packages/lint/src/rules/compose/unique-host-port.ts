import { servicePointer, services } from '../../_compose.js';
import { parsePort, portRange } from '../../_ports.js';
import { defineRule, noOptions } from '../../define-rule.js';

const anyAddress = new Set(['', '0.0.0.0', '::', '[::]']);

export default defineRule({
  meta: {
    id: 'compose/unique-host-port',
    description: 'Two port mappings publish the same host port and protocol; the second container cannot start.',
    severity: 'error',
    scope: 'file',
    fixable: false,
    messages: { duplicate: '{{service}}: host port {{port}} is already published by service {{other}}' },
    ...noOptions,
  },
  create(context) {
    const taken = new Map<string, { service: string; ip: string }[]>();
    for (const [name, service] of services(context.target.data)) {
      if (!Array.isArray(service.ports)) continue;
      service.ports.forEach((entry, index) => {
        const port = parsePort(entry);
        const numbers = port?.published === undefined ? undefined : portRange(port.published);
        if (!port || !numbers) return;
        const ip = port.host_ip ?? '';
        for (const n of numbers) {
          const key = `${n}/${port.protocol}`;
          const holders = taken.get(key) ?? [];
          // Two specific addresses only clash when equal; the wildcard address clashes with everything.
          const clash = holders.find((h) => h.ip === ip || anyAddress.has(h.ip) || anyAddress.has(ip));
          if (clash) {
            context.report({
              messageId: 'duplicate',
              data: { service: name, port: `${n}/${port.protocol}`, other: clash.service },
              pointer: servicePointer(name, 'ports', index),
              service: name,
            });
            return;
          }
          holders.push({ service: name, ip });
          taken.set(key, holders);
        }
      });
    }
  },
});
