import { sortDiagnostics } from '@compose-gen/spec';
import { comment, print, quote, type Code, type Member } from './_code.js';
import { targetComments, type CommentIndex } from './_comments.js';
import { findFragments, fragmentIn, type Fragment } from './_anchors.js';
import { matchRecipe } from './_recipes.js';
import { planImport, type EntryPlan, type ImportPlan } from './_plan.js';
import { AppendOp, RemoveOp, isMapping, same } from './_split.js';
import type { ImportOptions, ImportResult, ImportTarget } from './types.js';

// Names the written source may import; a YAML anchor's constant must not shadow them.
const HELPERS = ['defineCompose', 'append', 'remove', 'mysql', 'postgres', 'redis', 'Service'];

const escape = (segment: string): string => segment.replace(/~/g, '~0').replace(/\//g, '~1');

/** Finds the comments of a pointer, printing each one once even when base and override share the pointer. */
class Comments {
  private readonly printed = new Set<string>();
  private readonly byTarget = new Map<string, CommentIndex[]>();
  private readonly headers = new Map<string, string[]>();

  constructor(targets: readonly ImportTarget[]) {
    for (const target of targets) {
      const files = targetComments(target.parsed);
      this.byTarget.set(target.name, files.map((f) => f.index));
      this.headers.set(target.name, files.flatMap((f) => f.header));
    }
  }

  /** A file's opening comment: above the document, or above its dropped `version` key. */
  header(target: string): string[] {
    const version = this.take('/version', target);
    return [...(this.headers.get(target) ?? []), ...version.before, ...version.trailing];
  }

  take(pointer: string, target?: string): { before: string[]; trailing: string[] } {
    const names = target === undefined ? [...this.byTarget.keys()] : [target];
    for (const name of names)
      for (const index of this.byTarget.get(name) ?? []) {
        const found = index.get(pointer);
        if (!found) continue;
        const id = `${pointer}\n${found.before.join('\n')}\n${found.trailing.join('\n')}`;
        if (this.printed.has(id)) return { before: [], trailing: [] };
        this.printed.add(id);
        return { before: found.before, trailing: found.trailing };
      }
    return { before: [], trailing: [] };
  }
}

interface Writer {
  comments: Comments;
  used: Set<string>;
  fragments: readonly Fragment[];
  /** Fragments spread somewhere: only these are declared. */
  spread: Set<Fragment>;
}

function member(key: string | undefined, value: Code, comments?: { before: string[]; trailing: string[] }): Member {
  const m: Member = { value };
  if (key !== undefined) m.key = key;
  if (comments?.before.length) m.before = comments.before;
  if (comments?.trailing.length) m.trailing = comments.trailing;
  return m;
}

function toCode(value: unknown, pointer: string, target: string | undefined, w: Writer): Code {
  if (value instanceof RemoveOp) {
    w.used.add('remove');
    return { kind: 'call', callee: 'remove', args: [] };
  }
  if (value instanceof AppendOp) {
    w.used.add('append');
    const args = value.items.map((item, i) => {
      const at = `${pointer}/${value.offset + i}`;
      return member(undefined, toCode(item, at, target, w), w.comments.take(at, target));
    });
    return { kind: 'call', callee: 'append', args };
  }
  if (Array.isArray(value)) {
    const items = value.map((item, i) => member(undefined, toCode(item, `${pointer}/${i}`, target, w), w.comments.take(`${pointer}/${i}`, target)));
    return { kind: 'list', items };
  }
  if (isMapping(value)) return { kind: 'object', entries: entries(value, pointer, target, w) };
  if (typeof value === 'string' && value.split('\n').length > 2) return { kind: 'lines', lines: value.split('\n') };
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value === null) return { kind: 'value', value };
  return { kind: 'value', value: String(value) };
}

// `raw` is our wrapper: the keys under it sit directly on the entry in the source file.
function entries(map: Record<string, unknown>, pointer: string, target: string | undefined, w: Writer, ownRaw = false): Member[] {
  return Object.entries(map).map(([key, value]) => {
    if (ownRaw && key === 'raw' && isMapping(value)) return member('raw', { kind: 'object', entries: entries(value, pointer, target, w) });
    const at = `${pointer}/${escape(key)}`;
    return member(key, toCode(value, at, target, w), w.comments.take(at, target));
  });
}

// A service that merged a YAML anchor spreads its constant instead of repeating the anchor's keys.
function withFragment(body: Record<string, unknown>, pointer: string, target: string | undefined, w: Writer, service: boolean): Member[] {
  const fragment = service ? fragmentIn(body, w.fragments) : undefined;
  if (!fragment) return entries(body, pointer, target, w, true);
  w.spread.add(fragment);
  const rest = Object.fromEntries(Object.entries(body).filter(([key]) => !(key in fragment.value)));
  return [{ spread: true, value: { kind: 'ref', name: fragment.name } }, ...entries(rest, pointer, target, w, true)];
}

