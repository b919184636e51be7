/**
 * Everything the loader needs from the outside world. The CLI passes one backed by the file system;
 * tests pass an in-memory one. Paths are POSIX-style and absolute once resolved by the loader.
 */
export interface LoaderHost {
  /** The text of a file, or `undefined` when it does not exist or cannot be read. */
  readFile(path: string): string | undefined;
  /** True for a directory; lets the loader reject `-f some/dir` with a clear message. */
  isDirectory?(path: string): boolean;
  /** The process environment (highest priority in interpolation). */
  env: Record<string, string | undefined>;
}

/** A variable lookup: the value, or `undefined` when unset. */
export type Lookup = (name: string) => string | undefined;

export function lookupIn(env: Record<string, string | undefined>): Lookup {
  return (name) => (Object.prototype.hasOwnProperty.call(env, name) ? env[name] : undefined);
}
