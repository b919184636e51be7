import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locateInSource } from '../src/_locate.js';
import { cli, tempDir } from './_helpers.js';

const text = `import { defineCompose, remove } from 'compose-gen';

export default defineCompose({
  targets: { dev: 'docker-compose.yml', prod: 'docker-compose.prod.yml' },
  services: {
    db: { only: ['dev'], image: 'mysql:5.7' },
    web: {
      build: '.',
      'depends_on': ['db'],
      overrides: { prod: { command: ['gunicorn'], depends_on: remove() } },
    },
  },
});
`;

describe('locateInSource', () => {
  const locate = locateInSource(text, 'compose.config.ts');
  it.each([
    ['/services/web/depends_on/0', 9, 7, 19],
    ['/services/web/overrides/prod/depends_on', 10, 51, 61],
    ['/services/db/image', 6, 26, 31],
    ['/services/web/healthcheck/test', 7, 5, 8],
    ['/targets/prod', 4, 41, 45],
  ])('%s -> %i:%i', (pointer, line, column, endColumn) => {
    expect(locate(pointer)).toEqual({ file: 'compose.config.ts', line, column, endLine: line, endColumn });
  });

  it('gives up when not even the first key is written', () => {
    expect(locate('/networks/front')).toBeUndefined();
    expect(locate('')).toBeUndefined();
  });

  it('stops at the end of the entry: a key a spread builds is placed on its entry, not on a later same-named key', async () => {
    const spread = [
      "import { defineCompose, nginxProxy } from 'compose-gen';",
      '',
      "const upstream: string = 'web';",
      '',
      'export default defineCompose({',
      "  targets: { dev: 'docker-compose.yml', prod: 'docker-compose.prod.yml' },",
      '  services: {',
      "    web: { only: ['dev'], image: 'python' },",
      '    nginx: { ...nginxProxy({ image: "nginx", upstream, upstreamPort: 8000 }) },',
      "    worker: { image: 'python', depends_on: ['web'] },",
      '  },',
      '});',
      '',
    ].join('\n');
    const dir = tempDir();
    writeFileSync(join(dir, 'compose.config.ts'), spread);
    const run = await cli(['-t', 'prod', '-F', 'json'], { cwd: dir });
    expect(run.stderr).toBe('compose-gen: the config has 2 errors; no file written\n');
    const found = JSON.parse(run.stdout) as { path: string; line: number; column: number }[];
    expect(found.map((d) => [d.path, d.line, d.column])).toEqual([
      ['/services/nginx/depends_on/0', 9, 5],
      ['/services/worker/depends_on/0', 10, 32],
    ]);
    const at = locateInSource(spread, 'c.ts');
    expect(at('/services/nginx/depends_on/0')).toEqual({ file: 'c.ts', line: 9, column: 5, endLine: 9, endColumn: 10 });
    expect(at('/services/worker/depends_on/0')).toEqual({ file: 'c.ts', line: 10, column: 32, endLine: 10, endColumn: 42 });
  });

  it('takes only keys written directly in the entry, outside strings and comments', () => {
    const nested = [
      'export default defineCompose({',
      "  // services: none here, and 'web: x' neither",
      "  targets: { dev: 'http://web: 80' },",
      '  services: {',
      "    proxy: { environment: { web: 'x' }, labels: { 'db': 'y' }, command: ['web:', \"db: {\"] },",
      "    web: { image: 'python', /* db: */ },",
      "    'db': { image: 'mysql' },",
      '  },',
      '});',
    ].join('\n');
    const at = locateInSource(nested, 'c.ts');
    expect(at('/services/web/image')?.line).toBe(6);
    expect(at('/services/web/db')).toEqual({ file: 'c.ts', line: 6, column: 5, endLine: 6, endColumn: 8 });
    expect(at('/services/db/image')).toEqual({ file: 'c.ts', line: 7, column: 13, endLine: 7, endColumn: 18 });
    expect(at('/services/proxy/environment/web')).toEqual({ file: 'c.ts', line: 5, column: 29, endLine: 5, endColumn: 32 });
    expect(at('/services')?.line).toBe(4);
  });
});
