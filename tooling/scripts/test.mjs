#!/usr/bin/env node
// `pnpm test` — the whole test suite: builds, then runs every package's tests (vitest), the API's
// database tests on SQLite and again on PostgreSQL, the API's real-process tests (the built server
// and CLI: busy port, simultaneous first starts, an import beside a running server; and two
// replicas sharing PostgreSQL and Redis), and the dashboard's end-to-end tests in headless
// Chromium. Without PostgreSQL, Redis or Chromium on a laptop, it runs the rest and says plainly
// what was not run; in CI (CI=true) a missing PostgreSQL, Redis or Chromium is a failure.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const ci = process.env.CI === "true" || process.env.CI === "1";
const postgresUrl = process.env.TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const redisUrl = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const reports = mkdtempSync(join(tmpdir(), "coproduce-test-"));
const totals = { passed: 0, failed: 0, files: 0 };
const notRun = [];
let failedSuites = 0;

function step(title) {
  console.log(`\n━━ ${title}`);
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: "inherit",
    ...options,
    env: { ...process.env, ...options.env },
  });
  return result.status ?? 1;
}

function vitest(name, cwd, args = [], env = {}) {
  step(name);
  const report = join(reports, `${name.replace(/[^a-z0-9]+/gi, "-")}.json`);
  const status = run(
    "pnpm",
    ["exec", "vitest", "run", "--reporter=default", "--reporter=json", `--outputFile=${report}`, ...args],
    { cwd: join(root, cwd), env },
  );
  if (existsSync(report)) {
    const json = JSON.parse(readFileSync(report, "utf8"));
    totals.passed += json.numPassedTests ?? 0;
    totals.failed += json.numFailedTests ?? 0;
    totals.files += json.numTotalTestSuites ?? 0;
    if ((json.numTotalTests ?? 0) === 0) {
      console.error(`✗ ${name}: no test ran`);
      failedSuites++;
    }
  }
  if (status !== 0) failedSuites++;
}

async function postgresReachable() {
  const require = createRequire(join(root, "apps/api/package.json"));
  const pg = require("pg");
  const client = new pg.Client({ connectionString: postgresUrl, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function redisReachable() {
  const require = createRequire(join(root, "apps/api/package.json"));
  const { Redis } = require("ioredis");
  const client = new Redis(redisUrl, { lazyConnect: true, connectTimeout: 3000, maxRetriesPerRequest: 0 });
  client.on("error", () => undefined);
  try {
    await client.connect();
    return (await client.ping()) === "PONG";
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

// The tests use real data kept outside the repository: published Pabulib elections and the official
// OCDS / 360Giving schemas, in shared/ beside the checkout. Without it they
// cannot check what they claim to, so say so now instead of failing file by file.
const sharedDir = join(root, "..", "shared");
const needed = ["data/pabulib", "data/standards/ocds-1.1.5", "data/standards/360giving-1.4"].filter(
  (d) => !existsSync(join(sharedDir, d)),
);
if (needed.length > 0) {
  console.error(
    `✗ The test data is missing: ${needed.map((d) => join(sharedDir, d)).join(", ")}.\n` +
      "  The suite runs against real Pabulib elections and the official OCDS and 360Giving schemas, kept in shared/ beside\n" +
      "  the repository. Clone the repository into the folder that holds shared/ and run pnpm test again.\n" +
      "  Nothing was run.",
  );
  process.exit(1);
}

step("build");
if (run("pnpm", ["exec", "turbo", "run", "build", "--output-logs=errors-only"]) !== 0) {
  console.error("✗ build failed");
  process.exit(1);
}

vitest("domain", "packages/domain");
// Two workers for the API suites even on a 2-core machine (vitest's default there is one): much of
// their time is spent waiting on SQLite's and PostgreSQL's files, and each test has its own database.
const apiWorkers = ["--maxWorkers=2"];
vitest("api (SQLite)", "apps/api", apiWorkers);
if (await postgresReachable()) {
  vitest("api (PostgreSQL)", "apps/api", apiWorkers, { TEST_DATABASE_URL: postgresUrl, DATABASE_URL: postgresUrl });
} else if (ci) {
  console.error(`✗ PostgreSQL is unreachable at ${postgresUrl}: CI must run the PostgreSQL suite.`);
  failedSuites++;
} else {
  notRun.push(`the PostgreSQL suite (no server at ${postgresUrl}; set TEST_POSTGRES_URL to run it)`);
}
const processes = ["--config", "vitest.processes.config.ts"];
vitest("api processes (SQLite)", "apps/api", processes);
if (await postgresReachable()) {
  const postgres = { TEST_DATABASE_URL: postgresUrl, DATABASE_URL: postgresUrl };
  if (await redisReachable()) {
    vitest("api processes (PostgreSQL + Redis: two replicas)", "apps/api", processes, {
      ...postgres,
      TEST_REDIS_URL: redisUrl,
    });
  } else {
    vitest("api processes (PostgreSQL)", "apps/api", processes, postgres);
    if (ci) {
      console.error(`✗ Redis is unreachable at ${redisUrl}: CI must run the two-replica test.`);
      failedSuites++;
    } else {
      notRun.push(`the two-replica test (no Redis at ${redisUrl}; set TEST_REDIS_URL to run it)`);
    }
  }
} else if (ci) {
  failedSuites++; // already reported above
} else {
  notRun.push("the real-process tests on PostgreSQL and the two-replica test (no PostgreSQL)");
}
vitest("web (components)", "apps/web");
if (existsSync(join(root, "apps/web/vitest.e2e.config.ts"))) {
  if (existsSync(chromium)) {
    vitest("web (end-to-end, headless Chromium)", "apps/web", ["--config", "vitest.e2e.config.ts"], {
      CHROMIUM_PATH: chromium,
    });
  } else if (ci) {
    console.error(`✗ Chromium not found at ${chromium}: CI must run the end-to-end tests.`);
    failedSuites++;
  } else {
    notRun.push(
      `the end-to-end browser tests (no Chromium at ${chromium}; install Debian's chromium or set CHROMIUM_PATH)`,
    );
  }
}

rmSync(reports, { recursive: true, force: true });
console.log("");
for (const item of notRun) console.log(`⚠ NOT RUN: ${item}.`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(failedSuites > 0 || totals.failed > 0 ? 1 : 0);
