import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../src/loader/project.js';
import { memoryHost } from './_helpers.js';

const key = fc.constantFrom(
  'services', 'web', 'db', 'image', 'build', 'command', 'entrypoint', 'environment', 'env_file', 'ports', 'volumes',
  'depends_on', 'networks', 'secrets', 'configs', 'healthcheck', 'test', 'extends', 'include', 'logging', 'driver',
  'ulimits', 'deploy', 'labels', 'extra_hosts', 'devices', 'profiles', 'x-a', 'name', 'file', 'service', 'path', 'ipam', 'config',
);
const leaf = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.constantFrom('${A}', '${B:?x}', '$$', '${', '80:80', './x:/y', 'a && b', '90s', null, true, 0, -1, 1.5),
);
const tree = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('node'), { maxLength: 3 }), fc.dictionary(key, tie('node'), { maxKeys: 4 })),
})).node;

describe('loadProject never throws', () => {
  it('on arbitrary compose-shaped data, merged and normalised', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(fc.dictionary(key, tree, { maxKeys: 4 }), fc.dictionary(key, tree, { maxKeys: 4 }), (a, b) => {
        const host = memoryHost({ '/p/compose.yaml': JSON.stringify(a), '/p/o.yaml': JSON.stringify(b) }, { A: 'a' });
        const r = loadProject({ files: ['compose.yaml', 'o.yaml'], workingDirectory: '/p' }, host);
        expect(r.model).toBeTypeOf('object');
        for (const d of r.diagnostics) expect(d.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });

  it('on arbitrary service bodies', { timeout: 30_000 }, () => {
    const service = fc.dictionary(key, tree, { maxKeys: 6 });
    const file = fc.record({ services: fc.dictionary(fc.constantFrom('web', 'db', 'x'), service, { maxKeys: 3 }) });
    fc.assert(
      fc.property(file, file, (a, b) => {
        const host = memoryHost({ '/p/compose.yaml': JSON.stringify(a), '/p/o.yaml': JSON.stringify(b) });
        const r = loadProject({ files: ['compose.yaml', 'o.yaml'], workingDirectory: '/p' }, host);
        expect(r.model).toBeTypeOf('object');
      }),
      { numRuns: 300 },
    );
  });
});
