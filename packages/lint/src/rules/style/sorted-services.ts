import { isObject } from '../../_compose.js';
import { byText, firstOutOfOrder, sortFix } from '../../_order.js';
import { servicePointer } from '../../_compose.js';
import { defineRule, noOptions } from '../../define-rule.js';

export default defineRule({
  meta: {
    id: 'style/sorted-services',
    description: 'Services are not in alphabetical order.',
    severity: 'warning',
    scope: 'file',
    fixable: true,
    optIn: true,
    messages: { order: '{{service}} should come before {{previous}} (services in alphabetical order)' },
    ...noOptions,
  },
  create(context) {
    const data = context.target.data;
    if (!isObject(data) || !isObject(data.services)) return;
    const names = Object.keys(data.services);
    const at = firstOutOfOrder(names, byText);
    if (at < 0) return;
    const service = names[at] ?? '';
    context.report({
      messageId: 'order',
      data: { service, previous: names[at - 1] ?? '' },
      pointer: servicePointer(service),
      key: true,
      service,
      fix: sortFix(['services'], byText),
    });
  },
});
