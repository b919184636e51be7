import { servicePointer, services } from '../../_compose.js';
import { firstOutOfOrder, rankFix } from '../../_order.js';
import { keyText, nodeAt, pairsOf } from '../../_yaml.js';
import { defineRule } from '../../define-rule.js';

interface Options {
  order: string[];
}

// What the service is, what it needs, what it holds, how it is configured, reached, run and observed.
const defaultOrder = [
  'image', 'build', 'pull_policy', 'platform', 'container_name', 'hostname', 'profiles',
  'depends_on', 'links', 'external_links',
  'volumes', 'volumes_from', 'tmpfs', 'configs', 'secrets',
  'env_file', 'environment',
  'ports', 'expose', 'networks', 'network_mode', 'extra_hosts', 'dns', 'dns_search',
  'user', 'working_dir', 'entrypoint', 'command', 'init', 'tty', 'stdin_open', 'restart', 'healthcheck',
  'stop_signal', 'stop_grace_period', 'deploy', 'develop', 'logging', 'labels',
];

/** Listed keys by their position, then unlisted keys, then extensions (`x-*`). */
export function keyRank(order: readonly string[]) {
  return (key: string): number => {
    const i = order.indexOf(key);
    if (i >= 0) return i;
    return key.startsWith('x-') ? order.length + 1 : order.length;
  };
}

export default defineRule<Options>({
  meta: {
    id: 'style/service-key-order',
    description: 'The keys of a service are not in the agreed order.',
    severity: 'warning',
    scope: 'file',
    fixable: true,
    optIn: true,
    messages: { order: '{{service}}: key {{key}} should come before {{previous}}' },
    schema: {
      type: 'object',
      properties: { order: { type: 'array', items: { type: 'string' }, description: 'Keys in the order wanted.' } },
      additionalProperties: false,
    },
    defaultOptions: { order: defaultOrder },
  },
  create(context) {
    const rank = keyRank(context.options.order);
    const document = context.source?.parsed.document;
    for (const [name, service] of services(context.target.data)) {
      // Keys merged in through `<<` are not written here, so only the written ones are ordered.
      const written = document && pairsOf(nodeAt(document, ['services', name])).map(keyText);
      const keys = (written ?? Object.keys(service)).filter((k): k is string => k !== undefined && k !== '<<');
      const at = firstOutOfOrder(keys, (a, b) => rank(a) - rank(b));
      if (at < 0) continue;
      const key = keys[at] ?? '';
      context.report({
        messageId: 'order',
        data: { service: name, key, previous: keys[at - 1] ?? '' },
        pointer: servicePointer(name, key),
        key: true,
        service: name,
        fix: rankFix(['services', name], rank),
      });
    }
  },
});
