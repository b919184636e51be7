import { isAppend } from './markers.js';
import { isMapping } from './merge.js';

// The run-time twin of _check-refs.ts: the same names, found in the same places, for JS users and for values
// the compiler cannot see (names held in `string` variables).

export type Kind = 'service' | 'volume' | 'network' | 'secret' | 'config';
export const sectionOf: Record<Kind, 'services' | 'volumes' | 'networks' | 'secrets' | 'configs'> = {
  service: 'services',
  volume: 'volumes',
  network: 'networks',
  secret: 'secrets',
  config: 'configs',
};

export const refFields = [
  'depends_on',
  'links',
  'extends',
  'network_mode',
  'ipc',
  'pid',
  'volumes_from',
  'volumes',
  'networks',
  'secrets',
  'configs',
] as const;

export interface RefUse {
  kind: Kind;
  name: string;
  path: (string | number)[];
}

const pathLike = /^$|^[./~$]|[/\\]/;

function beforeColon(s: string): string {
  const i = s.indexOf(':');
  return i < 0 ? s : s.slice(0, i);
}

function namedVolume(s: string): string | undefined {
  const i = s.indexOf(':');
  if (i < 0) return undefined;
  const source = s.slice(0, i);
  return pathLike.test(source) ? undefined : source;
}

function eachItem(
  value: unknown,
  path: (string | number)[],
  pick: (item: unknown, at: (string | number)[]) => RefUse[],
): RefUse[] {
  return Array.isArray(value) ? value.flatMap((item, i) => pick(item, [...path, i])) : [];
}

function source(kind: Kind, item: unknown, at: (string | number)[]): RefUse[] {
  return isMapping(item) && typeof item.source === 'string'
    ? [{ kind, name: item.source, path: [...at, 'source'] }]
    : [];
}

function names(kind: Kind, value: unknown, path: (string | number)[]): RefUse[] {
  if (Array.isArray(value)) {
    return eachItem(value, path, (item, at) => (typeof item === 'string' ? [{ kind, name: item, path: at }] : []));
  }
  if (isMapping(value)) return Object.keys(value).map((name) => ({ kind, name, path: [...path, name] }));
  return [];
}

/** The names one service field refers to, with the path of each inside the config. */
export function refsOf(field: string, value: unknown, path: (string | number)[]): RefUse[] {
  if (isAppend(value)) return [];
  switch (field) {
    case 'depends_on':
      return names('service', value, path);
    case 'links':
      return eachItem(value, path, (item, at) =>
        typeof item === 'string' ? [{ kind: 'service', name: beforeColon(item), path: at }] : [],
      );
    case 'volumes_from':
      return eachItem(value, path, (item, at) =>
        typeof item === 'string' && !item.startsWith('container:')
          ? [{ kind: 'service', name: beforeColon(item), path: at }]
          : [],
      );
    case 'extends':
      if (typeof value === 'string') return [{ kind: 'service', name: value, path }];
      if (isMapping(value) && value.file === undefined && typeof value.service === 'string') {
        return [{ kind: 'service', name: value.service, path: [...path, 'service'] }];
      }
      return [];
    case 'network_mode':
    case 'ipc':
    case 'pid':
      return typeof value === 'string' && value.startsWith('service:')
        ? [{ kind: 'service', name: value.slice('service:'.length), path }]
        : [];
    case 'volumes':
      return eachItem(value, path, (item, at) => {
        if (typeof item === 'string') {
          const name = namedVolume(item);
          return name === undefined ? [] : [{ kind: 'volume', name, path: at }];
        }
        return isMapping(item) && item.type === 'volume' ? source('volume', item, at) : [];
      });
    case 'networks':
      return names('network', value, path);
    case 'secrets':
    case 'configs': {
      const kind: Kind = field === 'secrets' ? 'secret' : 'config';
      return eachItem(value, path, (item, at) =>
        typeof item === 'string' ? [{ kind, name: item, path: at }] : source(kind, item, at),
      );
    }
    default:
      return [];
  }
}

/** True for names the check leaves alone: interpolated ones, and the implicit `default` network. */
export function unchecked(use: RefUse): boolean {
  return use.name.includes('$') || (use.kind === 'network' && use.name === 'default');
}

export function refMessage(use: RefUse, declared: boolean, target: string): string {
  return declared
    ? `${use.kind} '${use.name}' is not defined in target '${target}'`
    : `${use.kind} '${use.name}' is not declared in ${sectionOf[use.kind]}`;
}
