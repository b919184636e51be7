import type { Diagnostic, SourceRange } from '../diagnostic.js';
import { toPointer } from '../diagnostic.js';
import { diagnostic, fileStart, isMapping } from './_diag.js';
import { normalizeResource, resourceKinds, usedResources } from './_resources.js';
import { normalizeService } from './_service.js';
import { lookupIn } from './host.js';
import { selectServices } from './_selection.js';

export interface NormalizeOptions {
  projectName: string;
  /** Absolute; relative paths (build contexts, bind mounts, env and secret files) resolve against it. */
  projectDirectory: string;
  /** The interpolation environment: fills valueless `environment` / `build.args` entries and `~`. */
  env?: Record<string, string | undefined>;
  /** Active profiles; without it (and without `services`) every service is kept. */
  profiles?: readonly string[];
  /**
   * Services named on the command line: they turn their own profiles on, and only they and their dependencies
   * are kept (`docker compose config web`).
   */
  services?: readonly string[];
  /** Reads `env_file`s to fold them into `environment`, as `docker compose config` prints them. */
  readFile?: (path: string) => string | undefined;
  /** Keep top-level networks, volumes, secrets and configs no service uses (`--all-resources`). */
  allResources?: boolean;
  /** Where a pointer of the input model was written, for diagnostics. */
  locate?: (pointer: string) => SourceRange;
}

export interface NormalizeResult {
  model: Record<string, unknown>;
  diagnostics: Diagnostic[];
}

type Rec = Record<string, unknown>;

/**
 * The canonical long form `docker compose config --format json` prints: short syntax expanded, paths absolute,
 * names `<project>_<key>`, the default network added, disabled services and unused resources left out.
 * Normalising a normalised model changes nothing.
 */
export function normalize(input: Rec, options: NormalizeOptions): NormalizeResult {
  const diagnostics: Diagnostic[] = [];
  const locate = options.locate ?? (() => fileStart(''));
  const ctx = {
    projectDirectory: options.projectDirectory,
    lookup: lookupIn(options.env ?? {}),
    readFile: options.readFile,
    report: (ruleId: string, severity: Diagnostic['severity'], message: string, path: (string | number)[]) => {
      const pointer = toPointer(path);
      diagnostics.push(diagnostic(ruleId, severity, message, locate(pointer), pointer));
    },
  };
  const services: Rec = {};
  if (isMapping(input.services)) {
    const kept = selectServices(input.services, options, (ruleId, message, path) => ctx.report(ruleId, 'error', message, path));
    for (const [name, s] of Object.entries(input.services)) {
      if (!isMapping(s)) continue;
      if (kept && !kept.has(name)) continue;
      services[name] = normalizeService(s, ctx, ['services', name]);
    }
  }
  const model: Rec = { name: options.projectName, services };
  const used = usedResources(services);
  for (const kind of resourceKinds) {
    const declared = isMapping(input[kind]) ? input[kind] : {};
    const out: Rec = {};
    for (const [key, value] of Object.entries(declared)) {
      if (!options.allResources && !used[kind].has(key)) continue;
      out[key] = normalizeResource(kind, key, value, options.projectName, ctx);
    }
    if (kind === 'networks' && used.networks.has('default') && !('default' in out)) {
      out.default = normalizeResource(kind, 'default', {}, options.projectName, ctx);
    }
    if (Object.keys(out).length > 0) model[kind] = out;
  }
  for (const [k, v] of Object.entries(input)) if (k.startsWith('x-')) model[k] = v;
  return { model, diagnostics };
}

/** Project names as docker compose derives them from a directory: lower case, `[a-z0-9_-]` only. */
export function normalizeProjectName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9_-]/g, '')
    .replace(/^[_-]+/, '');
}
