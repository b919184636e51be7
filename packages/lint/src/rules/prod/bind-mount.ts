import { servicePointer } from '../../_compose.js';
import { productionServices } from '../../_pair.js';
import { parseMount } from '../../_volumes.js';
import { defineRule } from '../../define-rule.js';

interface Options {
  allowReadOnly: boolean;
  allowConfigFiles: boolean;
  allowAbsolute: boolean;
  allow: string[];
  allowTargets: string[];
}

// A single configuration file deployed beside the image is a choice; a source tree mounted over the image is not.
// Package manifests end in .json too, but they are part of the source the image should carry.
const manifest = /(^|\/)(package(-lock)?|composer|tsconfig|deno)\.json$/;
const configFile = /(\.(conf|config|cfg|ini|toml|ya?ml|json|properties|env)|\/(Caddyfile|nginx\.conf))$/i;

export default defineRule<Options>({
  meta: {
    id: 'prod/bind-mount',
    description: 'A production service mounts a writable directory of the checkout instead of using its image.',
    severity: 'warning',
    scope: 'target',
    fixable: false,
    messages: {
      bind: '{{service}}: bind mount {{source}} -> {{target}} in production target {{targetName}}; ship the files in the image or use a named volume',
    },
    schema: {
      type: 'object',
      properties: {
        allowReadOnly: { type: 'boolean', description: 'Accept read-only bind mounts (configuration files).' },
        allowAbsolute: { type: 'boolean', description: 'Accept absolute and home (~) host paths, which are chosen on purpose.' },
        allowConfigFiles: {
          type: 'boolean',
          description: 'Accept a single configuration file (.conf, .yml, .json, .toml, .ini, Caddyfile, ...).',
        },
        allow: { type: 'array', items: { type: 'string' }, description: 'Host paths that may always be mounted.' },
        allowTargets: {
          type: 'array',
          items: { type: 'string' },
          description: 'Container path prefixes that may receive bind mounts (configuration folders).',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { allowReadOnly: true, allowConfigFiles: true, allowAbsolute: true, allow: ['/var/run/docker.sock'], allowTargets: ['/etc/'] },
  },
  create(context) {
    const { target, options } = context;
    for (const [name, service] of productionServices(target)) {
      const volumes = Array.isArray(service.volumes) ? service.volumes : [];
      volumes.forEach((entry, index) => {
        const mount = parseMount(entry);
        if (!mount || mount.type !== 'bind' || mount.source === undefined) return;
        // A source given by a variable is chosen per deployment, outside the checkout's control.
        if (options.allow.includes(mount.source) || mount.source.startsWith('$')) return;
        if (options.allowReadOnly && mount.readOnly) return;
        if (options.allowAbsolute && /^[/~]/.test(mount.source)) return;
        if (options.allowConfigFiles && configFile.test(mount.source) && !manifest.test(mount.source)) return;
        // A configuration file dropped into /etc is deployed with the checkout on purpose; source code is not.
        if (options.allowTargets.some((prefix) => mount.target.startsWith(prefix))) return;
        context.report({
          messageId: 'bind',
          data: { service: name, source: mount.source, target: mount.target, targetName: target.name },
          pointer: servicePointer(name, 'volumes', index),
          service: name,
        });
      });
    }
  },
});
