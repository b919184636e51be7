import { environment, environmentPointer } from '../../_compose.js';
import { productionServices } from '../../_pair.js';
import { defineRule } from '../../define-rule.js';

interface Options {
  pattern: string;
  ignore: string[];
}

// Keys that name a secret's file, a switch or a policy rather than the secret itself.
const notSecret = /_FILE$|_PATH$|ALLOW_EMPTY_PASSWORD|RANDOM_ROOT_PASSWORD|_AUTH_METHOD$|_EXPIRE|_TTL$|_LENGTH$|_ALGORITHM$|_HEADER$|_URL$/i;

// `scheme://user:password@host`: a connection string carrying its password.
const urlPassword = /^[a-z][a-z0-9+.-]*:\/\/[^/:@\s]*:([^@\s]+)@/i;

export default defineRule<Options>({
  meta: {
    id: 'prod/plaintext-secret',
    description: 'A production service writes a password, token or key into the file as a literal value.',
    severity: 'error',
    scope: 'target',
    fixable: false,
    messages: {
      literal: '{{service}}: {{key}} has a literal value in production target {{target}}; use ${{{key}}} or a secret',
      url: '{{service}}: {{key}} holds a URL with a literal password in production target {{target}}; take the password from a variable',
    },
    schema: {
      type: 'object',
      properties: {
        pattern: { type: 'string', description: 'Regular expression (case-insensitive) of secret-looking keys.' },
        ignore: { type: 'array', items: { type: 'string' }, description: 'Keys that are not secrets.' },
      },
      additionalProperties: false,
    },
    defaultOptions: { pattern: 'PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_KEY|ACCESS_KEY|CREDENTIALS?|(^|_)PASS$', ignore: [] },
  },
  create(context) {
    const { target, options } = context;
    const secret = new RegExp(options.pattern, 'i');
    for (const [name, service] of productionServices(target)) {
      for (const [key, value] of environment(service)) {
        if (value === null || value.trim() === '' || options.ignore.includes(key)) continue;
        const password = urlPassword.exec(value)?.[1];
        const inUrl = password !== undefined && !password.includes('$');
        if (!inUrl && (!secret.test(key) || notSecret.test(key) || value.includes('$'))) continue;
        // The value is never printed: the finding ends up in CI logs.
        context.report({
          messageId: inUrl ? 'url' : 'literal',
          data: { service: name, key, target: target.name },
          pointer: environmentPointer(name, service, key),
          service: name,
        });
      }
    }
  },
});
