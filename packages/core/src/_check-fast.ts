import type { EntryTargets, Kind, TargetsOf } from './_check-refs.js';
import type { Append } from './markers.js';

// A cheap first pass: the names a value refers to, as `kind:name` strings, without building mapped types.
// Only when a name fails does the precise (and costlier) mapping of _check-refs.ts run, to place the error.

type Literal<N> = N extends string ? (string extends N ? never : N extends `${string}$${string}` ? never : N) : never;
type Ref<K extends Kind, N> = `${K}:${Literal<N>}`;
type Items<V> = V extends readonly (infer I)[] ? I : never;
type Keys<V> = V extends readonly unknown[] ? never : V extends object ? keyof V : never;
type BeforeColon<S> = S extends `${infer N}:${string}` ? N : S;
type PathLike = '' | `${'.' | '/' | '~' | '$'}${string}` | `${string}/${string}` | `${string}\\${string}`;
type MountRef<E> = E extends `${infer N}:${string}`
  ? N extends PathLike
    ? never
    : Ref<'volume', N>
  : E extends { readonly type: 'volume'; readonly source: infer N }
    ? Ref<'volume', N>
    : never;
type GrantRef<K extends Kind, E> = E extends string
  ? Ref<K, E>
  : E extends { readonly source: infer N }
    ? Ref<K, N>
    : never;

type RefsOfValue<F, V> = F extends 'depends_on'
  ? Ref<'service', Items<V> | Keys<V>>
  : F extends 'links'
    ? Ref<'service', BeforeColon<Items<V>>>
    : F extends 'volumes_from'
      ? Ref<'service', BeforeColon<Exclude<Items<V>, `container:${string}`>>>
      : F extends 'extends'
        ? V extends string
          ? Ref<'service', V>
          : V extends { readonly file: string }
            ? never
            : V extends { readonly service: infer N }
              ? Ref<'service', N>
              : never
        : F extends 'network_mode' | 'ipc' | 'pid'
          ? V extends `service:${infer N}`
            ? Ref<'service', N>
            : never
          : F extends 'volumes'
            ? MountRef<Items<V>>
            : F extends 'networks'
              ? Ref<'network', Exclude<Items<V> | Keys<V>, 'default'>>
              : F extends 'secrets'
                ? GrantRef<'secret', Items<V>>
                : F extends 'configs'
                  ? GrantRef<'config', Items<V>>
                  : never;

/** Every `kind:name` the value of field `F` refers to; an `append(...)` contributes its items. */
export type RefsOf<F, V> = V extends Append<infer I> ? RefsOfValue<F, I> : RefsOfValue<F, V>;

type Sections = { service: 'services'; volume: 'volumes'; network: 'networks'; secret: 'secrets'; config: 'configs' };
type Section<C, K extends Kind> = Sections[K] extends keyof C ? NonNullable<C[Sections[K]]> : {};

/** Names declared through top-level `raw`, which exist in every target. */
export type RawNames<C, K extends Kind> = C extends { readonly raw: infer R }
  ? Sections[K] extends keyof R
    ? keyof NonNullable<R[Sections[K]]>
    : never
  : never;

/** The references among `R` that fail in some target of `W`. */
export type Bad<C, W extends string, R> = R extends `${infer K extends Kind}:${infer N}`
  ? N extends RawNames<C, K>
    ? never
    : N extends keyof Section<C, K>
      ? [Exclude<W, EntryTargets<Section<C, K>[N], TargetsOf<C>>>] extends [never]
        ? never
        : R
      : R
  : never;
