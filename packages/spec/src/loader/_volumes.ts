export interface VolumeMount {
  type: string;
  source?: string;
  target?: string;
  read_only?: boolean;
  bind?: Record<string, unknown>;
  volume?: Record<string, unknown>;
  [extra: string]: unknown;
}

const propagations = new Set(['rprivate', 'private', 'rshared', 'shared', 'rslave', 'slave']);

function isWindowsDrive(buffer: string, char: string): boolean {
  return char === ':' && buffer.length === 1 && /[a-zA-Z]/.test(buffer);
}

/** A bind source: starts with `.`, `/` or `~`, a Windows pipe or a drive letter. */
export function isFilePath(source: string): boolean {
  if (source === '') return false;
  if ('./~'.includes(source[0] ?? '')) return true;
  if (source.startsWith('\\\\')) return true;
  return /^[a-zA-Z]:/.test(source);
}

/** Short volume syntax `[source:]target[:options]` to a typed mount, like compose-go's ParseVolume. */
export function parseShortVolume(spec: string): VolumeMount | string {
  if (spec.length === 0) return 'invalid empty volume spec';
  if (spec.length <= 2) return { type: 'volume', target: spec, volume: {} };
  const mount: VolumeMount = { type: '' };
  let buffer = '';
  const flush = (end: boolean): string | undefined => {
    if (buffer.length === 0) return `invalid spec: ${spec}: empty section between colons`;
    if (mount.source === undefined && end) mount.target = buffer;
    else if (mount.source === undefined) mount.source = buffer;
    else if (mount.target === undefined) mount.target = buffer;
    else if (!end) return `invalid spec: ${spec}: too many colons`;
    else {
      for (const option of buffer.split(',')) {
        if (option === 'ro') mount.read_only = true;
        else if (option === 'rw') delete mount.read_only;
        else if (option === 'nocopy') mount.volume = { nocopy: true };
        else if (propagations.has(option)) mount.bind = { ...mount.bind, propagation: option };
        else if (option === 'z' || option === 'Z') mount.bind = { ...mount.bind, selinux: option };
      }
    }
    buffer = '';
    return undefined;
  };
  for (const char of spec) {
    if (isWindowsDrive(buffer, char)) buffer += char;
    else if (char === ':') {
      const err = flush(false);
      if (err) return err;
    } else buffer += char;
  }
  const err = flush(true);
  if (err) return err;
  if (mount.source !== undefined && isFilePath(mount.source)) {
    mount.type = 'bind';
    mount.bind ??= {};
    delete mount.volume;
  } else {
    mount.type = 'volume';
    mount.volume ??= {};
  }
  return {
    type: mount.type,
    ...(mount.source !== undefined && { source: mount.source }),
    ...(mount.target !== undefined && { target: mount.target }),
    ...(mount.read_only && { read_only: true }),
    ...(mount.bind && { bind: mount.bind }),
    ...(mount.volume && { volume: mount.volume }),
  };
}
