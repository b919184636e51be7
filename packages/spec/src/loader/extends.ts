import { toPointer } from '../diagnostic.js';
import { fileStart, isMapping } from './_diag.js';
import { mergeValue, type MergeState } from './_merge.js';
import { dirname, isRemoteReference, resolvePath } from './_path.js';
import { rebaseService } from './_relative.js';
import type { Doc, Workspace } from './_workspace.js';

type Rec = Record<string, unknown>;

function extendService(doc: Doc, name: string, stack: readonly string[], ws: Workspace): Rec | undefined {
  const services = doc.data?.services;
  if (!isMapping(services)) return undefined;
  const service = services[name];
  if (!isMapping(service) || service.extends === undefined) return isMapping(service) ? service : undefined;
  const origins = ws.shared.origins;
  const pointer = toPointer(['services', name, 'extends']);
  const at = origins.resolve(doc.data, pointer) ?? fileStart(doc.display);
  const key = `${doc.display}#${name}`;
  const ext = service.extends;
  const stop = (ruleId: string, message: string): Rec => {
    ws.report(ruleId, message, at, pointer);
    delete service.extends;
    return service;
  };
  if (stack.includes(key)) {
    const chain = [...stack.slice(stack.indexOf(key)), key].map((k) => k.replace('#', ' service ')).join(' -> ');
    return stop('loader/extends-cycle', `extends loops back on itself: ${chain}`);
  }
  const ref = typeof ext === 'string' ? ext : isMapping(ext) ? ext.service : undefined;
  const file = isMapping(ext) ? ext.file : undefined;
  if (typeof ref !== 'string') return stop('loader/extends', `extends of service "${name}" names no service`);
  let baseDoc: Doc | undefined = doc;
  if (typeof file === 'string' && isRemoteReference(file)) {
    return stop('loader/remote', `extends of service "${name}" names the remote file ${file}; only local files can be read`);
  }
  if (typeof file === 'string') {
    baseDoc = ws.open(resolvePath(dirname(doc.path), file), { at, pointer });
    if (!baseDoc) {
      delete service.extends;
      return service;
    }
  }
  const baseServices = baseDoc.data?.services;
  if (!isMapping(baseServices) || !isMapping(baseServices[ref])) {
    return stop('loader/extends', `service "${name}" extends "${ref}", which ${baseDoc.display} does not define`);
  }
  const base = extendService(baseDoc, ref, [...stack, key], ws);
  const source = origins.clone(base ?? {});
  delete source.extends;
  if (dirname(baseDoc.path) !== dirname(doc.path)) rebaseService(source, dirname(baseDoc.path));
  delete service.extends;
  const conflicts: NonNullable<MergeState['conflicts']> = [];
  const merged = mergeValue(source, service, ['services', name], { origins, conflicts });
  for (const c of conflicts) ws.report('merge/type', c.message, c.src ? c.src.locate(c.src.pointer) : at, toPointer(c.path));
  services[name] = merged;
  return isMapping(merged) ? merged : undefined;
}

/** Resolves every `extends` of a file in place (compose-go ApplyExtends), reporting cycles and missing bases. */
export function resolveExtends(doc: Doc, ws: Workspace): void {
  const services = doc.data?.services;
  if (!isMapping(services)) return;
  for (const name of Object.keys(services)) extendService(doc, name, [], ws);
}
