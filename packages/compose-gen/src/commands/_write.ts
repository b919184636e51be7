import { isGenerated } from '@compose-gen/core';
import { readIfFile, writeAtomic } from '../_io.js';
import type { Output } from './_plan.js';

/** An output next to what is on disk now. */
export interface Planned {
  output: Output;
  state: 'missing' | 'stale' | 'current';
  current: string | undefined;
}

export function compare(outputs: readonly Output[]): Planned[] {
  return outputs.map((output) => {
    const current = readIfFile(output.path);
    const state = current === undefined ? 'missing' : current === output.text ? 'current' : 'stale';
    return { output, state, current };
  });
}

/** Files generate may not overwrite: they exist, differ, and do not carry our header. */
export function foreign(planned: readonly Planned[]): Planned[] {
  return planned.filter((p) => p.state === 'stale' && p.current !== undefined && !isGenerated(p.current));
}

/** Writes the outputs that changed, atomically, one by one; current ones are left untouched. */
export function write(planned: readonly Planned[]): void {
  for (const p of planned) if (p.state !== 'current') writeAtomic(p.output.path, p.output.text, p.output.shown);
}
