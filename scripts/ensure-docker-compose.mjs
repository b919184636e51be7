// The acceptance tests run Debian's docker-compose (1.29.2) on generated files. On a machine without it, install it
// when that is possible here (root with apt-get), or say in one line what is missing.
import { spawnSync } from 'node:child_process';

const has = (command, args) => spawnSync(command, args, { stdio: 'ignore' }).status === 0;

if (!has('docker-compose', ['version'])) {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!root || !has('apt-get', ['--version'])) {
    console.error('the acceptance tests need docker-compose: install it with `apt-get install -y docker-compose`');
    process.exit(1);
  }
  console.error('docker-compose is missing: installing Debian\'s package');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update', '-q'], ['install', '-y', '-q', 'docker-compose']]) {
    const run = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (run.status !== 0) process.exit(run.status ?? 1);
  }
}
