import { isObject, scalarText } from './_compose.js';
import { maskVariables } from './_text.js';

export interface MountSpec {
  type: 'bind' | 'volume' | 'tmpfs' | 'other';
  source?: string;
  target: string;
  readOnly: boolean;
}

/** Parses a service `volumes` entry, short (`src:dst[:opts]`) or long form. */
export function parseMount(entry: unknown): MountSpec | undefined {
  if (isObject(entry)) {
    const target = scalarText(entry.target) ?? '';
    const type = entry.type === 'bind' || entry.type === 'volume' || entry.type === 'tmpfs' ? entry.type : 'other';
    const source = scalarText(entry.source);
    return { type, target, readOnly: entry.read_only === true, ...(source !== undefined ? { source } : {}) };
  }
  const text = scalarText(entry);
  if (text === undefined) return undefined;
  const masked = maskVariables(text);
  // A Windows drive letter (`C:\...`) is part of the source, not a separator.
  const cuts: number[] = [];
  for (let i = 0; i < masked.length; i++) if (masked[i] === ':' && !(i === 1 && /^[A-Za-z]$/.test(masked[0] ?? ''))) cuts.push(i);
  const parts: string[] = [];
  let start = 0;
  for (const cut of cuts) {
    parts.push(text.slice(start, cut));
    start = cut + 1;
  }
  parts.push(text.slice(start));
  if (parts.length === 1) return { type: 'volume', target: parts[0] ?? '', readOnly: false };
  const [source = '', target = '', options = ''] = parts;
  const bind = /^[./~]|^\$|^[A-Za-z]:/.test(source);
  return { type: bind ? 'bind' : 'volume', source, target, readOnly: options.split(',').includes('ro') };
}
