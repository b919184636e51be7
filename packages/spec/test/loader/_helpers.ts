import type { ParsedCompose } from '../../src/document.js';
import type { LoaderHost } from '../../src/loader/host.js';
import { parseFile } from '../../src/loader/_deps.js';

/** Parses test YAML the way the loader does. */
export function parse(text: string, file = 'compose.yaml'): ParsedCompose {
  return parseFile(text, { file });
}

/** A LoaderHost over an in-memory file tree; directories are implied by the file paths. */
export function memoryHost(files: Record<string, string>, env: Record<string, string | undefined> = {}): LoaderHost {
  return {
    env,
    readFile: (path) => files[path],
    isDirectory: (path) => Object.keys(files).some((f) => f.startsWith(`${path}/`)),
  };
}
