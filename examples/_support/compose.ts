import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect } from 'vitest';
import { main } from '../../packages/compose-gen/src/cli.js';

const source = (pkg: string): string => fileURLToPath(new URL(`../../packages/${pkg}/src/index.ts`, import.meta.url));

/** The workspace packages mapped to their sources, so the config loads without a build. */
export const sourceAlias: Record<string, string> = {
  'compose-gen': source('compose-gen'),
  '@compose-gen/core': source('core'),
  '@compose-gen/spec': source('spec'),
  '@compose-gen/lint': source('lint'),
};

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the compose-gen CLI in `cwd` as `compose-gen <args>` would, with the given environment. */
export async function runCli(cwd: string, args: string[], env: Record<string, string> = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    cwd,
    env: { NO_COLOR: '1', ...env },
    alias: sourceAlias,
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk) },
  });
  return { code, stdout, stderr };
}

/**
 * A throw-away copy of an example, with an empty `.env` when the example has none (the compose files name it
 * in `env_file`, and it holds the secrets that are never committed). Removed by the returned function.
 */
export function scratchCopy(dir: string): { path: string; dispose: () => void } {
  const path = mkdtempSync(join(tmpdir(), `compose-gen-${basename(dir)}-`));
  cpSync(dir, path, {
    recursive: true,
    filter: (from) => !['node_modules', 'test'].includes(relative(dir, from).split(/[\\/]/)[0] ?? ''),
  });
  if (!existsSync(join(path, '.env'))) writeFileSync(join(path, '.env'), '');
  return { path, dispose: () => rmSync(path, { recursive: true, force: true }) };
}

/** A scratch copy (see {@link scratchCopy}) for the tests of the calling file, removed after them. */
export function suiteScratchCopy(dir: string): { path: string } {
  const copy = scratchCopy(dir);
  afterAll(copy.dispose);
  return copy;
}

/** Expects `compose-gen generate --check` to find the example's `count` committed files up to date. */
export async function expectGeneratedUpToDate(dir: string, count: number): Promise<void> {
  const run = await runCli(dir, ['generate', '--check']);
  expect(run, run.stdout + run.stderr).toMatchObject({ code: 0, stderr: '' });
  expect(run.stdout).toBe(`${count} files up to date\n`);
}

/** Expects `compose-gen lint` over the example's targets to find neither errors nor warnings (notes may remain). */
export async function expectLintClean(dir: string): Promise<void> {
  const run = await runCli(dir, ['lint']);
  expect(run, run.stdout + run.stderr).toMatchObject({ code: 0, stderr: '' });
  expect(run.stdout).not.toMatch(/^\s+\d+:\d+\s+(warning|error)\s/m);
}

/**
 * Runs the docker-compose program found on PATH (`docker-compose -f FILE config ...args`) in `cwd` with only
 * `env` (plus PATH and HOME). Throws when the program is missing: CI installs it, so its absence is a failure.
 */
export function dockerComposeConfig(cwd: string, file: string, args: string[] = [], env: Record<string, string> = {}): Run {
  const clean = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? cwd, ...env };
  try {
    const stdout = execFileSync('docker-compose', ['-f', file, 'config', ...args], {
      cwd,
      env: clean,
      encoding: 'utf8',
      timeout: 20_000,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { code: 0, stdout, stderr: '' };
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & { status?: number | null; stdout?: string; stderr?: string };
    if (failure.code === 'ENOENT') throw new Error('docker-compose is not installed (CI installs the Debian package)');
    if (failure.code === 'ETIMEDOUT') throw new Error(`docker-compose config on ${file} timed out`);
    return { code: failure.status ?? 2, stdout: failure.stdout ?? '', stderr: failure.stderr ?? '' };
  }
}

/** What `docker-compose config` prints for `file` (its normalised model as YAML); throws with its message on failure. */
export function normalizedText(cwd: string, file: string, env: Record<string, string> = {}): string {
  const run = dockerComposeConfig(cwd, file, [], env);
  if (run.code !== 0) throw new Error(`docker-compose config failed on ${file}: ${run.stderr}`);
  return run.stdout;
}

/** A file of the example, as text. */
export function read(dir: string, file: string): string {
  return readFileSync(join(dir, file), 'utf8');
}
