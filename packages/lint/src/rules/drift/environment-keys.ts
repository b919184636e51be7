import { environment, environmentPointer, envFileKeys, envFiles, servicePointer, type Json } from '../../_compose.js';
import { listText, sharedServices } from '../../_pair.js';
import { defineRule } from '../../define-rule.js';
import type { LintTarget, RuleContext } from '../../types.js';

interface Options {
  ignore: string[];
}

interface Keys {
  keys: Set<string>;
  /** env_file paths that could not be read: their keys are unknown. */
  unread: string[];
}

function keysOf(target: LintTarget, service: Json): Keys {
  const keys = new Set(environment(service).keys());
  const unread: string[] = [];
  for (const ref of envFiles(service)) {
    const text = target.readFile?.(ref.path);
    if (text === undefined) {
      if (ref.required) unread.push(ref.path);
      continue;
    }
    for (const key of envFileKeys(text)) keys.add(key);
  }
  return { keys, unread };
}

function reportUnread(context: RuleContext<Options>, name: string, target: LintTarget, unread: string[]): void {
  for (const path of unread) {
    context.report({
      messageId: 'unreadable',
      data: { service: name, path, target: target.name },
      pointer: servicePointer(name, 'env_file'),
      service: name,
      target: target.name,
      severity: 'info',
    });
  }
}

export default defineRule<Options>({
  meta: {
    id: 'drift/environment-keys',
    description: 'A service sets environment variables in one target that it does not set in the other.',
    severity: 'warning',
    scope: 'pair',
    fixable: false,
    messages: {
      missing: '{{service}}: environment {{keys}} set in {{present}}, not in {{absent}}',
      unreadable: '{{service}}: env_file {{path}} of {{target}} could not be read; its keys were not compared',
    },
    schema: {
      type: 'object',
      properties: { ignore: { type: 'array', items: { type: 'string' }, description: 'Keys expected to differ.' } },
      additionalProperties: false,
    },
    defaultOptions: { ignore: [] },
  },
  create(context) {
    const [a, b] = context.targets;
    if (!a || !b) return;
    const ignored = new Set(context.options.ignore);
    for (const [name, sa, sb] of sharedServices(a, b)) {
      const ka = keysOf(a, sa);
      const kb = keysOf(b, sb);
      reportUnread(context, name, a, ka.unread);
      reportUnread(context, name, b, kb.unread);
      const side = (present: LintTarget, p: Keys, ps: Json, absent: LintTarget, q: Keys, qs: Json): void => {
        // Keys missing from a side whose env_file could not be read may well be in that file.
        if (q.unread.length > 0) return;
        const missing = [...p.keys].filter((k) => !q.keys.has(k) && !ignored.has(k));
        if (missing.length === 0) return;
        const [firstKey = ''] = missing;
        const pointsAtAbsent = qs.environment !== undefined;
        context.report({
          messageId: 'missing',
          data: { service: name, keys: listText(missing), present: present.name, absent: absent.name },
          pointer: pointsAtAbsent ? servicePointer(name, 'environment') : environmentPointer(name, ps, firstKey),
          key: pointsAtAbsent,
          service: name,
          target: pointsAtAbsent ? absent.name : present.name,
        });
      };
      side(a, ka, sa, b, kb, sb);
      side(b, kb, sb, a, ka, sa);
    }
  },
});
