import type { Config, Network, Secret, Service, Volume } from '@compose-gen/spec';
import type { CheckConfig } from './_check.js';
import type { Append, Remove } from './markers.js';

/** Where a target is written: a file name, or the file plus whether the target runs in production. */
export type TargetSpec = string | { readonly file: string; readonly production?: boolean };

export type EnvMap = Readonly<Record<string, string | undefined>>;

/**
 * What the function form of a config receives. `target` is `undefined` on the one discovery call that
 * reads `targets`; then the function is called once per target with that target's name.
 */
export interface ComposeContext {
  readonly target: string | undefined;
  readonly env: EnvMap;
}

/** Plain Compose data merged as-is into the output (still schema-validated by resolve). */
export type RawFragment = { readonly [key: string]: unknown };

type AppendTo<V> = NonNullable<V> extends readonly (infer I)[] ? Append<readonly I[]> : never;

/** A per-target override: mappings merge by key, anything else replaces; `append()` extends, `remove()` deletes. */
export type Patch<E> = { [K in keyof E]?: E[K] | Remove | AppendTo<E[K]> } & { raw?: RawFragment };

/** The keys compose-gen adds to a Compose entry. They never reach the output. */
export interface EntryKeys<E> {
  /** The targets this entry exists in (all targets when absent). */
  only?: readonly string[];
  /** Changes for one target, merged over the entry. */
  overrides?: { readonly [target: string]: Patch<E> };
}

export type ServiceConfig = Service & EntryKeys<Service> & { raw?: RawFragment };
export type ResourceConfig<R> = R & EntryKeys<R>;

export type LintSeverity = 'off' | 'info' | 'warn' | 'error';
/** The `lint` section: read by @compose-gen/lint (see schemas/lint-config.schema.json). */
export interface LintSettings {
  rules?: { readonly [ruleId: string]: LintSeverity | readonly [LintSeverity, Readonly<Record<string, unknown>>?] };
  allow?: readonly { rule: string; service?: string; target?: string; reason: string }[];
  /** Which targets drift compares: each non-production against each production target (default), or every pair. */
  pairs?: 'production' | 'all';
}

/** The shape `defineCompose` accepts. Compose's own field names throughout; `only`, `overrides`, `raw` are ours. */
export interface ComposeConfig {
  /** Emitted as the top-level `name` only when set. */
  name?: string;
  targets: { readonly [name: string]: TargetSpec };
  services?: { readonly [name: string]: ServiceConfig };
  volumes?: { readonly [name: string]: ResourceConfig<NonNullable<Volume>> };
  networks?: { readonly [name: string]: ResourceConfig<NonNullable<Network>> };
  secrets?: { readonly [name: string]: ResourceConfig<Secret> };
  configs?: { readonly [name: string]: ResourceConfig<Config> };
  /** Top-level Compose data merged into every target's output. */
  raw?: RawFragment;
  lint?: LintSettings;
  /** Ask for a `.env.example` listing every variable the targets use (`true`), or name its file. */
  envExample?: boolean | string;
}

/** A config as exported from compose.config.ts: the object, or a function of the target and environment. */
export type ComposeInput<C extends ComposeConfig = ComposeConfig> = C | ((ctx: ComposeContext) => C);

/**
 * Declares a compose-gen config. Returns its argument unchanged: it exists so that TypeScript checks every
 * reference (`depends_on`, `networks`, `volumes`, `secrets`, ...) against what each target defines.
 */
export function defineCompose<const C extends ComposeConfig & CheckConfig<C>>(
  config: ComposeInput<C>,
): ComposeInput<C> {
  return config;
}
