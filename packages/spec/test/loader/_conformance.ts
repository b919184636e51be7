import { expect } from 'vitest';
import { escapeDollars } from '../../src/loader/escape.js';
import { loadProject, type LoadResult } from '../../src/loader/project.js';
import { memoryHost } from './_helpers.js';

/** The project every conformance case lives in. */
export const dir = '/srv/app';

/** One conformance case: our own YAML files merged in order, and the JSON `docker compose config` prints ($ doubled). */
export interface Case {
  name: string;
  /** The row of the rules table it covers. */
  row: string;
  files: string[];
  env?: Record<string, string>;
  /** Other files of the project (env files, included or extended files), by path relative to `dir`. */
  extra?: Record<string, string>;
  profiles?: string[];
  /** Services named on the command line. */
  services?: string[];
  expected?: Record<string, unknown>;
  /** The rule ids of all diagnostics, each matched as a prefix (`schema/` matches any schema rule); default: no error. */
  diagnostics?: string[];
  /** Error rule id prefixes a case accepts without asserting them: problems docker compose itself only meets at run time. */
  tolerate?: string[];
}

export function load(c: Case): LoadResult {
  const files: Record<string, string> = {};
  const names = c.files.map((_, i) => (i === 0 ? 'compose.yaml' : `override${i}.yaml`));
  c.files.forEach((text, i) => (files[`${dir}/${names[i]}`] = text));
  for (const [name, text] of Object.entries(c.extra ?? {})) files[`${dir}/${name}`] = text;
  return loadProject({ files: names, workingDirectory: dir, profiles: c.profiles, services: c.services }, memoryHost(files, c.env ?? {}));
}

export function check(c: Case): void {
  const result = load(c);
  const ids = result.diagnostics.map((d) => d.ruleId).sort();
  if (c.diagnostics) {
    const want = [...c.diagnostics].sort();
    expect(ids.length, ids.join(', ')).toBe(want.length);
    want.forEach((prefix, i) => expect(ids[i]).toMatch(new RegExp(`^${prefix}`)));
  }
  else {
    const tolerated = (id: string) => (c.tolerate ?? []).some((prefix) => id.startsWith(prefix));
    expect(result.diagnostics.filter((d) => d.severity === 'error' && !tolerated(d.ruleId))).toEqual([]);
  }
  if (c.expected) expect(escapeDollars(result.model)).toEqual(c.expected);
}

/** A service as printed: `command`, `entrypoint` always present, the default network when none is given. */
export function svc(fields: Record<string, unknown>): Record<string, unknown> {
  return { command: null, entrypoint: null, networks: { default: null }, ...fields };
}

/** A printed project named after `dir`, with the default network unless `networks` is given. */
export function project(services: Record<string, unknown>, rest: Record<string, unknown> = {}): Record<string, unknown> {
  return { name: 'app', services, networks: { default: { name: 'app_default', ipam: {} } }, ...rest };
}
