import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (pkg: string): string => fileURLToPath(new URL(`./packages/${pkg}/src/index.ts`, import.meta.url));

// Tests run against the sources: each workspace package resolves to its src/index.ts, no build needed.
const alias = {
  '@compose-gen/spec': src('spec'),
  '@compose-gen/core': src('core'),
  '@compose-gen/lint': src('lint'),
  'compose-gen': src('compose-gen'),
};

// CI asks for a JSON report beside the usual output, to print its own `N passed, N failed` line.
const jsonReport = process.env.COMPOSE_GEN_TEST_REPORT;

export default defineConfig({
  resolve: { alias },
  test: {
    reporters: jsonReport ? ['default', ['json', { outputFile: jsonReport }]] : ['default'],
    projects: [
      { extends: true, test: { name: 'spec', include: ['packages/spec/test/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'core',
          include: ['packages/core/test/**/*.test.ts'],
          typecheck: { enabled: true, include: ['packages/core/test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
        },
      },
      { extends: true, test: { name: 'lint', include: ['packages/lint/test/**/*.test.ts'] } },
      { extends: true, test: { name: 'cli', include: ['packages/compose-gen/test/**/*.test.ts'], testTimeout: 30_000 } },
      { extends: true, test: { name: 'examples', include: ['examples/*/test/**/*.test.ts'], testTimeout: 30_000 } },
      // Benchmarks live in their own project so that each runs once (`pnpm bench`).
      { extends: true, test: { name: 'bench', include: [], benchmark: { include: ['bench/**/*.bench.ts'] } } },
    ],
    benchmark: { include: [] },
  },
});
