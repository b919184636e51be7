import type { Diagnostic } from '../diagnostic.js';
import { didYouMean, quote, subjectOf } from '../_schema-messages-words.js';
import { diagnosticAt, type CheckContext } from './context.js';
import { declared, isInterpolated, isMapping, listItems, namesOf, servicePointer, services, type Mapping } from './_model.js';

interface ResourceUse {
  name: string;
  pointer: string;
  key: boolean;
}

/**
 * The named volume a short-syntax mount uses, if any. Like compose-go, a source starting with `.`, `/`, `~`
 * or a drive letter is a host path (bind mount); a spec with no `:` is an anonymous volume.
 */
export function namedVolumeOf(spec: string): string | undefined {
  if (/^[A-Za-z]:[\\/]/.test(spec)) return undefined;
  const colon = spec.indexOf(':');
  if (colon <= 0) return undefined;
  const source = spec.slice(0, colon);
  return /^[./~]/.test(source) ? undefined : source;
}

function volumeUses(service: string, body: Mapping): ResourceUse[] {
  return listItems(body.volumes).flatMap(([index, mount]): ResourceUse[] => {
    if (typeof mount === 'string') {
      const name = namedVolumeOf(mount);
      return name ? [{ name, pointer: servicePointer(service, 'volumes', index), key: false }] : [];
    }
    if (isMapping(mount) && (mount.type === 'volume' || mount.type === undefined) && typeof mount.source === 'string' && mount.source !== '') {
      if (mount.type === undefined && namedVolumeOf(`${mount.source}:`) === undefined) return [];
      return [{ name: mount.source, pointer: servicePointer(service, 'volumes', index, 'source'), key: false }];
    }
    return [];
  });
}

/** Items of `secrets`/`configs`: a name, or a mapping whose `source` is the name. */
function grantUses(value: unknown, at: (index: number) => (string | number)[], service: string): ResourceUse[] {
  return listItems(value).flatMap(([index, item]): ResourceUse[] => {
    if (typeof item === 'string') return [{ name: item, pointer: servicePointer(service, ...at(index)), key: false }];
    if (isMapping(item) && typeof item.source === 'string') {
      return [{ name: item.source, pointer: servicePointer(service, ...at(index), 'source'), key: false }];
    }
    return [];
  });
}

const families: { rule: string; section: string; noun: string; uses: (service: string, body: Mapping) => ResourceUse[]; implicit?: string[] }[] = [
  { rule: 'ref/undefined-volume', section: 'volumes', noun: 'volume', uses: volumeUses },
  {
    rule: 'ref/undefined-network',
    section: 'networks',
    noun: 'network',
    // Every project has a network named default, declared or not.
    implicit: ['default'],
    uses: (service, body) =>
      namesOf(body.networks).map((use) => ({ name: use.name, pointer: servicePointer(service, 'networks', ...use.at), key: use.key })),
  },
  {
    rule: 'ref/undefined-secret',
    section: 'secrets',
    noun: 'secret',
    uses: (service, body) => [
      ...grantUses(body.secrets, (i) => ['secrets', i], service),
      ...(isMapping(body.build) ? grantUses(body.build.secrets, (i) => ['build', 'secrets', i], service) : []),
    ],
  },
  { rule: 'ref/undefined-config', section: 'configs', noun: 'config', uses: (service, body) => grantUses(body.configs, (i) => ['configs', i], service) },
];

/** `ref/undefined-volume|network|secret|config`: what a service uses must be declared at the top level. */
export function checkResourceRefs(model: Mapping, ctx: CheckContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const family of families) {
    const known = declared(model, family.section);
    for (const name of family.implicit ?? []) known.add(name);
    for (const [service, body] of services(model)) {
      for (const use of family.uses(service, body)) {
        if (known.has(use.name) || isInterpolated(use.name)) continue;
        const field = subjectOf(servicePointer(service, family.section === 'secrets' && use.pointer.includes('/build/') ? 'build' : family.section));
        const message = `${field} uses the ${family.noun} ${quote(use.name)}, which is not declared under the top-level ${family.section}${didYouMean(use.name, known)}`;
        out.push(diagnosticAt(ctx, family.rule, use.pointer, message, { key: use.key }));
      }
    }
  }
  return out;
}
