import { defineConfig } from "vitest/config";

// Decorator metadata (type-graphql, TypeORM) must be emitted by Vite's Oxc transformer too.
export default defineConfig({
  oxc: { decorator: { legacy: true, emitDecoratorMetadata: true } },
  test: {
    include: ["src/**/*.spec.ts"],
    setupFiles: ["./src/test/setup.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: "forks",
    fileParallelism: process.env.TEST_DATABASE_URL?.startsWith("postgres") ? false : true,
  },
});
