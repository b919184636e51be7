import { servicePointer } from '../../_compose.js';
import { parseImage } from '../../_image.js';
import { sharedServices } from '../../_pair.js';
import { defineRule, noOptions } from '../../define-rule.js';

// An image whose tag comes from a variable may well resolve to the same reference: only the repositories compare.
function differs(a: string, b: string): boolean {
  if (!a.includes('$') && !b.includes('$')) return a !== b;
  const ra = parseImage(a).repository;
  const rb = parseImage(b).repository;
  return !ra.includes('$') && !rb.includes('$') && ra !== rb;
}

export default defineRule({
  meta: {
    id: 'drift/image',
    description: 'A service shared by two targets runs a different image in each.',
    severity: 'warning',
    scope: 'pair',
    fixable: false,
    messages: { differs: '{{service}}: image {{first}} in {{a}}, {{second}} in {{b}}' },
    ...noOptions,
  },
  create(context) {
    const [a, b] = context.targets;
    if (!a || !b) return;
    for (const [name, sa, sb] of sharedServices(a, b)) {
      if (typeof sa.image !== 'string' || typeof sb.image !== 'string' || !differs(sa.image, sb.image)) continue;
      // Built on both sides, `image` only names each build's result: what differs is the build, not a pulled image.
      if (sa.build !== undefined && sb.build !== undefined) continue;
      context.report({
        messageId: 'differs',
        data: { service: name, first: sa.image, a: a.name, second: sb.image, b: b.name },
        pointer: servicePointer(name, 'image'),
        service: name,
      });
    }
  },
});
