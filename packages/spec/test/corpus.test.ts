import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../src/diagnostic.js';
import { parseCompose } from '../src/parse.js';
import { validateCompose } from '../src/validate.js';

// Third-party compose files, read in place from the shared corpus next to the project.
const corpus = fileURLToPath(new URL('../../../../shared/corpus/', import.meta.url));

interface Row {
  path: string;
  kind: string;
  schemaValid: boolean;
  note: string;
}

function readManifest(): Map<string, Row> {
  const lines = readFileSync(join(corpus, 'MANIFEST.tsv'), 'utf8').trim().split('\n').slice(1);
  return new Map(
    lines.map((line) => {
      const cells = line.split('\t');
      const row = { path: cells[0] ?? '', kind: cells[5] ?? '', schemaValid: cells[6] === 'yes', note: cells[8] ?? '' };
      return [row.path, row];
    }),
  );
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    });
}

function check(path: string): { parsed: ReturnType<typeof parseCompose>; errors: Diagnostic[] } {
  const file = relative(corpus, path).split('\\').join('/');
  const parsed = parseCompose(readFileSync(path, 'utf8'), { file });
  const errors = [...parsed.diagnostics, ...validateCompose(parsed)].filter((d) => d.severity === 'error');
  return { parsed, errors };
}

const manifest = existsSync(join(corpus, 'MANIFEST.tsv')) ? readManifest() : new Map<string, Row>();
const rel = (path: string) => relative(corpus, path).split('\\').join('/');
const quoted = (message: string) => /"([^"]+)"/.exec(message)?.[1] ?? '';

/**
 * Override rule: a pairs/ file is meant to be merged onto a base when it has a service with neither image, build
 * nor extends that another file of its directory declares (a fragment only a merge completes). Such a file may use
 * names (services, volumes, networks, secrets, configs) and leave out images that a sibling declares; anything no
 * sibling declares still counts as an error. Standalone dev/prod files sharing service names are not overrides.
 */
function siblingNames(path: string): Set<string> | undefined {
  if (!rel(path).startsWith('pairs/')) return undefined;
  const names = new Set<string>();
  const own = check(path).parsed.data as Record<string, Record<string, unknown> | undefined> | undefined;
  let shares = false;
  for (const sibling of readdirSync(dirname(path)).map((n) => join(dirname(path), n))) {
    if (sibling === path || statSync(sibling).isDirectory()) continue;
    const data = check(sibling).parsed.data as Record<string, Record<string, unknown> | undefined> | undefined;
    for (const section of ['services', 'volumes', 'networks', 'secrets', 'configs']) {
      for (const name of Object.keys(data?.[section] ?? {})) {
        names.add(name);
        const mine = own?.services?.[name] as Record<string, unknown> | null | undefined;
        const fragment = mine !== undefined && !mine?.image && !mine?.build && !mine?.extends;
        if (section === 'services' && own?.services && Object.hasOwn(own.services, name) && fragment) shares = true;
      }
    }
  }
  return shares ? names : undefined;
}

/** The MANIFEST's consistency findings (compose-go-like check) explain the same finding here. */
function explainedByNote(row: Row, d: Diagnostic): boolean {
  const consistency = /consistency:([^|]*)/.exec(row.note)?.[1] ?? '';
  if (d.ruleId === 'service/no-image') return consistency.includes(`service ${d.service} has neither image nor build`);
  const noun = d.ruleId.replace('ref/undefined-', '');
  return d.ruleId.startsWith('ref/') && consistency.includes(`undefined ${noun} ${quoted(d.message)}`);
}

/** Findings on real files that are right: these fixtures were written to show the problem to a linter. */
const knownFindings: Record<string, string[]> = {
  'real/docker-compose-linter/tests/rules/no-duplicate-exported-ports-rule/yamlWithDuplicatePorts.yaml': [
    'ports/host-conflict',
    'ports/host-conflict',
    'ports/host-conflict',
  ],
  'real/docker-compose-linter/tests/rules/no-duplicate-exported-ports-rule/yamlWithRangeOverlap.yaml': ['ports/host-conflict'],
};

/** Invalid files whose fault shows only when files are loaded together; the loader's tests cover them. */
const leftToLoader: Record<string, string> = {
  'invalid/compose-go/loader/testdata/compose-include-cycle.yaml': 'include cycle: the file includes itself (needs include resolution)',
  'invalid/compose-go/loader/testdata/remote/cycle/compose-cycle.yaml': 'extends cycle through another file (needs extends across files)',
  'invalid/compose-go/loader/testdata/remote/cycle/compose.yaml': 'extends cycle through another file (needs extends across files)',
};

describe('corpus', () => {
  it('is present next to the project, with its MANIFEST', () => {
    expect(existsSync(corpus), corpus).toBe(true);
    expect(manifest.size).toBeGreaterThan(200);
  });

  const wellFormed = existsSync(corpus) ? [...filesUnder(join(corpus, 'real')), ...filesUnder(join(corpus, 'pairs'))] : [];
  const invalid = existsSync(corpus) ? filesUnder(join(corpus, 'invalid')) : [];

  it('covers every file the MANIFEST lists', () => {
    expect([...wellFormed, ...invalid].map(rel).sort()).toEqual([...manifest.keys()].sort());
  });

  it.each(wellFormed.map((path) => [rel(path), path]))('%s has no error it should not have', (name, path) => {
    const row = manifest.get(name) as Row;
    const { errors } = check(path);
    const siblings = siblingNames(path);
    const unexplained = errors.filter((d) => {
      if (d.ruleId.startsWith('schema/')) return row.schemaValid;
      if (explainedByNote(row, d)) return false;
      if (siblings && (d.ruleId.startsWith('ref/') || d.ruleId === 'service/no-image')) {
        return !siblings.has(d.ruleId === 'service/no-image' ? (d.service as string) : quoted(d.message));
      }
      return true;
    });
    expect(unexplained.map((d) => d.ruleId)).toEqual(knownFindings[name] ?? []);
  });

  it.each(invalid.map((path) => [rel(path), path]))('%s gets an error (or is left to the loader)', (name, path) => {
    const { errors } = check(path);
    if (name in leftToLoader) expect(errors).toEqual([]);
    else expect(errors.length).toBeGreaterThan(0);
  });
});

describe('the override rule', () => {
  it('sees the pair files that name services of a sibling', () => {
    const pairs = existsSync(corpus) ? filesUnder(join(corpus, 'pairs')) : [];
    const overrides = pairs.filter((path) => siblingNames(path) !== undefined).map(rel);
    expect(overrides).toEqual([
      'pairs/full-stack-fastapi-template/full-stack-fastapi-template/compose.deploy.yml',
      'pairs/full-stack-fastapi-template/full-stack-fastapi-template/compose.override.yml',
    ]);
  });
});
