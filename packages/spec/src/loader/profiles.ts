import { isMapping } from './_diag.js';

/** The active profiles: the given list, else `COMPOSE_PROFILES` (comma separated) from the environment. */
export function activeProfiles(profiles: readonly string[] | undefined, env: Record<string, string | undefined>): string[] {
  if (profiles && profiles.length > 0) return [...profiles];
  return (env.COMPOSE_PROFILES ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/** A service without profiles is always on; one with profiles needs one of them active (`*` enables all). */
export function isServiceEnabled(service: unknown, active: readonly string[]): boolean {
  if (!isMapping(service) || !Array.isArray(service.profiles) || service.profiles.length === 0) return true;
  if (active.includes('*')) return true;
  return service.profiles.some((p) => active.includes(String(p)));
}

/** The names of the services the active profiles leave out. */
export function disabledServices(model: unknown, active: readonly string[]): string[] {
  if (!isMapping(model) || !isMapping(model.services)) return [];
  return Object.entries(model.services)
    .filter(([, s]) => !isServiceEnabled(s, active))
    .map(([name]) => name);
}
