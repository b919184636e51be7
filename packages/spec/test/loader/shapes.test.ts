import { describe, expect, it } from 'vitest';
import { splitCommand } from '../../src/loader/shellwords.js';
import { formatDuration, normalizeBytes, parseDuration } from '../../src/loader/_units.js';
import { parseShortPort } from '../../src/loader/_ports.js';
import { parseShortVolume } from '../../src/loader/_volumes.js';

describe('splitCommand (go-shellwords)', () => {
  it.each([
    ['a b  c', ['a', 'b', 'c'], -1],
    [`echo "a b" 'c d' e\\ f`, ['echo', 'a b', 'c d', 'e f'], -1],
    ['echo ""', ['echo', ''], -1],
    ['a && b', ['a'], 2],
    ['a;b', ['a'], 1],
    ['cat x | grep y', ['cat', 'x'], 6],
    ['run 2>&1', ['run'], 4],
    ['echo "a && b"', ['echo', 'a && b'], -1],
    ['echo $(date)', ['echo', '$(date)'], -1],
    ['echo `date`', ['echo', '`date`'], -1],
  ])('%s', (line, argv, cutAt) => {
    expect(splitCommand(line)).toEqual({ argv, cutAt });
  });

  it.each(['echo "open', "echo 'open", 'a (b)', 'trailing \\'])('%s is invalid', (line) => {
    expect(splitCommand(line).error).toBe('invalid command line string');
  });
});

describe('durations and sizes', () => {
  it.each([
    ['90s', '1m30s'],
    ['1h', '1h0m0s'],
    ['1.5s', '1.5s'],
    ['1500ms', '1.5s'],
    ['10ms', '10ms'],
    ['1m0.5s', '1m0.5s'],
    ['2h45m', '2h45m0s'],
    ['1us', '1µs'],
    ['0s', '0s'],
  ])('%s prints as %s', (text, printed) => {
    expect(formatDuration(parseDuration(text) ?? NaN)).toBe(printed);
  });

  it('rejects what is not a duration', () => {
    expect(parseDuration('10')).toBeUndefined();
    expect(parseDuration('1x')).toBeUndefined();
  });

  it.each([
    ['512m', '536870912'],
    ['1gb', '1073741824'],
    ['1.5k', '1536'],
    [2048, '2048'],
    ['100', '100'],
  ])('%s bytes', (value, count) => {
    expect(normalizeBytes(value)).toBe(count);
  });
});

describe('short syntax parsers', () => {
  it('sorts expanded ports by their port/proto text, as compose-go does', () => {
    const ports = parseShortPort('98-101:98-101');
    expect(Array.isArray(ports) && ports.map((p) => p.target)).toEqual([100, 101, 98, 99]);
  });

  it.each(['a:80', '1-3:4-5', '80:', 'x.y.z:1:1'])('port %s is an error', (spec) => {
    expect(typeof parseShortPort(spec)).toBe('string');
  });

  it.each([
    ['C:\\data:/data', { type: 'bind', source: 'C:\\data', target: '/data', bind: {} }],
    ['vol:/data:ro,nocopy', { type: 'volume', source: 'vol', target: '/data', read_only: true, volume: { nocopy: true } }],
    ['/a', { type: 'volume', target: '/a', volume: {} }],
  ])('volume %s', (spec, mount) => {
    expect(parseShortVolume(spec)).toEqual(mount);
  });

  it.each(['', 'ab::c', 'vol:/a:ro:x'])('volume %j is an error', (spec) => {
    expect(typeof parseShortVolume(spec)).toBe('string');
  });
});
