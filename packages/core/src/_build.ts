import type { Severity } from '@compose-gen/spec';
import type { ComposeConfig } from './config.js';
import { clean, isMapping, mergeOverride, own, setDefined } from './merge.js';
import { isAppend } from './markers.js';
import { refFields, refMessage, refsOf, sectionOf, unchecked, type Kind } from './_refs-runtime.js';

/** A finding of the build step, before it becomes a Diagnostic. */
export interface Finding {
  ruleId: string;
  message: string;
  path: (string | number)[];
  service?: string;
  /** True when the finding holds for the config as a whole, whatever target is being resolved. */
  configWide?: boolean;
  severity?: Severity;
}

export const sections = ['services', 'networks', 'volumes', 'secrets', 'configs'] as const;
export type SectionName = (typeof sections)[number];
const kindOf: Record<SectionName, Kind> = {
  services: 'service',
  networks: 'network',
  volumes: 'volume',
  secrets: 'secret',
  configs: 'config',
};

export interface BuildContext {
  target: string;
  targets: ReadonlySet<string>;
  findings: Finding[];
}

function inTarget(entry: Record<string, unknown>, path: (string | number)[], ctx: BuildContext): boolean {
  const only = entry.only;
  if (only === undefined) return true;
  if (!Array.isArray(only)) {
    ctx.findings.push({
      ruleId: 'config/invalid',
      message: '`only` must be a list of target names',
      path: [...path, 'only'],
      configWide: true,
    });
    return true;
  }
  only.forEach((t, i) => {
    if (typeof t !== 'string' || !ctx.targets.has(t)) {
      ctx.findings.push({
        ruleId: 'config/unknown-target',
        message: `target '${String(t)}' is not declared in targets`,
        path: [...path, 'only', i],
        configWide: true,
      });
    }
  });
  return only.includes(ctx.target);
}

function mergeInto(
  value: unknown,
  patch: unknown,
  path: (string | number)[],
  ctx: BuildContext,
  service?: string,
): unknown {
  const { value: merged, problems } = mergeOverride(value, patch);
  for (const p of problems)
    ctx.findings.push({
      ruleId: 'config/merge',
      message: p.message,
      path: [...path, ...p.path],
      ...(service === undefined ? {} : { service }),
    });
  return merged;
}

function checkOverrideTargets(
  entry: Record<string, unknown>,
  label: string,
  path: (string | number)[],
  ctx: BuildContext,
): void {
  if (!isMapping(entry.overrides)) return;
  for (const t of Object.keys(entry.overrides)) {
    if (!ctx.targets.has(t)) {
      ctx.findings.push({
        ruleId: 'config/unknown-target',
        message: `target '${t}' is not declared in targets`,
        path: [...path, 'overrides', t],
        configWide: true,
      });
    } else if (Array.isArray(entry.only) && !entry.only.includes(t)) {
      ctx.findings.push({
        ruleId: 'config/unused-override',
        message: `${label} is not defined in target '${t}'`,
        path: [...path, 'overrides', t],
        configWide: true,
      });
    }
  }
}

/** One entry as it stands in `ctx.target`: base, then the target's override, then `raw`, then the override's `raw`. */
function buildEntry(
  section: SectionName,
  name: string,
  entry: unknown,
  ctx: BuildContext,
): Record<string, unknown> | undefined {
  const path = [section, name];
  const service = section === 'services' ? name : undefined;
  if (entry === null || entry === undefined) return {};
  if (!isMapping(entry)) {
    ctx.findings.push({
      ruleId: 'config/invalid',
      message: `${kindOf[section]} '${name}' must be a mapping`,
      path,
      configWide: true,
      ...(service ? { service } : {}),
    });
    return undefined;
  }
  checkOverrideTargets(entry, `${kindOf[section]} '${name}'`, path, ctx);
  if (!inTarget(entry, path, ctx)) return undefined;
  const { only: _only, overrides, raw, ...body } = entry;
  const patch = isMapping(overrides) ? own(overrides, ctx.target) : undefined;
  let value = clean(body);
  let patchRaw: unknown;
  if (isMapping(patch)) {
    const { raw: r, ...patchBody } = patch;
    patchRaw = r;
    value = mergeInto(value, patchBody, [...path, 'overrides', ctx.target], ctx, service);
  }
  if (raw !== undefined) value = mergeInto(value, raw, [...path, 'raw'], ctx, service);
  if (patchRaw !== undefined)
    value = mergeInto(value, patchRaw, [...path, 'overrides', ctx.target, 'raw'], ctx, service);
  return isMapping(value) ? value : {};
}

