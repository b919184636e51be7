import { isScalar, Scalar } from 'yaml';
import { servicePointer, services } from '../../_compose.js';
import { nodeAt } from '../../_yaml.js';
import { defineRule } from '../../define-rule.js';

interface Options {
  fields: string[];
  quote: 'double' | 'single';
  mode: 'ambiguous' | 'all';
}

// YAML 1.1 (PyYAML, docker-compose v1) reads `22:22` as the base-60 number 1342; YAML 1.2 reads a string.
const sexagesimal = /^[-+]?[1-9][0-9_]*(:[0-5]?[0-9])+$/;

export default defineRule<Options>({
  meta: {
    id: 'style/port-quotes',
    description:
      'A short-syntax port is not quoted, and a YAML 1.1 reader takes it for a base-60 number (`22:22` is 1342).',
    severity: 'warning',
    scope: 'file',
    fixable: true,
    messages: { unquoted: '{{service}}: {{field}} entry {{port}} should be quoted' },
    schema: {
      type: 'object',
      properties: {
        fields: { type: 'array', items: { type: 'string', enum: ['ports', 'expose'] }, description: 'Lists to check.' },
        quote: { type: 'string', enum: ['double', 'single'], description: 'Quote style the fix writes.' },
        mode: {
          type: 'string',
          enum: ['ambiguous', 'all'],
          description: 'Report only entries a YAML 1.1 reader turns into a number (default), or every unquoted entry.',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { fields: ['ports'], quote: 'double', mode: 'ambiguous' },
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
          if (context.options.mode === 'ambiguous' && !sexagesimal.test(String(node.source ?? entry))) return;
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
