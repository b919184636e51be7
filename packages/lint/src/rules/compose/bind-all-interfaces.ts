import { servicePointer, services } from '../../_compose.js';
import { parsePort } from '../../_ports.js';
import { defineRule, noOptions } from '../../define-rule.js';

export default defineRule({
  meta: {
    id: 'compose/bind-all-interfaces',
    description: 'A published port names no host address, so it listens on every network interface of the host.',
    severity: 'warning',
    scope: 'file',
    fixable: false,
    optIn: true,
    messages: { unbound: '{{service}}: port {{port}} listens on all host interfaces; prefix it with an address such as 127.0.0.1' },
    ...noOptions,
  },
  create(context) {
    for (const [name, service] of services(context.target.data)) {
      if (!Array.isArray(service.ports)) continue;
      service.ports.forEach((entry, index) => {
        const port = parsePort(entry);
        // A port without a host part is still published, on a random host port of every interface.
        if (!port || (port.host_ip !== undefined && port.host_ip !== '')) return;
        context.report({
          messageId: 'unbound',
          data: { service: name, port: port.published === undefined ? port.target : `${port.published}:${port.target}` },
          pointer: servicePointer(name, 'ports', index),
          service: name,
        });
      });
    }
  },
});
