import { describe, expect, it } from 'vitest';
import { parseDotenv } from '../../src/loader/dotenv.js';
import { assembleEnvironment } from '../../src/loader/env.js';
import { lookupIn } from '../../src/loader/host.js';
import { memoryHost } from './_helpers.js';

describe('parseDotenv', () => {
  it('reads the docker compose .env dialect', () => {
    const text = [
      '# a comment',
      'PLAIN=value # trailing comment',
      'HASH=a#b',
      'export EXPORTED=yes',
      'COLON: yaml-style',
      "SINGLE='${KEEP} \\n literal'",
      'DOUBLE="line\\nnext ${PLAIN}"',
      'ESCAPED="\\$dollar \\"q\\""',
      'MULTI="one',
      'two"',
      'EXPANDED=${FROM_ENV:-none}/${PLAIN}',
      'INHERITED',
      'NOT_IN_ENV',
      '  SPACED  =  padded  ',
      'EMPTY=',
    ].join('\n');
    const r = parseDotenv(text, { file: '.env', lookup: lookupIn({ FROM_ENV: 'env', INHERITED: 'from-env' }) });
    expect(r.diagnostics).toEqual([]);
    expect(r.values).toEqual({
      PLAIN: 'value',
      HASH: 'a#b',
      EXPORTED: 'yes',
      COLON: 'yaml-style',
      SINGLE: '${KEEP} \\n literal',
      DOUBLE: 'line\nnext value',
      ESCAPED: '$dollar "q"',
      MULTI: 'one\ntwo',
      EXPANDED: 'env/value',
      INHERITED: 'from-env',
      SPACED: 'padded',
      EMPTY: '',
    });
  });

  it('accepts CRLF line ends', () => {
    const r = parseDotenv('A=1\r\nINHERITED\r\nB="two"\r\n', { file: '.env', lookup: lookupIn({ INHERITED: 'i' }) });
    expect(r).toEqual({ values: { A: '1', INHERITED: 'i', B: 'two' }, diagnostics: [] });
  });

  it.each([
    ['BAD NAME=1', 1],
    ['OK=1\nQ="unterminated\nmore', 2],
    ['A=1\nR=${MISSING:?needed}', 2],
  ])('reports %j at its line', (text, line) => {
    const r = parseDotenv(text, { file: 'x.env' });
    expect(r.diagnostics).toMatchObject([{ file: 'x.env', line }]);
  });
});

describe('assembleEnvironment', () => {
  const files = { '/p/.env': 'A=dot\nB=dot\n', '/p/one.env': 'B=one\nC=one\n', '/p/two.env': 'C=two\nD=${C}\n' };

  it('process env over the project .env', () => {
    const r = assembleEnvironment({ projectDirectory: '/p' }, memoryHost(files, { A: 'process' }));
    expect(r.env).toEqual({ A: 'process', B: 'dot' });
  });

  it('--env-file replaces .env; later files win; process env wins over all', () => {
    const r = assembleEnvironment({ projectDirectory: '/p', envFiles: ['one.env', 'two.env'] }, memoryHost(files, { D: 'p' }));
    expect(r.env).toEqual({ B: 'one', C: 'two', D: 'p' });
  });

  it('a missing --env-file is an error, a missing .env is not', () => {
    expect(assembleEnvironment({ projectDirectory: '/q' }, memoryHost(files)).diagnostics).toEqual([]);
    const r = assembleEnvironment({ projectDirectory: '/p', envFiles: ['nope.env'] }, memoryHost(files));
    expect(r.diagnostics).toMatchObject([{ ruleId: 'loader/env-file', file: '/p/nope.env' }]);
  });
});
