import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from './_errors.js';
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
 * Missing parent directories are created.
 */
export function writeAtomic(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(temp, text, { encoding: 'utf8', flag: 'wx' });
    renameSync(temp, path);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // Nothing was created, or it is already gone: either way no temporary file is left.
    }
    throw error;
  }
}

/** The process's own streams, directory and environment. */
export function processIO(): CommandIO {
  return { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env };
}
