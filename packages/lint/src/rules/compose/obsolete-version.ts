import { isMap } from 'yaml';
import { isObject } from '../../_compose.js';
import { deletePair } from '../../_yaml.js';
import { defineRule, noOptions } from '../../define-rule.js';

export default defineRule({
  meta: {
    id: 'compose/obsolete-version',
    description: 'The top-level `version` is obsolete: Compose ignores it and prints a warning.',
    severity: 'info',
    scope: 'file',
    fixable: true,
    messages: { obsolete: '`version` is obsolete and ignored by Compose; remove it' },
    ...noOptions,
  },
  create(context) {
    if (!isObject(context.target.data) || !('version' in context.target.data)) return;
    context.report({
      messageId: 'obsolete',
      pointer: '/version',
      key: true,
      fix: (document) => {
        if (isMap(document.contents)) deletePair(document.contents, 'version');
      },
    });
  },
});
