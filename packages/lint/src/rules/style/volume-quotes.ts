import { isScalar, Scalar } from 'yaml';
import { servicePointer, services } from '../../_compose.js';
import { nodeAt } from '../../_yaml.js';
import { defineRule, noOptions } from '../../define-rule.js';

// Plain YAML cannot start with an indicator nor hold `: ` or ` #`; such a value keeps its quotes.
function canBePlain(text: string): boolean {
  return text !== '' && !/^[\s\-?:,[\]{}#&*!|>'"%@`]/.test(text) && !/: |\s#|:$|\s$/.test(text);
}

export default defineRule({
  meta: {
    id: 'style/volume-quotes',
    description: 'A short-syntax volume is quoted although it needs no quotes.',
    severity: 'warning',
    scope: 'file',
    fixable: true,
    messages: { quoted: '{{service}}: volume {{volume}} needs no quotes' },
    ...noOptions,
  },
  create(context) {
    const document = context.source?.parsed.document;
    if (!document) return;
    for (const [name, service] of services(context.target.data)) {
      if (!Array.isArray(service.volumes)) continue;
      service.volumes.forEach((entry, index) => {
        const path = ['services', name, 'volumes', index];
        const node = nodeAt(document, path);
        if (typeof entry !== 'string' || !isScalar(node) || !canBePlain(entry)) return;
        if (node.type !== Scalar.QUOTE_DOUBLE && node.type !== Scalar.QUOTE_SINGLE) return;
        context.report({
          messageId: 'quoted',
          data: { service: name, volume: entry },
          pointer: servicePointer(name, 'volumes', index),
          service: name,
          fix: (doc) => {
            const target = nodeAt(doc, path);
            if (isScalar(target)) target.type = Scalar.PLAIN;
          },
        });
      });
    }
  },
});
