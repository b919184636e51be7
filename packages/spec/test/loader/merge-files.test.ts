import { describe, expect, it } from 'vitest';
import { mergeFiles } from '../../src/loader/merge.js';
import { memoryHost, parse } from './_helpers.js';

describe('mergeFiles', () => {
  const base = parse('services:\n  base:\n    image: app\n    labels: [a=1]\n  web:\n    extends: base\n    labels: [b=2]\n');
  const over = parse('services:\n  web:\n    image: app:2\n    extends:\n      file: common.yaml\n      service: shared\n', 'prod.yaml');

  it('resolves extends of the same file without a host', () => {
    const r = mergeFiles([base]);
    expect(r.diagnostics).toEqual([]);
    expect(r.model.services).toMatchObject({ web: { image: 'app', labels: { a: '1', b: '2' } } });
    expect(r.origin('/services/web/image')).toMatchObject({ file: 'compose.yaml', line: 3 });
  });

  it('reports an extends file it cannot read when no host is given', () => {
    const r = mergeFiles([base, over]);
    expect(r.diagnostics).toMatchObject([{ ruleId: 'loader/file', file: 'prod.yaml', line: 5, path: '/services/web/extends' }]);
  });

  it('reads extends files through the host', () => {
    const host = memoryHost({ '/p/common.yaml': 'services:\n  shared:\n    restart: always\n' });
    const r = mergeFiles([base, over], { host, workingDirectory: '/p' });
    expect(r.diagnostics).toEqual([]);
    expect(r.model.services).toMatchObject({ web: { image: 'app:2', restart: 'always', labels: { a: '1', b: '2' } } });
    expect(r.origin('/services/web/restart')).toMatchObject({ file: 'common.yaml', line: 3 });
  });
});
