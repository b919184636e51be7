import { servicePointer } from '../../_compose.js';
import { isVariableOnly, parseImage } from '../../_image.js';
import { productionServices } from '../../_pair.js';
import { defineRule, noOptions } from '../../define-rule.js';

export default defineRule({
  meta: {
    id: 'prod/unpinned-image',
    description:
      'A production service pulls an image by a floating tag (`lts`, `alpine`, `stable`) rather than a version or digest.',
    severity: 'warning',
    scope: 'target',
    fixable: false,
    messages: { floating: '{{service}}: image {{image}} in production target {{target}} follows a floating tag' },
    ...noOptions,
  },
  create(context) {
    const { target } = context;
    for (const [name, service] of productionServices(target)) {
      const image = service.image;
      // A built image is named by the build; a variable is pinned wherever it is set.
      if (typeof image !== 'string' || service.build !== undefined || isVariableOnly(image)) continue;
      const { tag, digest } = parseImage(image);
      // No tag and `latest` are compose/explicit-image-tag's findings, in every file.
      if (digest !== undefined || tag === undefined || tag === 'latest' || tag.includes('$') || /\d/.test(tag)) continue;
      context.report({
        messageId: 'floating',
        data: { service: name, image, target: target.name },
        pointer: servicePointer(name, 'image'),
        service: name,
      });
    }
  },
});
