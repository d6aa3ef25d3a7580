import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Real code kept as fixtures (test/fixtures/imports-real: other projects' sources and tests, read by
    // the import scanner) is data, not this project's tests.
    exclude: [...configDefaults.exclude, 'test/fixtures/**'],
    // chDB binds one data folder per process: forks keep each test file in its own process.
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
