import type { Config, Network, Secret, Service, Volume } from '@compose-gen/spec';
import type { Bad, RefsOf } from './_check-fast.js';
import type { CheckField, EntryTargets, RefField, TargetsOf } from './_check-refs.js';
import type { ComposeConfig } from './config.js';
import type { Append } from './markers.js';

// Walks a config at the type level: `only` and `overrides` name declared targets, and every reference in a
// service is checked against the targets where that value is actually used. Entries without a problem are
// returned as they are, so the compiler compares them by identity; only a failing entry gets mapped, to carry
// the error sentence to the exact value.

type OnlyCheck<All extends string, O> = {
  [I in keyof O]: O[I] extends All ? O[I] : `❌ target '${O[I] & string}' is not declared in targets`;
};

// Targets whose override sets `F` to a value of its own (not an append), so the base value is not used there.
type ReplacedIn<S, F> = S extends { readonly overrides: infer O }
  ? { [T in keyof O]: F extends keyof O[T] ? (O[T][F] extends Append ? never : T) : never }[keyof O]
  : never;

type BaseTargets<C, S, F> = Exclude<EntryTargets<S, TargetsOf<C>>, ReplacedIn<S, F>>;

// Inferred type arguments escape excess-property checks, so misspelled keys are caught here.
type OwnKeys = 'only' | 'overrides';
type ServiceKey = keyof Service | OwnKeys | 'raw';
interface ResourceKeys {
  volume: keyof NonNullable<Volume> | OwnKeys;
  network: keyof NonNullable<Network> | OwnKeys;
  secret: keyof Secret | OwnKeys;
  config: keyof Config | OwnKeys;
}
type UnknownKey<F, Kind extends string> = `❌ '${F & string}' is not a ${Kind} field`;

type OnlyBad<C, S> = S extends { readonly only: readonly (infer O)[] } ? Exclude<O, TargetsOf<C>> : never;
type OverridesBad<C, S> = S extends { readonly overrides: infer O }
  ? { [T in keyof O]: T extends EntryTargets<S, TargetsOf<C>> ? PatchBad<C, O[T], T> : T }[keyof O]
  : never;
type PatchBad<C, P, T extends string> =
  | Exclude<keyof P, keyof Service | 'raw'>
  | { [F in RefField & keyof P]: Bad<C, T, RefsOf<F, P[F]>> }[RefField & keyof P];
type ServiceBad<C, S> =
  | Exclude<keyof S, ServiceKey>
  | OnlyBad<C, S>
  | OverridesBad<C, S>
  | { [F in RefField & keyof S]: Bad<C, BaseTargets<C, S, F>, RefsOf<F, S[F]>> }[RefField & keyof S];
type ResourceBad<C, Kind extends keyof ResourceKeys, S> =
  | Exclude<keyof S, ResourceKeys[Kind]>
  | OnlyBad<C, S>
  | (S extends { readonly overrides: infer O } ? Exclude<keyof O, EntryTargets<S, TargetsOf<C>>> : never);

type CheckPatch<C, P, T extends string> = {
  [F in keyof P]: F extends RefField
    ? CheckField<C, F, T, P[F]>
    : F extends keyof Service | 'raw'
      ? P[F]
      : UnknownKey<F, 'service'>;
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

type CheckService<C, S, Name> = [ServiceBad<C, S>] extends [never]
  ? S
  : {
      [F in keyof S]: F extends 'only'
        ? OnlyCheck<TargetsOf<C>, S[F]>
        : F extends 'overrides'
          ? OverridesCheck<C, 'service', Name, S, S[F], 'service'>
          : F extends RefField
            ? CheckField<C, F, BaseTargets<C, S, F>, S[F]>
            : F extends ServiceKey
              ? S[F]
              : UnknownKey<F, 'service'>;
    };

type CheckResource<C, Kind extends keyof ResourceKeys, S, Name> = [ResourceBad<C, Kind, S>] extends [never]
  ? S
  : {
      [F in keyof S]: F extends 'only'
        ? OnlyCheck<TargetsOf<C>, S[F]>
        : F extends 'overrides'
          ? OverridesCheck<C, Kind, Name, S, S[F], 'resource'>
          : F extends ResourceKeys[Kind]
            ? S[F]
            : UnknownKey<F, Kind>;
    };

interface ResourceKind {
  volumes: 'volume';
  networks: 'network';
  secrets: 'secret';
  configs: 'config';
}

type SectionBad<C, K extends keyof C> = {
  [N in keyof C[K]]: K extends 'services'
    ? ServiceBad<C, C[K][N]>
    : K extends keyof ResourceKind
      ? ResourceBad<C, ResourceKind[K], C[K][N]>
      : never;
}[keyof C[K]];

type CheckSection<C, K extends keyof C> = [SectionBad<C, K>] extends [never]
  ? C[K]
  : {
      [N in keyof C[K]]: K extends 'services'
        ? CheckService<C, C[K][N], N>
        : K extends keyof ResourceKind
          ? CheckResource<C, ResourceKind[K], C[K][N], N>
          : C[K][N];
    };

/** `C` itself when every reference holds; otherwise `C` with each bad value replaced by its error sentence. */
export type CheckConfig<C> = {
  [K in keyof C]: K extends 'services' | keyof ResourceKind
    ? CheckSection<C, K>
    : K extends keyof ComposeConfig
      ? C[K]
      : `❌ '${K & string}' is not a config key`;
};
