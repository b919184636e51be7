import type { RawNames } from './_check-fast.js';
import type { APPEND, Append } from './markers.js';

// Type-level reference checks. A value that names something the target lacks is mapped to a string literal
// that reads as a sentence, so TypeScript's "Type '"db"' is not assignable to type '"❌ ..."'" carries the reason.

export type Kind = 'service' | 'volume' | 'network' | 'secret' | 'config';
export interface SectionOf {
  service: 'services';
  volume: 'volumes';
  network: 'networks';
  secret: 'secrets';
  config: 'configs';
}

export type TargetsOf<C> = C extends { readonly targets: infer T } ? keyof T & string : never;
type Section<C, K extends Kind> = SectionOf[K] extends keyof C ? NonNullable<C[SectionOf[K]]> : {};

/** The targets an entry exists in: its `only` list, or every target. */
export type EntryTargets<E, All extends string> = E extends { readonly only: readonly (infer O)[] } ? O & All : All;

// `never` when `n` is fine in every target of `W`, the missing targets otherwise, `0` when `n` is not declared at all.
type Problem<C, K extends Kind, W extends string, N extends string> =
  N extends RawNames<C, K>
    ? never
    : N extends keyof Section<C, K>
      ? Exclude<W, EntryTargets<Section<C, K>[N], TargetsOf<C>>>
      : K extends 'network'
        ? N extends 'default'
          ? never
          : 0
        : 0;

export type Message<K extends Kind, N extends string, P> = P extends 0
  ? `❌ ${K} '${N}' is not declared in ${SectionOf[K]}`
  : `❌ ${K} '${N}' is not defined in target '${P & string}'`;

/** `V` when the name `N` it carries is available in targets `W`; the error sentence otherwise. */
export type Checked<C, K extends Kind, W extends string, N, V> = [N] extends [never]
  ? V
  : N extends string
    ? string extends N
      ? V
      : N extends `${string}$${string}`
        ? V
        : [Problem<C, K, W, N>] extends [never]
          ? V
          : Message<K, N, Problem<C, K, W, N>>
    : V;

type BeforeColon<S> = S extends `${infer N}:${string}` ? N : S;
type PathLike = '' | `${'.' | '/' | '~' | '$'}${string}` | `${string}/${string}` | `${string}\\${string}`;
type NamedVolume<S> = S extends `${infer N}:${string}` ? (N extends PathLike ? never : N) : never;

type ServiceList<C, W extends string, V> = V extends readonly unknown[]
  ? { [I in keyof V]: Checked<C, 'service', W, V[I], V[I]> }
  : V;
type DependsOn<C, W extends string, V> = V extends readonly unknown[]
  ? ServiceList<C, W, V>
  : V extends object
    ? { [P in keyof V]: Checked<C, 'service', W, P, V[P]> }
    : V;
type Links<C, W extends string, V> = V extends readonly unknown[]
  ? { [I in keyof V]: Checked<C, 'service', W, BeforeColon<V[I]>, V[I]> }
  : V;
type VolumesFrom<C, W extends string, V> = V extends readonly unknown[]
  ? { [I in keyof V]: V[I] extends `container:${string}` ? V[I] : Checked<C, 'service', W, BeforeColon<V[I]>, V[I]> }
  : V;
type ServiceMode<C, W extends string, V> = V extends `service:${infer N}` ? Checked<C, 'service', W, N, V> : V;
type Extends<C, W extends string, V> = V extends string
  ? Checked<C, 'service', W, V, V>
  : V extends { readonly file: string }
    ? V
    : V extends { readonly service: infer N }
      ? { [P in keyof V]: P extends 'service' ? Checked<C, 'service', W, N, V[P]> : V[P] }
      : V;
type Source<C, K extends Kind, W extends string, E> = E extends { readonly source: infer N }
  ? { [P in keyof E]: P extends 'source' ? Checked<C, K, W, N, E[P]> : E[P] }
  : E;
type Mounts<C, W extends string, V> = V extends readonly unknown[]
  ? {
      [I in keyof V]: V[I] extends string
        ? Checked<C, 'volume', W, NamedVolume<V[I]>, V[I]>
        : V[I] extends { readonly type: 'volume' }
          ? Source<C, 'volume', W, V[I]>
          : V[I];
    }
  : V;
type Networks<C, W extends string, V> = V extends readonly unknown[]
  ? { [I in keyof V]: Checked<C, 'network', W, V[I], V[I]> }
  : V extends object
    ? { [P in keyof V]: Checked<C, 'network', W, P, V[P]> }
    : V;
type FileRefs<C, K extends 'secret' | 'config', W extends string, V> = V extends readonly unknown[]
  ? { [I in keyof V]: V[I] extends string ? Checked<C, K, W, V[I], V[I]> : Source<C, K, W, V[I]> }
  : V;

/** The service fields that name other entries. */
export type RefField =
  | 'depends_on'
  | 'links'
  | 'extends'
  | 'network_mode'
  | 'ipc'
  | 'pid'
  | 'volumes_from'
  | 'volumes'
  | 'networks'
  | 'secrets'
  | 'configs';

type FieldCheck<C, F, W extends string, V> = F extends 'depends_on'
  ? DependsOn<C, W, V>
  : F extends 'links'
    ? Links<C, W, V>
    : F extends 'extends'
      ? Extends<C, W, V>
      : F extends 'network_mode' | 'ipc' | 'pid'
        ? ServiceMode<C, W, V>
        : F extends 'volumes_from'
          ? VolumesFrom<C, W, V>
          : F extends 'volumes'
            ? Mounts<C, W, V>
            : F extends 'networks'
              ? Networks<C, W, V>
              : F extends 'secrets'
                ? FileRefs<C, 'secret', W, V>
                : F extends 'configs'
                  ? FileRefs<C, 'config', W, V>
                  : V;

/** Checks the value of field `F` used in targets `W`; an `append(...)` has its items checked. */
export type CheckField<C, F, W extends string, V> =
  V extends Append<infer I> ? { readonly [APPEND]: FieldCheck<C, F, W, I> } : FieldCheck<C, F, W, V>;
