import { fromPointer, toPointer, type Diagnostic } from '../diagnostic.js';
import { didYouMean, quote, subjectOf } from '../_schema-messages-words.js';
import { diagnosticAt, type CheckContext } from './context.js';
import { isInterpolated, isMapping, listItems, namesOf, servicePointer, services, type Mapping } from './_model.js';

interface ServiceReference {
  target: string;
  pointer: string;
  key: boolean;
  /** `depends_on: {x: {required: false}}`: Compose only warns when x is missing. */
  optional?: boolean;
}

/** Every place a service names another service, with the name it uses. */
function serviceReferences(name: string, body: Mapping): ServiceReference[] {
  const refs: ServiceReference[] = [];
  const dependsOn = body.depends_on;
  for (const use of namesOf(dependsOn)) {
    const entry = isMapping(dependsOn) ? dependsOn[use.name] : undefined;
    const optional = isMapping(entry) && entry.required === false;
    refs.push({ target: use.name, pointer: servicePointer(name, 'depends_on', ...use.at), key: use.key, optional });
  }
  for (const [index, link] of listItems(body.links)) {
    if (typeof link === 'string') refs.push({ target: link.split(':')[0] as string, pointer: servicePointer(name, 'links', index), key: false });
  }
  const extend = body.extends;
  if (typeof extend === 'string') refs.push({ target: extend, pointer: servicePointer(name, 'extends'), key: false });
  if (isMapping(extend) && extend.file === undefined && typeof extend.service === 'string') {
    refs.push({ target: extend.service, pointer: servicePointer(name, 'extends', 'service'), key: false });
  }
  for (const field of ['network_mode', 'ipc', 'pid']) {
    const value = body[field];
    if (typeof value === 'string' && value.startsWith('service:')) {
      refs.push({ target: value.slice('service:'.length), pointer: servicePointer(name, field), key: false });
    }
  }
  for (const [index, from] of listItems(body.volumes_from)) {
    // `container:x` names a container outside the project; `svc` and `svc:ro` name a service.
    if (typeof from === 'string' && !from.startsWith('container:')) {
      refs.push({ target: from.split(':')[0] as string, pointer: servicePointer(name, 'volumes_from', index), key: false });
    }
  }
  return refs;
}

/** `ref/undefined-service`: depends_on, links, extends, service:x modes and volumes_from must name a service. */
export function checkServiceRefs(model: Mapping, ctx: CheckContext): Diagnostic[] {
  const all = services(model);
  const known = new Set(isMapping(model.services) ? Object.keys(model.services) : []);
  const out: Diagnostic[] = [];
  for (const [name, body] of all) {
    for (const ref of serviceReferences(name, body)) {
      if (known.has(ref.target) || isInterpolated(ref.target) || ref.target === '') continue;
      const where = subjectOf(toPointer(fromPointer(ref.pointer).slice(0, 3)));
      const message = `${where} names the service ${quote(ref.target)}, which is not defined under services${didYouMean(ref.target, known)}`;
      const severity = ref.optional ? 'warning' : 'error';
      out.push(diagnosticAt(ctx, 'ref/undefined-service', ref.pointer, message, { key: ref.key, severity }));
    }
  }
  return out;
}
