import { toPointer } from '@compose-gen/spec';
import { isObject } from '../../_compose.js';
import { firstOutOfOrder, rankFix } from '../../_order.js';
import { defineRule } from '../../define-rule.js';

interface Options {
  order: string[];
}

function rankOf(order: readonly string[]) {
  // Extensions carry the anchors the rest refers to, so by default they come first.
  const x = order.indexOf('x-*');
  return (key: string): number => {
    const i = order.indexOf(key);
    if (i >= 0) return i;
    if (key.startsWith('x-') && x >= 0) return x;
    return order.length;
  };
}

export default defineRule<Options>({
  meta: {
    id: 'style/top-level-key-order',
    description: 'The top-level keys are not in the agreed order.',
    severity: 'warning',
    scope: 'file',
    fixable: true,
    optIn: true,
    messages: { order: 'top-level key {{key}} should come before {{previous}}' },
    schema: {
      type: 'object',
      properties: {
        order: { type: 'array', items: { type: 'string' }, description: 'Keys in the order wanted; `x-*` stands for every extension.' },
      },
      additionalProperties: false,
    },
    defaultOptions: { order: ['x-*', 'version', 'name', 'include', 'services', 'networks', 'volumes', 'configs', 'secrets', 'models'] },
  },
  create(context) {
    const data = context.target.data;
    if (!isObject(data)) return;
    const rank = rankOf(context.options.order);
    const keys = Object.keys(data);
    const at = firstOutOfOrder(keys, (a, b) => rank(a) - rank(b));
    if (at < 0) return;
    const key = keys[at] ?? '';
    context.report({
      messageId: 'order',
      data: { key, previous: keys[at - 1] ?? '' },
      pointer: toPointer([key]),
      key: true,
      fix: rankFix([], rank),
    });
  },
});
