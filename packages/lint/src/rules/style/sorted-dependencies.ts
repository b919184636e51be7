import { dependencies, servicePointer, services } from '../../_compose.js';
import { byText, firstOutOfOrder, sortFix } from '../../_order.js';
import { defineRule, noOptions } from '../../define-rule.js';

export default defineRule({
  meta: {
    id: 'style/sorted-dependencies',
    description: 'A service lists its depends_on entries out of alphabetical order.',
    severity: 'warning',
    scope: 'file',
    fixable: true,
    optIn: true,
    messages: { order: '{{service}}: dependency {{dependency}} should come before {{previous}}' },
    ...noOptions,
  },
  create(context) {
    for (const [name, service] of services(context.target.data)) {
      const deps = dependencies(service);
      const at = firstOutOfOrder(deps, byText);
      if (at < 0) continue;
      const list = Array.isArray(service.depends_on);
      context.report({
        messageId: 'order',
        data: { service: name, dependency: deps[at] ?? '', previous: deps[at - 1] ?? '' },
        pointer: servicePointer(name, 'depends_on', list ? at : (deps[at] ?? '')),
        key: !list,
        service: name,
        fix: sortFix(['services', name, 'depends_on'], byText),
      });
    }
  },
});