function entryCode(entry: EntryPlan, pointer: string, w: Writer, block: boolean): Code {
  const list: Member[] = [];
  if (entry.only) list.push(member('only', { kind: 'list', items: entry.only.map((t) => member(undefined, { kind: 'value', value: t })) }));
  const recipe = block ? matchRecipe(entry.body) : undefined;
  let body = entry.body;
  if (recipe) {
    w.used.add(recipe.callee);
    const args: Member[] = [member(undefined, { kind: 'object', entries: entries(recipe.options, pointer, undefined, w) })];
    list.push({ spread: true, value: { kind: 'call', callee: recipe.callee, args } });
    body = Object.fromEntries(Object.entries(body).filter(([key]) => !recipe.consumed.includes(key)));
  }
  list.push(...withFragment(body, pointer, undefined, w, block));
  if (entry.overrides.length > 0) {
    const overrides = entry.overrides.map((o) =>
      member(o.target, { kind: 'object', block: true, entries: withFragment(o.patch, pointer, o.target, w, block) }),
    );
    list.push(member('overrides', { kind: 'object', block: true, entries: overrides }));
  }
  return { kind: 'object', block: block || entry.overrides.length > 0, entries: list };
}

function section(kind: string, list: readonly EntryPlan[], w: Writer): Member {
  const items = list.map((entry) => {
    const pointer = `/${kind}/${escape(entry.name)}`;
    return member(entry.name, entryCode(entry, pointer, w, kind === 'services'), w.comments.take(pointer));
  });
  return member(kind, { kind: 'object', block: true, entries: items }, w.comments.take(`/${kind}`));
}

// Each file's opening comment stays with its target; the first target's opens the config.
function targetsCode(targets: readonly ImportTarget[], w: Writer): Member {
  const items = targets.map((t, i) => {
    const value: Code = t.production
      ? { kind: 'object', entries: [member('file', { kind: 'value', value: t.file }), member('production', { kind: 'value', value: true })] }
      : { kind: 'value', value: t.file };
    return member(t.name, value, { before: i === 0 ? [] : w.comments.header(t.name), trailing: [] });
  });
  return member('targets', { kind: 'object', block: true, entries: items });
}

function rootCode(targets: readonly ImportTarget[], plan: ImportPlan, w: Writer): Code {
  const list: Member[] = [];
  if (plan.name !== undefined) list.push(member('name', { kind: 'value', value: plan.name }, w.comments.take('/name')));
  list.push(targetsCode(targets, w));
  if (plan.services.length > 0) list.push(section('services', plan.services, w));
  for (const { kind, entries: resources } of plan.resources) list.push(section(kind, resources, w));
  if (plan.raw) {
    const raw = Object.entries(plan.raw).map(([key, value]) => {
      // The anchor's own holder names the constant too, so the anchor is written once.
      const fragment = w.fragments.find((f) => f.holder === key && same(f.value, value));
      if (!fragment) return entries({ [key]: value }, '', undefined, w)[0] as Member;
      w.spread.add(fragment);
      return member(key, { kind: 'ref', name: fragment.name }, w.comments.take(`/${escape(key)}`));
    });
    list.push(member('raw', { kind: 'object', entries: raw }));
  }
  return { kind: 'object', block: true, entries: list };
}

/**
 * Writes the compose.config.ts that declares `targets`: what every target shares once, target-only entries
 * marked with `only`, differences as per-target `overrides`, comments carried over from the YAML.
 */
export function importCompose(options: ImportOptions): ImportResult {
  const { targets } = options;
  const plan = planImport(targets);
  const fragments = findFragments(targets, new Set(HELPERS));
  const w: Writer = { comments: new Comments(targets), used: new Set(['defineCompose']), fragments, spread: new Set() };
  const header = targets[0] ? w.comments.header(targets[0].name).map(comment) : [];
  const body = print(rootCode(targets, plan, w));
  const consts = fragments
    .filter((f) => w.spread.has(f))
    .map((f) => `const ${f.name} = ${print(toCode(f.value, f.holder ? `/${escape(f.holder)}` : '', undefined, w))} satisfies Service;\n`);
  const names = [...w.used].sort();
  if (consts.length > 0) names.push('type Service');
  const source = [
    `import { ${names.join(', ')} } from ${quote(options.from ?? 'compose-gen')};`,
    '',
    ...consts,
    ...header,
    `export default defineCompose(${body});`,
    '',
  ].join('\n');
  return { source, diagnostics: sortDiagnostics(plan.diagnostics) };
}
