import { defineConfig } from "vitest/config";

/**
 * Tests that start the *built* server and CLI as real processes (`node dist/…`): two replicas on
 * one database, a busy port, an import beside a running server. `src/test/built.ts` rebuilds
 * `dist/` first when a source file is newer. `pnpm test` runs them on SQLite and on PostgreSQL.
 */
export default defineConfig({
  test: {
    include: ["src/**/*.process.spec.ts"],
    // The two-replica test needs PostgreSQL and Redis (TEST_REDIS_URL); pnpm test says when it did not run.
    exclude: process.env.TEST_REDIS_URL
      ? []
      : ["src/server/replicas.process.spec.ts", "src/auth/throttle-redis.process.spec.ts"],
    globalSetup: ["./src/test/built.ts"],
    setupFiles: ["./src/test/setup.ts"],
    testTimeout: 240_000,
    hookTimeout: 240_000,
    pool: "forks",
    // Each file starts servers of its own; one file at a time leaves the two cores to them.
    fileParallelism: false,
  },
});
