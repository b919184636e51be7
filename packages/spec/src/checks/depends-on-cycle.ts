import type { Diagnostic } from '../diagnostic.js';
import { diagnosticAt, type CheckContext } from './context.js';
import { isMapping, namesOf, servicePointer, services, type Mapping } from './_model.js';

interface Edge {
  to: string;
  pointer: string;
  key: boolean;
}

/**
 * `depends-on/cycle`: services that wait on each other can never start. Each cycle is reported once, on the
 * depends_on entry of the first service (in file order) that takes part in it, e.g. `a -> b -> a`.
 */
export function checkDependsOnCycle(model: Mapping, ctx: CheckContext): Diagnostic[] {
  const known = new Set(isMapping(model.services) ? Object.keys(model.services) : []);
  const graph = new Map<string, Edge[]>();
  for (const [name, body] of services(model)) {
    const edges = namesOf(body.depends_on)
      .filter((use) => known.has(use.name))
      .map((use) => ({ to: use.name, pointer: servicePointer(name, 'depends_on', ...use.at), key: use.key }));
    graph.set(name, edges);
  }

  const out: Diagnostic[] = [];
  const reported = new Set<string>();
  const done = new Set<string>();
  // Each frame remembers the edge it is following, so a cycle is reported on the entry that starts it.
  const stack: { name: string; edge?: Edge }[] = [];

  const visit = (name: string): void => {
    if (done.has(name)) return;
    const start = stack.findIndex((frame) => frame.name === name);
    if (start >= 0) {
      const members = stack.slice(start).map((frame) => frame.name);
      const id = [...members].sort().join('\u0000');
      const edge = stack[start]?.edge;
      if (reported.has(id) || !edge) return;
      reported.add(id);
      const path = [...members, name].join(' -> ');
      out.push(diagnosticAt(ctx, 'depends-on/cycle', edge.pointer, `depends_on forms a cycle, ${path}, so these services can never start`, { key: edge.key }));
      return;
    }
    const frame: { name: string; edge?: Edge } = { name };
    stack.push(frame);
    for (const edge of graph.get(name) ?? []) {
      frame.edge = edge;
      visit(edge.to);
    }
    stack.pop();
    done.add(name);
  };
  for (const name of graph.keys()) visit(name);
  return out;
}
