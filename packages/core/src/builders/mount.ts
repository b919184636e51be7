/** Options shared by {@link bind} and {@link volume}. */
export interface MountOptions {
  /** Mount read-only (`:ro`): the container cannot change what it sees. */
  read_only?: boolean;
}

/** A mount in Compose's short syntax whose source is the named volume `N`. */
export type VolumeMount<N extends string = string> = `${N}:/${string}`;

// The short syntax splits on `:`, so a colon inside a path would change its meaning.
function checkPath(path: string, what: string): void {
  if (path === '' || path.includes(':')) throw new TypeError(`${what} "${path}" must be a non-empty path without ":"`);
}

function checkTarget(target: string, builder: string): void {
  checkPath(target, `${builder}: target`);
  if (!target.startsWith('/')) throw new TypeError(`${builder}: target "${target}" must be an absolute path in the container`);
}

function mode(options: MountOptions): string {
  return options.read_only === true ? ':ro' : '';
}

/**
 * Mounts a host path into the container (a bind mount), in Compose's short syntax. A relative source is
 * resolved by Compose against the compose file's folder.
 *
 * @param source - a host path; one not starting with `.`, `/`, `~` or `$` gets `./` in front, since Compose
 *   would otherwise read it as a volume name
 * @param target - the absolute path in the container
 * @returns e.g. `'.:/app'`, `'./config:/etc/app:ro'`
 * @example bind('.', '/app') // '.:/app'
 */
export function bind(source: string, target: string, options: MountOptions = {}): string {
  checkPath(source, 'bind: source');
  checkTarget(target, 'bind');
  const path = /^[./~$]/.test(source) ? source : `./${source}`;
  return `${path}:${target}${mode(options)}`;
}

/**
 * Mounts a named volume into the container, in Compose's short syntax. Declare the volume under the config's
 * top-level `volumes` too.
 *
 * @param name - the volume's key under top-level `volumes`
 * @param target - the absolute path in the container
 * @returns e.g. `'dbdata:/var/lib/mysql'`, `'static:/app/static:ro'`
 * @example volume('dbdata', '/var/lib/mysql') // 'dbdata:/var/lib/mysql'
 */
export function volume<const N extends string>(name: N, target: string, options: MountOptions = {}): VolumeMount<N> {
  if (!/^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/.test(name)) {
    throw new TypeError(`volume: "${name}" is not a volume name (letters, digits, "_", "." and "-", starting with a letter or digit)`);
  }
  checkTarget(target, 'volume');
  return `${name}:${target}${mode(options)}` as VolumeMount<N>;
}
