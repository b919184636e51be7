import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { allRules, docsUrl, type Rule } from '@compose-gen/lint';
import { runCase } from './_rule-tester.js';

const rulesDir = fileURLToPath(new URL('../src/rules/', import.meta.url));
const repo = fileURLToPath(new URL('../../../', import.meta.url));

const files = readdirSync(rulesDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => readdirSync(`${rulesDir}${d.name}`).map((f) => `${d.name}/${f.replace(/\.ts$/, '')}`))
  .sort();

const docOf = (id: string): string => readFileSync(`${repo}docs/rules/${id}.md`, 'utf8');

/** The fenced YAML blocks under a heading of a rule's page. */
function blocks(doc: string, heading: string): string[] {
  const section = doc.split(`## ${heading}\n`)[1]?.split('\n## ')[0] ?? '';
  return [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
}

describe('rule catalogue', () => {
  it('lists every rule file once, in the id of its path', async () => {
    expect(allRules.map((r) => r.meta.id).sort()).toEqual(files);
    for (const id of files) {
      const mod = (await import(/* @vite-ignore */ pathToFileURL(`${rulesDir}${id}.ts`).href)) as { default: Rule<unknown> };
      expect(allRules).toContain(mod.default);
      expect(mod.default.meta.id).toBe(id);
    }
  });

  it.each(files)('%s: meta, messages, options schema and docs agree', (id) => {
    const rule = allRules.find((r) => r.meta.id === id)!;
    const { meta } = rule;
    expect(meta.docs).toBe(docsUrl(id));
    expect(meta.description).toMatch(/^[A-Z`].*\.$/);
    expect(meta.schema).toMatchObject({ type: 'object', additionalProperties: false });
    const properties = Object.keys((meta.schema.properties ?? {}) as object);
    expect(Object.keys(meta.defaultOptions as object).sort()).toEqual([...properties].sort());

    const source = readFileSync(`${rulesDir}${id}.ts`, 'utf8');
    const used = [...source.matchAll(/messageId: '(\w+)'/g)].map((m) => m[1]);
    for (const messageId of used) expect(Object.keys(meta.messages)).toContain(messageId);
    const code = source.replace(/messages: \{[^\n]*\},\n|messages: \{\n[\s\S]*?\n {4}\},\n/, '');
    for (const messageId of Object.keys(meta.messages)) expect(code, `message ${messageId} is used`).toContain(`'${messageId}'`);

    expect(existsSync(`${repo}docs/rules/${id}.md`)).toBe(true);
    const doc = docOf(id);
    expect(doc.startsWith(`# ${id}\n`)).toBe(true);
    for (const heading of ['## Why', '## Bad', '## Good', '## Options']) expect(doc).toContain(heading);
    expect(doc).toContain(`Fixable with \`--fix\`: ${meta.fixable ? 'yes' : 'no'}`);
    expect(doc).toContain(meta.optIn ? 'opt-in' : `Default: on, \`${meta.severity}\``);
    for (const option of properties) expect(doc, `option ${option} documented`).toContain(`\`${option}\``);
    expect(readFileSync(`${repo}docs/rules/README.md`, 'utf8')).toContain(`[${id}](${id}.md)`);
  });

  it.each(files)('%s: the bad example of its page is reported and the good one is not', (id) => {
    const rule = allRules.find((r) => r.meta.id === id)!;
    const doc = docOf(id);
    const bad = blocks(doc, 'Bad');
    const good = blocks(doc, 'Good');
    expect(bad.length).toBeGreaterThan(0);
    const pair = rule.meta.scope === 'pair';
    const badCase = pair ? { code: bad[0]!, prod: bad[1] ?? bad[0]! } : { code: bad[0]! };
    expect(runCase(rule, badCase).diagnostics.filter((d) => d.ruleId === id).length).toBeGreaterThan(0);
    if (good.length === 0) return;
    const both = good[0]!.startsWith('# both targets');
    const goodCase = pair ? { code: both ? good[0]! : bad[0]!, prod: good[0]! } : { code: good[0]! };
    expect(runCase(rule, goodCase).diagnostics.filter((d) => d.ruleId === id)).toEqual([]);
  });
});
