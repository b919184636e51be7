import type { APPEND, Append, Remove } from './markers.js';

// Misspelt keys below the first level. The config's type is inferred from the literal, and an inferred type
// escapes TypeScript's excess-property check, so `healthcheck: { intervall: '10s' }` would pass as a value
// assignable to Compose's Healthcheck. Here a value is walked beside the shape of its Compose type: a key that
// no object member of that type declares (nor its `x-*` or open index signature) is an excess key.

type Obj<T> = Exclude<Extract<T, object>, readonly unknown[]>;
type Elem<T> = Extract<T, readonly unknown[]> extends readonly (infer I)[] ? I : never;
type KnownKeys<T> = T extends unknown ? keyof T : never;
type ValueAt<T, K> = T extends unknown ? (K extends keyof T ? T[K] : never) : never;

declare const ITEM: unique symbol;
type Item = typeof ITEM;

/**
 * A Compose type folded into one object: every key its object members declare, and under ITEM the shape of
 * its list items. `unknown` where Compose leaves the value open or wants no object at all (a wrong kind of
 * value is the ordinary assignability check's business). Used only on the fixed Compose types, so each shape
 * is built once, whatever the config.
 */
export type Shape<T> = unknown extends T
  ? unknown
  : [Obj<T> | Extract<T, readonly unknown[]>] extends [never]
    ? unknown
    : Fold<{ [K in KnownKeys<Obj<T>> | Item]: K extends Item ? Shape<Elem<T>> : Shape<ValueAt<Obj<T>, K>> }>;

// A dictionary or list whose values are all open (strings, say) has nothing to check: `unknown` stops the walk.
type Fold<S> = [keyof S] extends [Item]
  ? Open<S[Item & keyof S], S>
  : string extends keyof S
    ? unknown extends S[string & keyof S]
      ? Open<S[Item & keyof S], S>
      : S
    : S;
type Open<V, S> = unknown extends V ? unknown : S;

// The keys of a shape worth walking into: those whose values have keys of their own.
type Deep<N> = { [K in keyof N]-?: unknown extends N[K] ? never : K }[keyof N];

/** `never` when `V` has no excess key at any depth against shape `N`. */
export type ExcessIn<V, N> = unknown extends N
  ? never
  : V extends readonly unknown[]
    ? unknown extends N[Item & keyof N]
      ? never
      : ExcessIn<V[number], N[Item & keyof N]>
    : V extends object
      ? [keyof V] extends [keyof N]
        ? { [K in keyof V & Deep<N>]-?: ExcessIn<V[K], N[K & keyof N]> }[keyof V & Deep<N>]
        : true
      : never;

/** Whether any field of entry `S` has an excess key, each field walked beside its shape in `N`. */
export type FieldsExcess<S, N> = { [F in keyof S & Deep<N>]-?: ExcessIn<S[F], N[F]> }[keyof S & Deep<N>];

/** `ExcessIn` for a value of a target override, which may also be `append(...)` or `remove()`. */
export type PatchValueExcess<V, N> =
  V extends Append<infer I> ? ExcessIn<I, N> : V extends Remove ? never : ExcessIn<V, N>;

/** The same for a target override. */
export type PatchExcess<P, N> = { [F in keyof P & Deep<N>]-?: PatchValueExcess<P[F], N[F]> }[keyof P & Deep<N>];

type ExactValue<V, N, Path extends string> = V extends Remove
  ? V
  : V extends Append<infer I>
    ? { readonly [APPEND]: Exact<I, N, Path> }
    : V extends readonly unknown[]
      ? { [I in keyof V]: Exact<V[I], N[Item & keyof N], Path> }
      : {
          [K in keyof V]: K extends keyof N
            ? Exact<V[K], N[K], `${Path}.${K & string}`>
            : `❌ '${K & string}' is not a field of ${Path}`;
        };

/** `V` itself when it has no excess key; otherwise `V` with each excess key's value replaced by a sentence. */
export type Exact<V, N, Path extends string> = [PatchValueExcess<V, N>] extends [never] ? V : ExactValue<V, N, Path>;
