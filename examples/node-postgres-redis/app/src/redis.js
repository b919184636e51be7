// A minimal Redis client (RESP over TCP) so the app needs no dependency: enough for PING, RPUSH and BLPOP.
// Bulk sizes are counted in characters, which matches Redis's byte counts for the ASCII JSON this app sends.
import { createConnection } from 'node:net';

export function connect(url) {
  const { hostname, port } = new URL(url);
  const socket = createConnection({ host: hostname, port: Number(port || 6379) });
  const waiting = [];
  let buffer = '';
  socket.setEncoding('utf8');
  socket.on('data', (chunk) => {
    buffer += chunk;
    let reply;
    while (waiting.length > 0 && (reply = parse(buffer)) !== undefined) {
      buffer = buffer.slice(reply.length);
      waiting.shift()(reply.value);
    }
  });
  return {
    command(...args) {
      const wire = `*${args.length}\r\n${args.map((a) => `$${Buffer.byteLength(String(a))}\r\n${a}\r\n`).join('')}`;
      return new Promise((resolve) => {
        waiting.push(resolve);
        socket.write(wire);
      });
    },
    close: () => socket.end(),
  };
}

// One reply from the front of `text`, or undefined when it has not fully arrived.
export function parse(text) {
  const end = text.indexOf('\r\n');
  if (end < 0) return undefined;
  const kind = text[0];
  const head = text.slice(1, end);
  if (kind === '+' || kind === '-') return { value: kind === '-' ? new Error(head) : head, length: end + 2 };
  if (kind === ':') return { value: Number(head), length: end + 2 };
  if (kind === '$') {
    const size = Number(head);
    if (size < 0) return { value: null, length: end + 2 };
    if (text.length < end + 2 + size + 2) return undefined;
    return { value: text.slice(end + 2, end + 2 + size), length: end + 2 + size + 2 };
  }
  if (kind === '*') {
    const count = Number(head);
    if (count < 0) return { value: null, length: end + 2 };
    const items = [];
    let offset = end + 2;
    for (let i = 0; i < count; i += 1) {
      const item = parse(text.slice(offset));
      if (item === undefined) return undefined;
      items.push(item.value);
      offset += item.length;
    }
    return { value: items, length: offset };
  }
  throw new Error(`unexpected Redis reply: ${text.slice(0, 20)}`);
}
