import { isMapping } from './_diag.js';
import { resolvePath } from './_path.js';
import { isRemoteContext } from './_service-shapes.js';
import { isFilePath } from './_volumes.js';

type Rec = Record<string, unknown>;

const local = (p: string): boolean => !p.startsWith('~') && !/^[a-zA-Z]:[\\/]/.test(p);

function rebase(value: unknown, dir: string): unknown {
  return typeof value === 'string' && local(value) ? resolvePath(dir, value) : value;
}

function rebaseVolume(item: unknown, dir: string): unknown {
  if (isMapping(item)) {
    if (item.type === 'bind') item.source = rebase(item.source, dir);
    return item;
  }
  if (typeof item !== 'string') return item;
  const colon = item.indexOf(':');
  const source = colon < 0 ? '' : item.slice(0, colon);
  if (!isFilePath(source) || !local(source) || source.startsWith('/')) return item;
  return `${resolvePath(dir, source)}${item.slice(colon)}`;
}

/**
 * Makes the relative paths of one service absolute against `dir`: what compose-go does to a service taken
 * from another file by `extends: { file }` or `include`, so the paths keep meaning what their file meant.
 */
export function rebaseService(service: Rec, dir: string): void {
  const b = service.build;
  if (typeof b === 'string' && !isRemoteContext(b)) service.build = resolvePath(dir, b);
  else if (isMapping(b)) {
    const context = typeof b.context === 'string' ? b.context : '.';
    if (!isRemoteContext(context)) b.context = resolvePath(dir, context);
  }
  for (const key of ['env_file', 'label_file']) {
    const v = service[key];
    if (typeof v === 'string') service[key] = rebase(v, dir);
    else if (Array.isArray(v)) {
      v.forEach((f, i) => {
        if (isMapping(f)) f.path = rebase(f.path, dir);
        else v[i] = rebase(f, dir);
      });
    }
  }
  const volumes = service.volumes;
  if (Array.isArray(volumes)) volumes.forEach((v, i) => (volumes[i] = rebaseVolume(v, dir)));
  if (isMapping(service.develop) && Array.isArray(service.develop.watch)) {
    for (const w of service.develop.watch) if (isMapping(w)) w.path = rebase(w.path, dir);
  }
  if (isMapping(service.extends) && typeof service.extends.file === 'string') {
    service.extends.file = rebase(service.extends.file, dir);
  }
}

/** The same for a whole model: every service, and top-level secret / config files. */
export function rebaseModel(model: Rec, dir: string): void {
  if (isMapping(model.services)) {
    for (const s of Object.values(model.services)) if (isMapping(s)) rebaseService(s, dir);
  }
  for (const kind of ['secrets', 'configs']) {
    const group = model[kind];
    if (!isMapping(group)) continue;
    for (const r of Object.values(group)) if (isMapping(r) && typeof r.file === 'string') r.file = rebase(r.file, dir);
  }
}
