import type { Options } from 'tsup';

/** What every package's build shares: ESM and CJS for Node 20, with declarations for both. */
export const base: Options = {
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: false,
  target: 'node20',
};