/** The Compose model of one target, before schema validation. */
export function buildModel(config: ComposeConfig, ctx: BuildContext): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (config.name !== undefined) out.name = config.name;
  for (const section of sections) {
    const entries = config[section];
    if (entries === undefined) continue;
    if (!isMapping(entries)) {
      ctx.findings.push({
        ruleId: 'config/invalid',
        message: `\`${section}\` must be a mapping of names to entries`,
        path: [section],
        configWide: true,
      });
      continue;
    }
    const built: Record<string, unknown> = {};
    for (const [name, entry] of Object.entries(entries)) {
      const value = buildEntry(section, name, entry, ctx);
      setDefined(built, name, value);
    }
    if (Object.keys(built).length > 0) out[section] = built;
  }
  if (config.raw === undefined) return out;
  const merged = mergeInto(out, config.raw, ['raw'], ctx);
  return isMapping(merged) ? merged : out;
}

/** Every reference a service makes in `ctx.target`, checked against what that target's model defines. */
export function checkReferences(config: ComposeConfig, model: Record<string, unknown>, ctx: BuildContext): void {
  const services = isMapping(config.services) ? config.services : {};
  const present = isMapping(model.services) ? model.services : {};
  for (const [name, entry] of Object.entries(services)) {
    if (!isMapping(entry) || !Object.hasOwn(present, name)) continue;
    const patch = isMapping(entry.overrides) ? own(entry.overrides, ctx.target) : undefined;
    for (const field of refFields) {
      const own = isMapping(patch) ? patch[field] : undefined;
      const overridePath = ['services', name, 'overrides', ctx.target, field];
      const uses =
        own === undefined || isAppend(own)
          ? refsOf(field, entry[field], ['services', name, field])
          : refsOf(field, own, overridePath);
      if (isAppend(own)) uses.push(...refsOf(field, clean(own), overridePath));
      for (const use of uses) {
        const section = sectionOf[use.kind];
        const defined = isMapping(model[section]) ? (model[section] as Record<string, unknown>) : {};
        if (unchecked(use) || Object.hasOwn(defined, use.name)) continue;
        const declared =
          (isMapping(config[section]) && Object.hasOwn(config[section], use.name)) ||
          (isMapping(config.raw) && isMapping(config.raw[section]) && Object.hasOwn(config.raw[section], use.name));
        // A name declared nowhere, used by the base entry, is the same problem in every target: said once.
        const configWide = !declared && use.path[2] !== 'overrides';
        ctx.findings.push({
          ruleId: `config/undefined-${use.kind}`,
          message: refMessage(use, declared, ctx.target),
          path: use.path,
          service: name,
          ...(configWide ? { configWide } : {}),
        });
      }
    }
  }
}

// `KEY: null` asks Compose to take the value from the shell; render drops nulls, so say how to keep that intent.
export function nullFindings(model: Record<string, unknown>): Finding[] {
  const findings: Finding[] = [];
  const services = isMapping(model.services) ? model.services : {};
  for (const [name, service] of Object.entries(services)) {
    if (isMapping(service)) findings.push(...nullsIn(service, name));
  }
  return findings;
}

function nullsIn(service: Record<string, unknown>, name: string): Finding[] {
  const findings: Finding[] = [];
  for (const field of ['environment', 'labels', 'annotations', 'sysctls'] as const) {
    const map = service[field];
    if (!isMapping(map)) continue;
    for (const [key, value] of Object.entries(map)) {
      if (value !== null) continue;
      const message = `${field} '${key}' is null, which the generated file leaves out: write '\${${key}}' to pass it through, or remove() it`;
      findings.push({
        ruleId: 'config/null-value',
        severity: 'warning',
        message,
        path: ['services', name, field, key],
        service: name,
      });
    }
  }
  return findings;
}
