import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 20_000,
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 20_000 } },
      {
        // Real builds, one file at a time: Astro writes .astro/ in the project folder, so two
        // builds of different content folders at once could compile each other's entries.
        test: { name: 'integration', include: ['tests/integration/**/*.test.ts'], fileParallelism: false, testTimeout: 20_000 },
      },
    ],
  },
});
