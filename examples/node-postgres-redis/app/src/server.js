import { createServer } from 'node:http';
import { connect } from './redis.js';

const port = Number(process.env.PORT ?? 3000);
const redis = connect(process.env.REDIS_URL ?? 'redis://localhost:6379');

const server = createServer(async (request, response) => {
  const reply = (status, body) => {
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
  };
  if (request.method === 'GET' && request.url === '/health') {
    return reply(200, { status: 'ok', redis: await redis.command('PING') });
  }
  if (request.method === 'POST' && request.url === '/jobs') {
    let body = '';
    for await (const chunk of request) body += chunk;
    const queued = await redis.command('RPUSH', 'jobs', body || '{}');
    return reply(202, { queued });
  }
  return reply(404, { error: 'not found' });
});

server.listen(port, () => console.log(`api listening on ${port}`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
