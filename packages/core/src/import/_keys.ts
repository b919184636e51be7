import { validateComposeSchema } from '@compose-gen/spec';

const known = new Map<string, boolean>();

/**
 * Whether the Compose schema (the one the config types come from) defines `key` on a service; anything else
 * travels under `raw`. Asked of the precompiled validator with a probe holding only that key.
 */
export function isServiceKey(key: string): boolean {
  if (key.startsWith('x-')) return true;
  let answer = known.get(key);
  if (answer === undefined) {
    const { errors } = validateComposeSchema({ services: { probe: { [key]: undefined } } });
    answer = !errors.some((e) => e.keyword === 'additionalProperties' && (e.params as { additionalProperty?: string }).additionalProperty === key);
    known.set(key, answer);
  }
  return answer;
}
