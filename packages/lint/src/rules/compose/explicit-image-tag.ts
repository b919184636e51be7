import { servicePointer, services } from '../../_compose.js';
import { isVariableOnly, parseImage } from '../../_image.js';
import { defineRule } from '../../define-rule.js';

interface Options {
  prohibited: string[];
}

export default defineRule<Options>({
  meta: {
    id: 'compose/explicit-image-tag',
    description: 'An image is pulled without a tag, or by a tag that moves (`latest`), so two pulls may differ.',
    severity: 'warning',
    scope: 'file',
    fixable: false,
    messages: {
      noTag: '{{service}}: image {{image}} has no tag; name a version',
      moving: '{{service}}: image {{image}} uses the moving tag {{tag}}; name a version',
    },
    schema: {
      type: 'object',
      properties: { prohibited: { type: 'array', items: { type: 'string' }, description: 'Tags that do not pin anything.' } },
      additionalProperties: false,
    },
    defaultOptions: { prohibited: ['latest'] },
  },
  create(context) {
    for (const [name, service] of services(context.target.data)) {
      const image = service.image;
      // An image next to `build` names the build's result, which has no version to pin.
      if (typeof image !== 'string' || service.build !== undefined || isVariableOnly(image)) continue;
      const { tag, digest } = parseImage(image);
      if (digest !== undefined) continue;
      const pointer = servicePointer(name, 'image');
      if (tag === undefined) context.report({ messageId: 'noTag', data: { service: name, image }, pointer, service: name });
      else if (context.options.prohibited.includes(tag)) {
        context.report({ messageId: 'moving', data: { service: name, image, tag }, pointer, service: name });
      }
    }
  },
});
