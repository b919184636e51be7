import { connect } from './redis.js';

// Takes jobs off the `jobs` list one by one; a real worker would write results to DATABASE_URL.
const redis = connect(process.env.REDIS_URL ?? 'redis://localhost:6379');
let running = true;
process.on('SIGTERM', () => {
  running = false;
  redis.close();
});

console.log(`worker started, results go to ${new URL(process.env.DATABASE_URL ?? 'postgres://localhost/app').host}`);
while (running) {
  const item = await redis.command('BLPOP', 'jobs', 5);
  if (Array.isArray(item)) console.log('job done:', item[1]);
}
