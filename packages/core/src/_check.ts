import type { Config, Network, Secret, Service, Volume } from '@compose-gen/spec';
import type { Bad, RefsOf } from './_check-fast.js';
import type { Exact, FieldsExcess, PatchExcess, PatchValueExcess, Shape } from './_check-exact.js';
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
interface ResourceTypes {
  volume: NonNullable<Volume>;
  network: NonNullable<Network>;
  secret: Secret;
  config: Config;
}
type ResourceKeys = { [K in keyof ResourceTypes]: keyof ResourceTypes[K] | OwnKeys };
// Built once: the shapes of the Compose types the fields of an entry are walked beside.
type ServiceShape = Shape<Service>;
type ResourceShapes = { [K in keyof ResourceTypes]: Shape<ResourceTypes[K]> };
type UnknownKey<F, Kind extends string> = `❌ '${F & string}' is not a ${Kind} field`;

type OnlyBad<C, S> = S extends { readonly only: readonly (infer O)[] } ? Exclude<O, TargetsOf<C>> : never;
type OverridesBad<C, S> = S extends { readonly overrides: infer O }
  ? { [T in keyof O]: T extends EntryTargets<S, TargetsOf<C>> ? PatchBad<C, O[T], T> : T }[keyof O]
  : never;
type PatchBad<C, P, T extends string> =
  | Exclude<keyof P, keyof Service | 'raw'>
  | PatchExcess<P, ServiceShape>
  | { [F in RefField & keyof P]: Bad<C, T, RefsOf<F, P[F]>> }[RefField & keyof P];
type ServiceBad<C, S> =
  | Exclude<keyof S, ServiceKey>
  | FieldsExcess<S, ServiceShape>
  | OnlyBad<C, S>
  | OverridesBad<C, S>
  | { [F in RefField & keyof S]: Bad<C, BaseTargets<C, S, F>, RefsOf<F, S[F]>> }[RefField & keyof S];
type ResourceBad<C, Kind extends keyof ResourceKeys, S> =
  | Exclude<keyof S, ResourceKeys[Kind]>
  | FieldsExcess<S, ResourceShapes[Kind]>
  | OnlyBad<C, S>
  | (S extends { readonly overrides: infer O }
      ? Exclude<keyof O, EntryTargets<S, TargetsOf<C>>> | { [T in keyof O]: ResourcePatchBad<Kind, O[T]> }[keyof O]
      : never);
type ResourcePatchBad<Kind extends keyof ResourceTypes, P> =
  | Exclude<keyof P, keyof ResourceTypes[Kind] | 'raw'>
  | PatchExcess<P, ResourceShapes[Kind]>;

// A field with an excess key gets only that reported; its references are checked once the key is fixed.
type CheckServiceField<C, F extends keyof Service, W extends string, V> = F extends RefField
  ? [PatchValueExcess<V, ServiceShape[F]>] extends [never]
    ? CheckField<C, F, W, V>
    : Exact<V, ServiceShape[F], F>
  : Exact<V, ServiceShape[F], F>;

type CheckResourcePatch<Kind extends keyof ResourceTypes, P> = {
  [F in keyof P]: F extends keyof ResourceTypes[Kind]
    ? Exact<P[F], ResourceShapes[Kind][F & keyof ResourceShapes[Kind]], F & string>
    : F extends 'raw'
      ? P[F]
      : UnknownKey<F, Kind>;
};

type CheckPatch<C, P, T extends string> = {
  [F in keyof P]: F extends keyof Service
    ? CheckServiceField<C, F, T, P[F]>
    : F extends 'raw'
      ? P[F]
      : UnknownKey<F, 'service'>;
};

type OverridesCheck<C, Kind extends string, Name, S, O, Checker extends 'service' | 'resource'> = {
  [T in keyof O]: T extends TargetsOf<C>
    ? T extends EntryTargets<S, TargetsOf<C>>
      ? Checker extends 'service'
        ? CheckPatch<C, O[T], T>
        : Kind extends keyof ResourceTypes
          ? CheckResourcePatch<Kind, O[T]>
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
          : F extends keyof Service
            ? CheckServiceField<C, F, BaseTargets<C, S, F>, S[F]>
            : F extends 'raw'
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
          : F extends keyof ResourceTypes[Kind]
            ? Exact<S[F], ResourceShapes[Kind][F & keyof ResourceShapes[Kind]], F & string>
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
