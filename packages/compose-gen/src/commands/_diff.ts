import { createTwoFilesPatch } from 'diff';
import pc from 'picocolors';
import type { Planned } from './_write.js';

// Its own module so that only `--check` loads the diff package.
/** A unified diff from what is on disk to what generate would write (from nothing when the file is missing). */
export function diffOf({ output, current }: Planned, color = false): string {
  const name = output.shown.split('\\').join('/');
  const patch = createTwoFilesPatch(current === undefined ? '/dev/null' : `a/${name}`, `b/${name}`, current ?? '', output.text, undefined, undefined, {
    context: 3,
  });
  if (!color) return patch;
  const c = pc.createColors(true);
  const paint = (line: string): string =>
    /^(\+\+\+|---|===)/.test(line) ? c.bold(line) : line.startsWith('@@') ? c.cyan(line) : line.startsWith('+') ? c.green(line) : line.startsWith('-') ? c.red(line) : line;
  return patch.split('\n').map(paint).join('\n');
}
