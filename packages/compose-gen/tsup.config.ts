import { defineConfig } from 'tsup';
import { base } from '../../tsup.base.js';

export default defineConfig({
  ...base,
  entry: ['src/index.ts', 'src/cli.ts'],
  // import.meta.url (used to find package.json) must also work in the CommonJS build.
  shims: true,
});
