import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';
import { main } from '../src/cli.js';

/** The workspace's packages, for jiti aliases that load a config against the sources. */
const src = (pkg: string): string => fileURLToPath(new URL(`../../${pkg}/src/index.ts`, import.meta.url));
export const sourceAlias: Record<string, string> = {
  'compose-gen': src('compose-gen'),
  '@compose-gen/core': src('core'),
  '@compose-gen/spec': src('spec'),
  '@compose-gen/lint': src('lint'),
};

/** The version package.json declares, which `--version` prints. */
export const packageVersion: string = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;

/** The shared corpus of third-party compose files, next to the project. */
export const corpus = (path: string): string => fileURLToPath(new URL(`../../../../shared/corpus/${path}`, import.meta.url));

export const fixtures = (path = ''): string => fileURLToPath(new URL(`./fixtures/${path}`, import.meta.url));

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh directory under the OS temp dir, removed after the test. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'compose-gen-test-'));
  made.push(dir);
  return dir;
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs main() in-process with captured streams, no colour, and the sources aliased for config loading. */
export async function cli(argv: string[], options: { cwd: string; env?: Record<string, string>; signal?: AbortSignal }): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    cwd: options.cwd,
    env: { NO_COLOR: '1', ...options.env },
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    alias: sourceAlias,
    ...(options.signal ? { signal: options.signal } : {}),
  });
  return { code, stdout, stderr };
}
