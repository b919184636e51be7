import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { LoaderHost } from '../../src/loader/host.js';
import { loadProject } from '../../src/loader/project.js';
import { listVariables } from '../../src/loader/variables.js';
import { parse } from './_helpers.js';

const corpus = fileURLToPath(new URL('../../../../../shared/corpus/', import.meta.url));
const pairs = `${corpus}pairs`;

// Roles come from the corpus MANIFEST note (`role=base`, `role=override-dev`, ...).
function roles(): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of readFileSync(`${corpus}MANIFEST.tsv`, 'utf8').split('\n')) {
    const [path = '', , , , , kind, , , note = ''] = line.split('\t');
    const role = /role=([\w-]+)/.exec(note)?.[1];
    if (kind === 'pair' && role) out.set(path, role);
  }
  return out;
}

function groups(): { name: string; dir: string; files: string[] }[] {
  const out: { name: string; dir: string; files: string[] }[] = [];
  for (const source of readdirSync(pairs)) {
    for (const app of readdirSync(`${pairs}/${source}`)) {
      const dir = `${pairs}/${source}/${app}`;
      const files: string[] = [];
      const walk = (rel: string) => {
        for (const entry of readdirSync(`${dir}/${rel}`)) {
          const path = rel ? `${rel}/${entry}` : entry;
          if (statSync(`${dir}/${path}`).isDirectory()) walk(path);
          else if (/\.ya?ml$/.test(entry)) files.push(path);
        }
      };
      walk('');
      out.push({ name: `${source}/${app}`, dir, files: files.sort() });
    }
  }
  return out;
}

// A missing env_file is stubbed empty and a required variable gets a value, as the corpus notes do for v1.
function host(dir: string, files: string[]): LoaderHost {
  const env: Record<string, string> = {};
  const parsed = files.map((f) => parse(readFileSync(`${dir}/${f}`, 'utf8'), f));
  for (const v of listVariables(parsed)) if (v.required) env[v.name] = 'stub';
  return {
    env,
    readFile: (path) => {
      if (existsSync(path) && !statSync(path).isDirectory()) return readFileSync(path, 'utf8');
      return /\/\.env[^/]*$/.test(path) ? '' : undefined;
    },
    isDirectory: (path) => existsSync(path) && statSync(path).isDirectory(),
  };
}

const load = (dir: string, files: string[]) =>
  loadProject({ files, workingDirectory: dir }, host(dir, files));

const errorsOf = (r: ReturnType<typeof load>) =>
  r.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file}:${d.line} ${d.ruleId} ${d.message}`);

describe('corpus pairs', () => {
  it('finds the corpus', () => {
    expect(existsSync(`${corpus}MANIFEST.tsv`)).toBe(true);
    expect(groups().length).toBeGreaterThan(20);
  });

  const role = roles();
  const all = existsSync(pairs) ? groups() : [];
  const baseOverride = all.flatMap((g) => {
    const base = g.files.find((f) => role.get(`pairs/${g.name}/${f}`) === 'base');
    const overrides = g.files.filter((f) => role.get(`pairs/${g.name}/${f}`)?.startsWith('override'));
    return base ? overrides.map((o) => ({ ...g, files: [base, o] })) : [];
  });

  it('has base + override groups to merge', () => {
    expect(baseOverride.length).toBeGreaterThan(0);
  });

  it.each(baseOverride.map((g) => [g.files.join(' + '), g] as const))('%s merges without error', (_label, g) => {
    const r = load(g.dir, g.files);
    expect(errorsOf(r)).toEqual([]);
    expect(Object.keys(r.model.services as object).length).toBeGreaterThan(0);
  });

  // An override file alone is not a project (its services lack image and build), so it loads with its base only.
  const standalone = all.flatMap((g) =>
    g.files.filter((f) => !role.get(`pairs/${g.name}/${f}`)?.startsWith('override')).map((f) => [`${g.name}/${f}`, g.dir, f] as const),
  );

  it.each(standalone)(
    '%s loads alone without error',
    (_label, dir, file) => {
      expect(errorsOf(load(dir, [file]))).toEqual([]);
    },
  );

  it.each(all.map((g) => [g.name, g] as const))('%s: all its files merged in order load without a throw', (_n, g) => {
    const r = load(g.dir, g.files);
    expect(r.model).toHaveProperty('services');
  });
});
