import type { RuleInfo } from './_types.js';

/** The project's home, named in help links and in SARIF's tool information. */
export const REPOSITORY = 'https://github.com/compose-gen/compose-gen';
/** Where each lint rule's page lives: `docs/rules/<rule id>.md` in the project repository. */
export const RULE_DOCS_URL = `${REPOSITORY}/blob/main/docs/rules/`;
const COMPOSE_SPEC_URL = 'https://github.com/compose-spec/compose-spec/blob/main/spec.md';

// Checks of the format itself carry ids by family (`yaml/syntax`, `schema/type`, ...): one help text per family,
// linking to the Compose Specification they enforce; config and loader problems link to the project's README.
const families: Record<string, RuleInfo> = {
  yaml: { description: 'The file must be well-formed YAML holding one mapping, without duplicate keys or runaway aliases.', helpUri: COMPOSE_SPEC_URL },
  schema: { description: 'The value must match the Compose Specification: known keys, the right types, allowed values.', helpUri: COMPOSE_SPEC_URL },
  ref: { description: 'A name used in the file must be defined: services, networks, volumes, secrets and configs.', helpUri: COMPOSE_SPEC_URL },
  semantic: { description: 'The file must make sense as a whole: no dependency cycles, no clashing ports or container names.', helpUri: COMPOSE_SPEC_URL },
  interpolate: { description: 'Each ${VARIABLE} must be well formed and, when marked required, set.', helpUri: COMPOSE_SPEC_URL },
  loader: { description: 'Every file the project names (compose files, env files, extends and include targets) must load.', helpUri: `${REPOSITORY}#readme` },
  config: { description: 'The compose.config.ts must describe valid targets and services.', helpUri: `${REPOSITORY}#readme` },
};

/** Help for a rule id: the caller's catalogue (lint rules, with their docs page) first, then the family text. */
export function ruleInfo(id: string, catalogue?: ReadonlyMap<string, RuleInfo>): RuleInfo {
  const known = catalogue?.get(id);
  if (known) return { description: known.description, helpUri: known.helpUri ?? `${RULE_DOCS_URL}${id}.md` };
  const family = families[id.split('/', 1)[0] ?? ''];
  return family ?? { description: `Reported by compose-gen as ${id}.`, helpUri: `${REPOSITORY}#readme` };
}
