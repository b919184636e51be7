import { isObject } from '../../_compose.js';
import { defineRule, noOptions } from '../../define-rule.js';

export default defineRule({
  meta: {
    id: 'compose/project-name',
    description: 'The file sets no top-level `name`, so the project is named after its folder.',
    severity: 'warning',
    scope: 'file',
    fixable: false,
    optIn: true,
    messages: { missing: 'no top-level `name`: the project name depends on the folder the file sits in' },
    ...noOptions,
  },
  create(context) {
    const data = context.target.data;
    if (isObject(data) && typeof data.name === 'string' && data.name !== '') return;
    context.report({ messageId: 'missing', pointer: '' });
  },
});
