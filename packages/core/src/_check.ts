import type { CheckField, EntryTargets, RefField, TargetsOf } from './_check-refs.js';
import type { Append } from './markers.js';

// Walks a config at the type level: `only` and `overrides` name declared targets, and every reference
// in a service is checked against the targets where that value is actually used.

type OnlyCheck<All extends string, O> = {
  [I in keyof O]: O[I] extends All ? O[I] : `❌ target '${O[I] & string}' is not declared in targets`;
};

// Targets whose override sets `F` to a value of its own (not an append), so the base value is not used there.
type ReplacedIn<S, F> = S extends { readonly overrides: infer O }
  ? { [T in keyof O]: F extends keyof O[T] ? (O[T][F] extends Append ? never : T) : never }[keyof O]
  : never;

type CheckPatch<C, P, T extends string> = {
  [F in keyof P]: F extends RefField ? CheckField<C, F, T, P[F]> : P[F];
};

type OverridesCheck<C, Kind extends string, Name, S, O, Checker extends 'service' | 'resource'> = {
  [T in keyof O]: T extends TargetsOf<C>
    ? T extends EntryTargets<S, TargetsOf<C>>
      ? Checker extends 'service'
        ? CheckPatch<C, O[T], T>
        : O[T]
      : `❌ ${Kind} '${Name & string}' is not defined in target '${T}'`
    : `❌ target '${T & string}' is not declared in targets`;
};

type CheckService<C, S, Name> = {
  [F in keyof S]: F extends 'only'
    ? OnlyCheck<TargetsOf<C>, S[F]>
    : F extends 'overrides'
      ? OverridesCheck<C, 'service', Name, S, S[F], 'service'>
      : F extends RefField
        ? CheckField<C, F, Exclude<EntryTargets<S, TargetsOf<C>>, ReplacedIn<S, F>>, S[F]>
        : S[F];
};

type CheckResource<C, Kind extends string, S, Name> = {
  [F in keyof S]: F extends 'only'
    ? OnlyCheck<TargetsOf<C>, S[F]>
    : F extends 'overrides'
      ? OverridesCheck<C, Kind, Name, S, S[F], 'resource'>
      : S[F];
};

interface ResourceKind {
  volumes: 'volume';
  networks: 'network';
  secrets: 'secret';
  configs: 'config';
}

/** `C` itself when every reference holds; otherwise `C` with each bad value replaced by its error sentence. */
export type CheckConfig<C> = {
  [K in keyof C]: K extends 'services'
    ? { [N in keyof C[K]]: CheckService<C, C[K][N], N> }
    : K extends keyof ResourceKind
      ? { [N in keyof C[K]]: CheckResource<C, ResourceKind[K], C[K][N], N> }
      : C[K];
};
