#!/usr/bin/env node
import { main } from '../dist/cli.js';

// A reader that stops early (`compose-gen config | head`) closes the pipe: that ends the run quietly, not with a stack.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
