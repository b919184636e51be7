/**
 * A problem that stops a command before it can judge its input: unknown flag, missing file, bad option value.
 * The CLI prints `compose-gen: <message>` on one line and exits 2.
 */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The first line of any thrown value, for a one-line report at the edge. */
export function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n', 1)[0] ?? '';
}
