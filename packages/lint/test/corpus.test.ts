import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '@compose-gen/spec';
import { lintProject } from '@compose-gen/lint';
import { groups, readTexts } from './_corpus.js';
import { testSpec } from './_spec.js';

const line = (d: Diagnostic): string => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.ruleId} ${d.message}`;

describe('corpus pairs', () => {
  const all = groups();
  it('finds every group', () => {
    expect(all.length).toBe(28);
  });
  it.each(all.map((g) => [g.name, g] as const))('%s', async (name, group) => {
    const texts = readTexts(group);
    const result = lintProject({ texts, targets: group.targets }, testSpec);
    const own = result.diagnostics.filter((d) => !/^(yaml|schema|ref|semantic)\//.test(d.ruleId));
    await expect(own.map(line).join('\n') + '\n').toMatchFileSnapshot(`__snapshots__/corpus/${name.replace('/', '__')}.txt`);
  });
});
