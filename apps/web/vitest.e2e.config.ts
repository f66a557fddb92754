import { defineConfig } from "vitest/config";

// End-to-end tests: the built API server (which serves the built dashboard) driven by real headless
// Chromium. One fork, one file at a time, generous timeouts (the first server start migrates and seeds).
export default defineConfig({
  test: {
    environment: "node",
    include: ["e2e/**/*.e2e.ts"],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: "forks",
    maxWorkers: 1,
    fileParallelism: false,
  },
});
