import { environment, environmentPointer } from '../../_compose.js';
import { productionServices } from '../../_pair.js';
import { defineRule, noOptions } from '../../define-rule.js';

const truthy = /^(1|true|yes|on)$/i;
const development = /^(dev|development|local)$/i;

// Each variable and the values that switch an application into debug or development mode.
const checks: [RegExp, RegExp][] = [
  [/^(DEBUG|DJANGO_DEBUG|FLASK_DEBUG|APP_DEBUG|TEMPLATE_DEBUG|WP_DEBUG)$/, truthy],
  [/^(NODE_ENV|FLASK_ENV|RAILS_ENV|RACK_ENV|APP_ENV|MIX_ENV|ASPNETCORE_ENVIRONMENT|DOTNET_ENVIRONMENT|GO_ENV)$/, development],
  [/^SPRING_PROFILES_ACTIVE$/, /(^|,)\s*(dev|development|local)\s*(,|$)/i],
];

export default defineRule({
  meta: {
    id: 'prod/debug',
    description: 'A production service turns on debug or development mode through its environment.',
    severity: 'error',
    scope: 'target',
    fixable: false,
    messages: { debug: '{{service}}: {{key}}={{value}} in production target {{target}}' },
    ...noOptions,
  },
  create(context) {
    const { target } = context;
    for (const [name, service] of productionServices(target)) {
      for (const [key, value] of environment(service)) {
        if (value === null || value.includes('$')) continue;
        if (!checks.some(([k, v]) => k.test(key) && v.test(value.trim()))) continue;
        context.report({
          messageId: 'debug',
          data: { service: name, key, value, target: target.name },
          pointer: environmentPointer(name, service, key),
          service: name,
        });
      }
    }
  },
});
