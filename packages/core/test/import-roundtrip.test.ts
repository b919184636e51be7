import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromPointer, loadProject, parseCompose, type LoaderHost } from '@compose-gen/spec';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import * as core from '../src/index.js';
import type { ImportTarget } from '../src/import/index.js';
import { seedDev } from './import-fixtures/seed.js';

const corpusDir = fileURLToPath(new URL('../../../../shared/corpus/', import.meta.url));
const fixturesDir = fileURLToPath(new URL('./import-fixtures/', import.meta.url));

/** A project's targets: each a name and the `-f` files behind it (absolute paths). */
interface Group {
  id: string;
  targets: { name: string; files: string[] }[];
}

/** The pairs of the corpus, grouped by directory, with targets named after the MANIFEST roles. */
function corpusGroups(): Group[] {
  const rows = readFileSync(join(corpusDir, 'MANIFEST.tsv'), 'utf8').split('\n').slice(1).filter((line) => line.includes('\tpair\t'));
  const byGroup = new Map<string, { role: string; file: string }[]>();
  for (const row of rows) {
    const [path = '', , , , , , , , note = ''] = row.split('\t');
    const group = /pair (\S+) role=([\w-]+)/.exec(note);
    if (!group) throw new Error(`MANIFEST row without a pair role: ${path}`);
    const list = byGroup.get(group[1] as string) ?? [];
    list.push({ role: group[2] as string, file: join(corpusDir, path) });
    byGroup.set(group[1] as string, list);
  }
  return [...byGroup].map(([id, files]) => {
    const base = files.find((f) => f.role === 'base');
    const overrides = files.filter((f) => f.role.startsWith('override-'));
    const targets = base && overrides.length > 0
      ? overrides.map((o) => ({ name: o.role.slice('override-'.length), files: [base.file, o.file] }))
      : files.map((f) => ({ name: f.role, files: [f.file] }));
    return { id, targets };
  });
}

// The seed's dev file lives inside the notes; it is written to a virtual path beside the assembled prod file.
const seedDir = join(fixturesDir, 'seed');
const virtual = new Map<string, string>([[join(seedDir, 'docker-compose.yml'), seedDev]]);
const seedGroup: Group = {
  id: 'seed (docker-compose-notes.ko.md)',
  targets: [
    { name: 'dev', files: [join(seedDir, 'docker-compose.yml')] },
    { name: 'prod', files: [join(seedDir, 'docker-compose.prod.yml')] },
  ],
};

// The example project's generated pair: the seed as engineered with compose-gen, read back as plain compose files.
const exampleDir = fileURLToPath(new URL('../../../examples/django-mysql-nginx/', import.meta.url));
const exampleGroup: Group = {
  id: 'examples/django-mysql-nginx (generated files)',
  targets: [
    { name: 'dev', files: [join(exampleDir, 'docker-compose.yml')] },
    { name: 'prod', files: [join(exampleDir, 'docker-compose.prod.yml')] },
  ],
};

function readText(path: string): string | undefined {
  if (virtual.has(path)) return virtual.get(path);
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** Every variable the files mention gets a value, so `${VAR:?}` loads and both sides see the same values. */
function environment(group: Group): Record<string, string> {
  const env: Record<string, string> = {};
  for (const t of group.targets)
    for (const file of t.files)
      for (const m of (readText(file) ?? '').matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)) env[m[1] as string] = `value-of-${m[1]}`;
  return env;
}

function host(env: Record<string, string>, generated = new Map<string, string>()): LoaderHost {
  return { readFile: (path) => generated.get(path) ?? readText(path), env };
}

/** Runs the written compose.config.ts source as the CLI would load it (types erased), against this package. */
function evaluate(source: string): core.ComposeInput {
  const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;
  const exports: { default?: core.ComposeInput } = {};
  const load = (id: string): unknown => {
    if (id !== 'compose-gen') throw new Error(`the config imports ${id}`);
    return core;
  };
  new Function('require', 'exports', js)(load, exports);
  return exports.default as core.ComposeInput;
}

interface Trip {
  source: string;
  /** Top-level keys import reported and left out: they differ between targets and the config's top level is shared. */
  dropped: string[];
  results: { target: string; original: unknown; generated: unknown; errors: string[] }[];
}

function roundTrip(group: Group): Trip {
  const env = environment(group);
  const targets: ImportTarget[] = group.targets.map((t) => {
    const parsed = t.files.map((f) => parseCompose(readText(f) ?? '', { file: f }));
    // As the import command does: a standalone file as written, several merged by the loader (no interpolation).
    const model = parsed.length === 1 ? parsed[0]?.data : loadProject({ files: t.files, interpolate: false, normalize: false }, host(env)).model;
    return { name: t.name, file: t.files[0] as string, model, parsed };
  });
  const { source, diagnostics } = core.importCompose({ targets });
  const dropped = diagnostics.filter((d) => d.ruleId === 'import/top-level-differs').map((d) => fromPointer(d.path)[0] as string);
  const config = evaluate(source);
  const results = group.targets.map((t) => {
    const original = loadProject({ files: t.files }, host(env));
    const resolved = core.resolve(config, t.name, { env: {}, file: 'compose.config.ts' });
    const text = core.render(resolved.compose, { target: t.name, source: 'compose.config.ts' });
    const generated = loadProject({ files: [t.files[0] as string] }, host(env, new Map([[t.files[0] as string, text]])));
    // The generated file may fail only where the original fails too (an env_file missing from the corpus).
    const known = new Set(original.diagnostics.map((d) => `${d.ruleId} ${d.message}`));
    const errors = [...resolved.diagnostics, ...generated.diagnostics]
      .filter((d) => d.severity === 'error' && !known.has(`${d.ruleId} ${d.message}`))
      .map((d) => `${d.ruleId} ${d.path}: ${d.message}`);
    const expected = Object.fromEntries(Object.entries(original.model).filter(([key]) => !dropped.includes(key)));
    return { target: t.name, original: expected, generated: generated.model, errors };
  });
  return { source, dropped, results };
}

const groups = [seedGroup, exampleGroup, ...corpusGroups()];

/**
 * Groups whose generated files differ from the originals, and how. djangopackages keeps its YAML anchor in a
 * top-level `x-common-settings` of the dev file only: the anchor's values are in the services (and in a
 * constant of the config), but a top-level key of one target only has no place in the config.
 */
const DROPPED: Record<string, string[]> = { 'djangopackages/djangopackages': ['x-common-settings'] };

describe('import, then resolve and render, gives back what docker compose would load', () => {
  test('the corpus has the groups this test expects', () => {
    expect(groups.length).toBe(30);
    expect(dirname(seedGroup.targets[1]?.files[0] ?? '')).toBe(seedDir);
  });

  test.each(groups.map((g) => [g.id, g] as const))('%s', (_id, group) => {
    const trip = roundTrip(group);
    expect(trip.dropped).toEqual(DROPPED[group.id] ?? []);
    for (const r of trip.results) {
      expect(r.errors, `${group.id} ${r.target}`).toEqual([]);
      expect(Object.keys((r.original as { services?: object }).services ?? {}).length, `${group.id} ${r.target} has services`).toBeGreaterThan(0);
      expect(r.generated, `${group.id} ${r.target}\n${trip.source}`).toEqual(r.original);
    }
  });
});
