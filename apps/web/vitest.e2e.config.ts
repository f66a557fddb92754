import { defineConfig } from "vitest/config";

// End-to-end tests: the built API server (which serves the built dashboard) driven by real headless
// Chromium. The demo database is seeded once for the run (e2e/global-setup.ts); each file starts its own
// server on a copy of it. Generous timeouts.
export default defineConfig({
  test: {
    environment: "node",
    include: ["e2e/**/*.e2e.ts"],
    globalSetup: ["./e2e/global-setup.ts"],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: "forks",
    maxWorkers: 1,
    fileParallelism: false,
  },
});
