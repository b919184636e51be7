import type { VariableUse } from '@compose-gen/spec';
import { portablePath } from '../format/_paths.js';

type Model = Record<string, unknown>;

const keysOf = (value: unknown): string[] =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value) : [];

export const serviceNames = (model: Model): string[] => keysOf(model.services);
export const volumeNames = (model: Model): string[] => keysOf(model.volumes);

/** Every profile a service of the project names, sorted, once each. */
export function profileNames(model: Model): string[] {
  const services = (model.services ?? {}) as Record<string, { profiles?: unknown }>;
  const all = Object.values(services).flatMap((s) => (Array.isArray(s?.profiles) ? s.profiles.map(String) : []));
  return [...new Set(all)].sort();
}

/** `--variables` as a table: name, whether required, default, and every place it is read. */
export function variablesTable(variables: readonly VariableUse[], cwd: string): string {
  const rows = [
    ['NAME', 'REQUIRED', 'DEFAULT', 'USED AT'],
    ...variables.map((v) => [
      v.name,
      v.required ? 'yes' : 'no',
      v.default ?? '',
      v.locations.map((l) => `${portablePath(l.file, cwd)}:${l.line}:${l.column}`).join(', '),
    ]),
  ];
  const width = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((cell, i) => (i < 3 ? cell.padEnd(width[i]!) : cell)).join('  ').trimEnd()).join('\n') + '\n';
}

/** `--variables --format json`: the same facts as data. */
export function variablesJson(variables: readonly VariableUse[], cwd: string): string {
  const data = variables.map((v) => ({
    name: v.name,
    required: v.required,
    ...(v.default === undefined ? {} : { default: v.default }),
    locations: v.locations.map((l) => ({ file: portablePath(l.file, cwd), line: l.line, column: l.column })),
  }));
  return `${JSON.stringify(data, null, 2)}\n`;
}
