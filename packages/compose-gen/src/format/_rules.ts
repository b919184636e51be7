import type { RuleInfo } from './_types.js';

/** Where each rule's page lives: `docs/rules/<rule id>.md` in the project repository. */
export const RULE_DOCS_URL = 'https://github.com/compose-gen/compose-gen/blob/main/docs/rules/';

// Checks of the format itself carry ids by family (`yaml/syntax`, `schema/type`, ...): one help text per family.
const families: Record<string, string> = {
  yaml: 'The file must be well-formed YAML holding one mapping, without duplicate keys or runaway aliases.',
  schema: 'The value must match the Compose Specification: known keys, the right types, allowed values.',
  ref: 'A name used in the file must be defined: services, networks, volumes, secrets and configs.',
  semantic: 'The file must make sense as a whole: no dependency cycles, no clashing ports or container names.',
  load: 'Every file named by the project (compose files, env files, extends and include targets) must load.',
  interpolate: 'Each ${VARIABLE} must be well formed and, when marked required, set.',
  config: 'The compose.config.ts must describe valid targets and services.',
  drift: 'A service must not differ between targets in ways that break the production build.',
  prod: 'A production target must follow safe defaults.',
};

/** Help for a rule id: the caller's catalogue first, then the family text. */
export function ruleInfo(id: string, catalogue?: ReadonlyMap<string, RuleInfo>): RuleInfo {
  const known = catalogue?.get(id);
  const helpUri = `${RULE_DOCS_URL}${id}.md`;
  if (known) return { description: known.description, helpUri: known.helpUri ?? helpUri };
  const family = families[id.split('/', 1)[0] ?? ''];
  return { description: family ?? `Rule ${id}.`, helpUri };
}
