import { watch as watchFs, type FSWatcher } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { firstLine } from '../_errors.js';
import type { GenerateOptions } from './generate.js';
import { generateOnce } from './generate.js';
import type { CommandIO } from './_types.js';

const DEBOUNCE_MS = 100;

const clock = (): string => new Date().toTimeString().slice(0, 8);

/**
 * Regenerates whenever the config or one of its local imports changes, printing one line per run, until
 * `io.signal` aborts (or Ctrl-C when none is given). Directories are watched rather than files, because
 * editors often save by renaming a new file over the old one, which ends a watch on the old file.
 */
export async function watch(options: GenerateOptions, io: CommandIO): Promise<void> {
  const controller = new AbortController();
  const stop = (): void => controller.abort();
  io.signal?.addEventListener('abort', stop, { once: true });
  if (io.signal?.aborted) stop();
  if (!io.signal) process.once('SIGINT', stop);

  const watchers = new Map<string, FSWatcher>();
  let timer: NodeJS.Timeout | undefined;
  let running = Promise.resolve();
  let watched = new Set<string>();

  const schedule = (): void => {
    if (controller.signal.aborted) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = running.then(once);
    }, DEBOUNCE_MS);
  };

  // Watchers stay open across runs (only the set of files changes), so an edit made during a run is not missed.
  const rewatch = (files: string[]): void => {
    watched = new Set(files);
    const dirs = new Set(files.map((f) => dirname(f)));
    for (const [dir, watcher] of watchers) {
      if (!dirs.has(dir)) {
        watcher.close();
        watchers.delete(dir);
      }
    }
    for (const dir of dirs) {
      if (watchers.has(dir)) continue;
      const watcher = watchFs(dir, (_event, name) => {
        if (name !== null && watched.has(join(dir, basename(name.toString())))) schedule();
      });
      // The folder went away (deleted or renamed): stop watching it; the next run says what is missing.
      watcher.on('error', () => {
        watcher.close();
        watchers.delete(dir);
        schedule();
      });
      watchers.set(dir, watcher);
    }
  };

  const once = async (): Promise<void> => {
    let line: string;
    let files: string[] = [options.config];
    try {
      const result = await generateOnce(options, io, true);
      files = result.files;
      line = `${result.code === 0 ? 'ok' : 'failed'}: ${result.line}`;
    } catch (error) {
      line = `failed: ${firstLine(error)}`;
    }
    if (!controller.signal.aborted) rewatch(files);
    io.stdout.write(`[${clock()}] ${line}\n`);
  };

  io.stdout.write(`watching ${relative(io.cwd, options.config) || options.config} (Ctrl-C to stop)\n`);
  rewatch([options.config]);
  await once();
  await new Promise<void>((done) => {
    if (controller.signal.aborted) done();
    else controller.signal.addEventListener('abort', () => done(), { once: true });
  });
  clearTimeout(timer);
  await running;
  for (const w of watchers.values()) w.close();
  process.removeListener('SIGINT', stop);
}
