import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const bin = join(root, 'packages/compose-gen/bin/compose-gen.js');

function newest(dir: string): number {
  let time = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    time = Math.max(time, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return time;
}

let built = false;

/**
 * Builds the CLI and the packages it needs when dist/ is missing or older than the sources; checked once per run.
 * spawnNode calls it before running the binary, since bench suites here run no beforeAll hooks.
 */
export function ensureBuilt(): void {
  if (built) return;
  built = true;
  const stale = ['spec', 'core', 'lint', 'compose-gen'].some((pkg) => {
    const dir = join(root, 'packages', pkg);
    try {
      return newest(join(dir, 'dist')) < newest(join(dir, 'src'));
    } catch {
      return true;
    }
  });
  if (stale) execFileSync('pnpm', ['--filter', 'compose-gen...', 'build'], { cwd: root, stdio: 'ignore' });
}

/** Runs node with `args` to completion; throws when it exits with a code not in `ok`. */
export function spawnNode(args: string[], cwd: string, ok: readonly number[] = [0]): void {
  if (args[0] === bin) ensureBuilt();
  const result = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  if (!ok.includes(result.status ?? -1)) throw new Error(`node ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
}

/** The shared corpus of compose files next to the project. */
export const corpusDir = fileURLToPath(new URL('../../shared/corpus/', import.meta.url));
