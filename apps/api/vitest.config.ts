import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);

export default defineConfig({
  // Decorator metadata (type-graphql, TypeORM) must be emitted by Vite's Oxc transformer too.
  oxc: { decorator: { legacy: true, emitDecoratorMetadata: true } },
  resolve: {
    // One copy of graphql: type-graphql (loaded by Node) uses the CommonJS build; without this alias
    // our scalars would come from the ESM build and fail its `instanceof` checks.
    alias: [{ find: /^graphql$/, replacement: require.resolve("graphql") }],
  },
  test: {
    include: ["src/**/*.spec.ts"],
    // Real-process tests (the built server and CLI) have their own config: vitest.processes.config.ts.
    exclude: ["src/**/*.process.spec.ts", "**/node_modules/**"],
    setupFiles: ["./src/test/setup.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: "forks",
  },
});
