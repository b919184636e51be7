import { servicePointer } from '../../_compose.js';
import { isKind } from '../../_kinds.js';
import { parsePort } from '../../_ports.js';
import { productionServices } from '../../_pair.js';
import { defineRule, noOptions } from '../../define-rule.js';

const loopback = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/;

export default defineRule({
  meta: {
    id: 'prod/published-datastore-port',
    description: 'A production datastore publishes its port on the host network interfaces.',
    severity: 'warning',
    scope: 'target',
    fixable: false,
    messages: {
      published: '{{service}}: datastore port {{port}} published on the host in production target {{target}}',
    },
    ...noOptions,
  },
  create(context) {
    const { target } = context;
    for (const [name, service] of productionServices(target)) {
      if (!isKind('datastore', name, service) || !Array.isArray(service.ports)) continue;
      service.ports.forEach((entry, index) => {
        const port = parsePort(entry);
        // Even a bare container port is published, on a random host port; a loopback binding stays on the host.
        if (!port || (port.host_ip && loopback.test(port.host_ip))) return;
        context.report({
          messageId: 'published',
          data: { service: name, port: port.published === undefined ? port.target : `${port.published}:${port.target}`, target: target.name },
          pointer: servicePointer(name, 'ports', index),
          service: name,
        });
      });
    }
  },
});
