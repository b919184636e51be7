import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from '../src/redis.js';

test('parses the replies the app reads', () => {
  assert.deepEqual(parse('+PONG\r\n'), { value: 'PONG', length: 7 });
  assert.deepEqual(parse(':3\r\n'), { value: 3, length: 4 });
  assert.deepEqual(parse('*2\r\n$4\r\njobs\r\n$2\r\n{}\r\n'), { value: ['jobs', '{}'], length: 22 });
  assert.deepEqual(parse('*-1\r\n'), { value: null, length: 5 });
  assert.equal(parse('$10\r\nabc'), undefined);
});
