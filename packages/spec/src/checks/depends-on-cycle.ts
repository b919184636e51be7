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
  // Iterative depth-first search: a chain of thousands of services must not exhaust the call stack.
  // Each frame remembers the edge it follows, so a cycle is reported on the entry that starts it.
  for (const root of graph.keys()) {
    if (done.has(root)) continue;
    const stack: { name: string; next: number; edge?: Edge }[] = [{ name: root, next: 0 }];
    const position = new Map([[root, 0]]);
    while (stack.length > 0) {
      const frame = stack[stack.length - 1] as (typeof stack)[number];
      const edges = graph.get(frame.name) ?? [];
      if (frame.next >= edges.length) {
        stack.pop();
        position.delete(frame.name);
        done.add(frame.name);
        continue;
      }
      const edge = edges[frame.next++] as Edge;
      frame.edge = edge;
      if (done.has(edge.to)) continue;
      const start = position.get(edge.to);
      if (start === undefined) {
        position.set(edge.to, stack.length);
        stack.push({ name: edge.to, next: 0 });
        continue;
      }
      const members = stack.slice(start).map((f) => f.name);
      const id = [...members].sort().join('\u0000');
      const first = stack[start]?.edge as Edge;
      if (reported.has(id)) continue;
      reported.add(id);
      const path = [...members, edge.to].join(' -> ');
      out.push(diagnosticAt(ctx, 'depends-on/cycle', first.pointer, `depends_on forms a cycle, ${path}, so these services can never start`, { key: first.key }));
    }
  }
  return out;
}
