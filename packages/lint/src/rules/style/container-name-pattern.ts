import { servicePointer, services } from '../../_compose.js';
import { defineRule } from '../../define-rule.js';

interface Options {
  pattern: string;
}

export default defineRule<Options>({
  meta: {
    id: 'style/container-name-pattern',
    description: 'A container_name does not match the allowed pattern (Docker accepts `[a-zA-Z0-9][a-zA-Z0-9_.-]+`).',
    severity: 'error',
    scope: 'file',
    fixable: false,
    messages: { mismatch: '{{service}}: container_name {{name}} does not match {{pattern}}' },
    schema: {
      type: 'object',
      properties: { pattern: { type: 'string', description: 'Regular expression a container name must match.' } },
      additionalProperties: false,
    },
    defaultOptions: { pattern: '^[a-zA-Z0-9][a-zA-Z0-9_.-]+$' },
  },
  create(context) {
    const pattern = new RegExp(context.options.pattern);
    for (const [name, service] of services(context.target.data)) {
      const value = service.container_name;
      // A variable is checked once interpolated, not here.
      if (typeof value !== 'string' || value.includes('$') || pattern.test(value)) continue;
      context.report({
        messageId: 'mismatch',
        data: { service: name, name: value, pattern: context.options.pattern },
        pointer: servicePointer(name, 'container_name'),
        service: name,
      });
    }
  },
});
