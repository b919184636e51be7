import { toPointer } from '../diagnostic.js';
import { fileStart, isMapping } from './_diag.js';
import type { Origins } from './_origins.js';
import { dirname, isRemoteReference, resolvePath } from './_path.js';
import { rebaseModel } from './_relative.js';
import type { Doc, Workspace } from './_workspace.js';
import { assembleEnvironment } from './env.js';
import { resolveExtends } from './extends.js';
import { Merger } from './_merger.js';
import { obsoleteVersion } from './warnings.js';

type Rec = Record<string, unknown>;

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => same((a as Rec)[k], (b as Rec)[k]));
}

const kinds = ['services', 'networks', 'volumes', 'secrets', 'configs', 'models'];

function importResources(doc: Doc, imported: Rec, origins: Origins, ws: Workspace, pointer: string): void {
  const target = doc.data as Rec;
  for (const kind of kinds) {
    const from = imported[kind];
    if (!isMapping(from)) continue;
    if (!isMapping(target[kind])) {
      target[kind] = {};
      origins.copy(imported, kind, target, kind);
    }
    const into = target[kind] as Rec;
    for (const [key, value] of Object.entries(from)) {
      if (!(key in into)) {
        into[key] = value;
        origins.copy(from, key, into, key);
      } else if (!same(into[key], value)) {
        const at = origins.resolve(target, toPointer([kind, key])) ?? fileStart(doc.display);
        ws.report('loader/include-conflict', `${kind}.${key} conflicts with the one an included file defines`, at, pointer);
      }
    }
  }
}

/**
 * Loads each `include` entry as its own small project (its directory, its env files) and adds its resources to
 * the including file (compose-go ApplyInclude). `chain` holds the files being included, to stop cycles.
 */
export function applyInclude(doc: Doc, ws: Workspace, chain: readonly string[]): void {
  const include = doc.data?.include;
  if (include === undefined || !doc.data) return;
  const origins = ws.shared.origins;
  const entries = Array.isArray(include) ? include : [include];
  entries.forEach((entry, i) => {
    const pointer = toPointer(['include', i]);
    const at = origins.resolve(doc.data, pointer) ?? fileStart(doc.display);
    const spec: Rec = isMapping(entry) ? entry : { path: entry };
    const given = (Array.isArray(spec.path) ? spec.path : [spec.path]).filter((p): p is string => typeof p === 'string');
    const remote = given.filter(isRemoteReference);
    for (const r of remote) ws.report('loader/remote', `include names the remote file ${r}; only local files can be read`, at, pointer);
    const paths = given.filter((p) => !isRemoteReference(p)).map((p) => resolvePath(dirname(doc.path), p));
    if (paths.length === 0) return;
    const projectDirectory =
      typeof spec.project_directory === 'string'
        ? resolvePath(dirname(doc.path), spec.project_directory)
        : dirname(paths[0] ?? doc.path);
    const envFiles = (Array.isArray(spec.env_file) ? spec.env_file : spec.env_file === undefined ? [] : [spec.env_file])
      .map((f) => resolvePath(dirname(doc.path), String(f)));
    const fileEnv = assembleEnvironment({ projectDirectory, envFiles }, { ...ws.shared.host, env: {} });
    ws.shared.diagnostics.push(...fileEnv.diagnostics);
    const child = ws.child({ ...fileEnv.env, ...ws.env });
    const merger = new Merger(origins);
    for (const path of paths) {
      if (chain.includes(path)) {
        const loop = [...chain, path].map((p) => ws.shared.display(p)).join(' -> ');
        ws.report('loader/include-cycle', `include loops back on itself: ${loop}`, at, pointer);
        continue;
      }
      const included = child.open(path, { at, pointer });
      if (!included?.data) continue;
      ws.shared.diagnostics.push(...obsoleteVersion(included));
      resolveExtends(included, child);
      applyInclude(included, child, [...chain, path]);
      merger.add(origins.clone(included.data), included.parsed.tags, included.display);
    }
    ws.shared.diagnostics.push(...merger.diagnostics);
    rebaseModel(merger.model, projectDirectory);
    importResources(doc, merger.model, origins, ws, pointer);
  });
  delete doc.data.include;
}
