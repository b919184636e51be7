import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { firstLine, UsageError } from './_errors.js';
import type { CommandIO, OutputStream } from './commands/_types.js';

/** Colours only for a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function useColor(stream: OutputStream, env: CommandIO['env']): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true;
}

/**
 * Reads a file the user named. Missing, a directory, or unreadable: a `UsageError` saying which, since the
 * command cannot judge what it cannot read.
 */
export function readUserFile(cwd: string, file: string): string {
  const path = resolve(cwd, file);
  let isDir = false;
  try {
    isDir = statSync(path).isDirectory();
  } catch {
    throw new UsageError(`cannot read '${file}': no such file`);
  }
  if (isDir) throw new UsageError(`cannot read '${file}': it is a directory`);
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read '${file}': ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}`);
  }
}

/** The text of a file, or undefined when there is none (a directory, or nothing at that path). */
export function readIfFile(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

export function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Writes through a temporary file in the same directory, then renames it over the target: readers see the old
 * bytes or the new ones, never half a file, and a failed write leaves no temporary file behind.
 * Missing parent directories are created. A symbolic link is written through (the link stays); a device or
 * pipe (`-o /dev/stdout`) is written to directly, never replaced. Any failure is a `UsageError` naming `shown`.
 */
export function writeAtomic(path: string, text: string, shown = path): void {
  let target = path;
  try {
    const stat = existsSync(path) ? statSync(path) : undefined;
    if (stat?.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (stat && !stat.isFile()) {
      writeFileSync(path, text, 'utf8');
      return;
    }
    if (stat) target = realpathSync(path);
    makeParents(dirname(target));
  } catch (error) {
    throw new UsageError(`cannot write '${shown}': ${reason(error)}`);
  }
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(temp, text, { encoding: 'utf8', flag: 'wx' });
    renameSync(temp, target);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // Nothing was created, or it is already gone: either way no temporary file is left.
    }
    throw new UsageError(`cannot write '${shown}': ${reason(error)}`);
  }
}

const reasons: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EISDIR: 'it is a directory',
  ENOTDIR: 'a parent path is a file, not a directory',
  ENOENT: 'its directory cannot be created',
  ELOOP: 'too many levels of symbolic links',
  ENAMETOOLONG: 'the name is too long',
};

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return (code && reasons[code]) ?? code ?? firstLine(error);
}

/**
 * Creates `dir` and its missing parents one level at a time. Node's `mkdirSync(dir, { recursive: true })` spins
 * forever where a parent cannot be created (under /proc, for one); this fails at once with that parent's error.
 */
function makeParents(dir: string): void {
  const missing: string[] = [];
  for (let at = dir; !existsSync(at); at = dirname(at)) {
    if (dirname(at) === at) break;
    missing.unshift(at);
  }
  for (const at of missing) mkdirSync(at);
}

/** The process's own streams, directory and environment. */
export function processIO(): CommandIO {
  return { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env };
}
