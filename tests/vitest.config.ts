import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/unit/**/*.test.ts', 'tests/ingest/**/*.test.ts', 'tests/fixtures.test.ts', 'tests/site/**/*.test.ts'],
    globalSetup: ['tests/site/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
  },
});
