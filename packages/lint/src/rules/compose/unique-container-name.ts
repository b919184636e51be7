import { servicePointer, services } from '../../_compose.js';
import { defineRule, noOptions } from '../../define-rule.js';

export default defineRule({
  meta: {
    id: 'compose/unique-container-name',
    description: 'Two services set the same container_name; Docker refuses to create the second container.',
    severity: 'error',
    scope: 'file',
    fixable: false,
    messages: { duplicate: '{{service}}: container_name {{name}} is already used by service {{other}}' },
    ...noOptions,
  },
  create(context) {
    const seen = new Map<string, string>();
    for (const [name, service] of services(context.target.data)) {
      if (typeof service.container_name !== 'string') continue;
      const other = seen.get(service.container_name);
      if (other === undefined) {
        seen.set(service.container_name, name);
        continue;
      }
      context.report({
        messageId: 'duplicate',
        data: { service: name, name: service.container_name, other },
        pointer: servicePointer(name, 'container_name'),
        service: name,
      });
    }
  },
});
