import { isMapping } from './_diag.js';
import { implicitDependencies } from './_service.js';
import { isServiceEnabled } from './profiles.js';

type Rec = Record<string, unknown>;
type Report = (ruleId: string, message: string, path: (string | number)[]) => void;

/** Each service a service needs, and whether it is required (compose-go adds links and `service:` namespaces). */
function dependencies(service: Rec): Map<string, boolean> {
  const deps = new Map<string, boolean>();
  const d = service.depends_on;
  if (Array.isArray(d)) for (const name of d) deps.set(String(name), true);
  else if (isMapping(d)) {
    for (const [name, cfg] of Object.entries(d)) deps.set(name, !(isMapping(cfg) && cfg.required === false));
  }
  for (const [name] of implicitDependencies(service)) if (!deps.has(name)) deps.set(name, true);
  return deps;
}

/**
 * The services docker compose keeps, as compose-go decides: a service named on the command line turns on all
 * of its profiles (its dependencies are enabled only through those profiles); an enabled service that requires
 * a service the profiles leave out is an error (`required: false` lets it go); naming services keeps them and
 * what they depend on, nothing else. `undefined` when there is nothing to filter.
 */
export function selectServices(
  services: Rec,
  options: { profiles?: readonly string[]; services?: readonly string[] },
  report: Report,
): Set<string> | undefined {
  if (!options.profiles && !options.services?.length) return undefined;
  const active = [...(options.profiles ?? [])];
  for (const name of options.services ?? []) {
    const s = services[name];
    if (!isMapping(s)) report('loader/no-such-service', `no such service: ${name}`, []);
    else if (!isServiceEnabled(s, active) && Array.isArray(s.profiles)) active.push(...s.profiles.map(String));
  }
  const enabled = new Set(Object.keys(services).filter((n) => isMapping(services[n]) && isServiceEnabled(services[n], active)));
  const deps = new Map([...enabled].map((n) => [n, dependencies(services[n] as Rec)]));
  for (const [name, needs] of deps) {
    for (const [dep, required] of needs) {
      const target = services[dep];
      if (!required || enabled.has(dep) || !isMapping(target)) continue;
      const profiles = Array.isArray(target.profiles) ? target.profiles.join(', ') : '';
      const message =
        `service "${name}" requires "${dep}", which is disabled: activate one of its profiles (${profiles}) ` +
        `or mark the dependency required: false`;
      report('loader/depends-on-disabled', message, ['services', name, 'depends_on']);
    }
  }
  if (!options.services?.length) return enabled;
  const selected = new Set<string>();
  const visit = (name: string) => {
    if (selected.has(name) || !enabled.has(name)) return;
    selected.add(name);
    for (const dep of deps.get(name)?.keys() ?? []) visit(dep);
  };
  for (const name of options.services) visit(name);
  return selected;
}
