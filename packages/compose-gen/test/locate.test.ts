import { describe, expect, it } from 'vitest';
import { locateInSource } from '../src/_locate.js';

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
});
