import { isAbsolute, relative, resolve } from 'node:path';

/** A file path relative to `cwd` with forward slashes, as SARIF and GitHub annotations expect. */
export function portablePath(file: string, cwd: string): string {
  const rel = isAbsolute(file) ? relative(cwd, file) : relative(cwd, resolve(cwd, file));
  return (rel === '' ? file : rel).split('\\').join('/');
}
