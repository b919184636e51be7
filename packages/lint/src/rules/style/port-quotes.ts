import { isScalar, Scalar } from 'yaml';
import { servicePointer, services } from '../../_compose.js';
import { nodeAt } from '../../_yaml.js';
import { defineRule } from '../../define-rule.js';

interface Options {
  fields: string[];
  quote: 'double' | 'single';
}

export default defineRule<Options>({
  meta: {
    id: 'style/port-quotes',
    description:
      'A short-syntax port is not quoted; YAML 1.1 readers take `8080:80` for a base-60 number, and quoting keeps every entry a string.',
    severity: 'warning',
    scope: 'file',
    fixable: true,
    messages: { unquoted: '{{service}}: {{field}} entry {{port}} should be quoted' },
    schema: {
      type: 'object',
      properties: {
        fields: { type: 'array', items: { type: 'string', enum: ['ports', 'expose'] }, description: 'Lists to check.' },
        quote: { type: 'string', enum: ['double', 'single'], description: 'Quote style the fix writes.' },
      },
      additionalProperties: false,
    },
    defaultOptions: { fields: ['ports'], quote: 'double' },
  },
  create(context) {
    const document = context.source?.parsed.document;
    if (!document) return;
    const style = context.options.quote === 'single' ? Scalar.QUOTE_SINGLE : Scalar.QUOTE_DOUBLE;
    for (const [name, service] of services(context.target.data)) {
      for (const field of context.options.fields) {
        const list = service[field];
        if (!Array.isArray(list)) continue;
        list.forEach((entry, index) => {
          const path = ['services', name, field, index];
          const node = nodeAt(document, path);
          if (!isScalar(node) || (node.type !== Scalar.PLAIN && node.type !== undefined)) return;
          if (typeof entry !== 'string' && typeof entry !== 'number') return;
          context.report({
            messageId: 'unquoted',
            data: { service: name, field, port: String(node.source ?? entry) },
            pointer: servicePointer(name, field, index),
            service: name,
            fix: (doc) => {
              const target = nodeAt(doc, path);
              if (!isScalar(target)) return;
              target.value = String(target.source ?? target.value);
              target.type = style;
            },
          });
        });
      }
    }
  },
});
