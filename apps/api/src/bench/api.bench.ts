/**
 * `pnpm bench:api` — p50/p95 of the dashboard's headline queries over HTTP (the built server,
 * started here against the benchmark database) beside the raw SQL of the same aggregates (the
 * statements the resolvers' analytics calls issue, replayed one after another on the driver), and their ratio. Records the
 * figures in BENCHMARKS.md ("## API benchmark").
 *
 * Env: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/coproduce_bench);
 * BENCH_GENERATE=1 to (re)create and fill it (see generate.ts); BENCH_BALLOTS to change the scale;
 * BENCH_ITERATIONS (default 60). Not part of the test suite.
 */
import "reflect-metadata";
import "./bench-env.js";
import { spawn } from "node:child_process";
import { cpus } from "node:os";
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { createDataSource } from "../db/data-source.js";
import { parseDatabaseUrl } from "../db/database-url.js";
import { DEFAULT_SCALE, generate } from "./generate.js";
import { AnalyticsService } from "../analytics/analytics.service.js";
import { SpendingGroupBy } from "../analytics/analytics.types.js";

const here = dirname(fileURLToPath(import.meta.url));
const url = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/coproduce_bench";
const iterations = Number(process.env.BENCH_ITERATIONS ?? 60);
const config = parseDatabaseUrl(url);
process.env.DATABASE_URL = url;

async function ensureDatabase(): Promise<void> {
  if (config.kind !== "postgres") return;
  const name = new URL(url).pathname.slice(1);
  const admin = new pg.Client({ connectionString: url.replace(/\/[^/?]+(\?.*)?$/, "/postgres") });
  await admin.connect();
  const exists = (await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])).rowCount;
  if (process.env.BENCH_GENERATE === "1" && exists) await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
  if (process.env.BENCH_GENERATE === "1" || !exists) await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function time(fn: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < 5; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

await ensureDatabase();
const ds = createDataSource(config);
await ds.initialize();
await ds.runMigrations({ transaction: "all" });
const counts = async () => {
  const rows: { c: unknown; r: unknown; b: unknown }[] = await ds.query(
    `SELECT (SELECT COUNT(*) FROM council) AS c, (SELECT COUNT(*) FROM "round") AS r, (SELECT COUNT(*) FROM ballot) AS b`,
  );
  return rows;
};
if (Number((await counts())[0]!.r) === 0) {
  const scale = {
    ...DEFAULT_SCALE[config.kind],
    ...(process.env.BENCH_BALLOTS ? { ballots: Number(process.env.BENCH_BALLOTS) } : {}),
  };
  console.log(`generating ${JSON.stringify(scale)} …`);
  const t = Date.now();
  await generate(ds, scale, (l) => console.log(`  ${l}`));
  console.log(`generated in ${((Date.now() - t) / 1000).toFixed(0)} s`);
}
const [{ c, r, b }] = (await counts()) as [{ c: unknown; r: unknown; b: unknown }];
const size = { councils: Number(c), rounds: Number(r), ballots: Number(b) };
const bigRows: { k: unknown; n: unknown }[] = await ds.query(
  `SELECT "roundKey" AS k, COUNT(*) AS n FROM ballot GROUP BY "roundKey" ORDER BY COUNT(*) DESC LIMIT 1`,
);
const big = bigRows[0]!;
const bigRound = Number(big.k);
console.log(`dataset: ${JSON.stringify(size)}; largest round ${bigRound} with ${Number(big.n)} ballots`);

// The headline queries: GraphQL text + the same call the resolver makes (slug resolution included),
// whose SQL statements are captured once and replayed raw, one after another.
const analytics = new AnalyticsService(ds);
const headline: { name: string; query: string; service: () => Promise<unknown> }[] = [
  {
    name: "spending by council (national)",
    query: `{ spending(groupBy: COUNCIL, first: 20) { rows { key label awarded { amountMinor currency } spent { amountMinor currency } roundCount population } totals { pot { amountMinor currency } awarded { amountMinor currency } } } }`,
    service: () => analytics.spending({}, SpendingGroupBy.COUNCIL, 20),
  },
  {
    name: "youth in one council since 2023, by provider",
    query: `{ spending(filterBy: { councils: ["council-1"], themes: ["youth"], fromYear: 2023 }, groupBy: PROVIDER) { rows { label awarded { amountMinor currency } spent { amountMinor } } totals { awarded { amountMinor currency } } } }`,
    service: () =>
      analytics.spending({ councils: ["council-1"], themes: ["youth"], fromYear: 2023 }, SpendingGroupBy.PROVIDER, 100),
  },
  {
    name: "who voted in the largest round",
    query: `{ participation(rounds: ["round-${bigRound}"]) { voterCount { display } voters { dimension categories { category count { display } share } } panel { dimension similarity } } }`,
    service: async () => analytics.participationFor(await analytics.selectRounds([`round-${bigRound}`], undefined)),
  },
  {
    name: "proportionality of the largest round",
    query: `{ fairness(rounds: ["round-${bigRound}"]) { proportionality { ballots votersWithFundedChoice share } followedRecommendation } }`,
    service: async () => analytics.fairnessFor(await analytics.selectRounds([`round-${bigRound}`], undefined)),
  },
];

// Capture each service's statements once, to replay them on the bare driver.
const captured = new Map<string, [string, unknown[]][]>();
const originalQuery = ds.query.bind(ds);
for (const h of headline) {
  const list: [string, unknown[]][] = [];
  ds.query = (async (q: string, p?: unknown[]) => {
    list.push([q, p ?? []]);
    return originalQuery(q, p);
  }) as typeof ds.query;
  await h.service();
  captured.set(h.name, list);
}
ds.query = originalQuery;
await ds.destroy();

/** The built server against the benchmark database; `cacheSeconds` 0 = no response cache. */
async function startServer(cacheSeconds: number): Promise<{ base: string; stop: () => void }> {
  const port = 4100 + Math.floor(Math.random() * 500);
  const env = {
    ...process.env,
    DATABASE_URL: url,
    PORT: String(port),
    COPRODUCE_SEED: "none",
    NODE_ENV: "production",
    RESPONSE_CACHE_SECONDS: String(cacheSeconds),
    RATE_LIMIT_COST_PER_MINUTE: "0",
  };
  const child = spawn(process.execPath, [join(here, "..", "main.js")], { env, stdio: ["ignore", "ignore", "inherit"] });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) break;
    } catch {
      /* not up yet */
    }
    await new Promise((res) => setTimeout(res, 200));
  }
  return { base, stop: () => child.kill("SIGTERM") };
}

let raw: (sql: string, params: unknown[]) => Promise<unknown>;
let closeRaw: () => Promise<void>;
if (config.kind === "postgres") {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  raw = (sql, params) => client.query(sql, params);
  closeRaw = () => client.end();
} else {
  const Database = (await import("better-sqlite3")).default;
  const db = new Database(config.location, { readonly: true });
  raw = async (sql, params) => db.prepare(sql).all(...params);
  closeRaw = async () => void db.close();
}

type Timing = { p50: number; p95: number };
const results: { name: string; api: Timing; cached: Timing; sql: Timing }[] = [];
const uncachedServer = await startServer(0);
const cachedServer = await startServer(30);
const ask = (base: string, h: (typeof headline)[number]) => async () => {
  const res = await fetch(`${base}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: h.query }),
  });
  const body = (await res.json()) as { errors?: unknown[] };
  if (body.errors) throw new Error(`${h.name}: ${JSON.stringify(body.errors)}`);
};
try {
  for (const h of headline) {
    const api = await time(ask(uncachedServer.base, h));
    const cached = await time(ask(cachedServer.base, h));
    const statements = captured.get(h.name) ?? [];
    const sql = await time(async () => {
      for (const [q, p] of statements) await raw(q, p);
    });
    results.push({ name: h.name, api, cached, sql });
    console.log(
      `${h.name.padEnd(46)} API p50 ${api.p50.toFixed(1)} p95 ${api.p95.toFixed(1)} ms | cached p50 ${cached.p50.toFixed(1)} p95 ${cached.p95.toFixed(1)} ms | SQL p50 ${sql.p50.toFixed(1)} p95 ${sql.p95.toFixed(1)} ms | API/SQL p95 ${(api.p95 / sql.p95).toFixed(2)}`,
    );
  }
} finally {
  uncachedServer.stop();
  cachedServer.stop();
  await closeRaw();
}

// Record in BENCHMARKS.md (only our section).
const cpu = cpus()[0]?.model ?? "unknown";
const table = [
  `Measured ${new Date().toISOString().slice(0, 10)} on ${config.kind === "postgres" ? "PostgreSQL" : "SQLite"}; ${cpus().length} CPUs (${cpu}); Node ${process.version}; ${iterations} runs after 5 warm-up.`,
  `Dataset: ${size.councils} councils, ${size.rounds} rounds, ${size.ballots.toLocaleString("en-GB")} ballots (largest round: ${Number(big.n).toLocaleString("en-GB")}).`,
  "",
  "| query | API p50 | API p95 | raw SQL p50 | raw SQL p95 | API/SQL p50 | API/SQL p95 | API − SQL p50 | cached API p50 | cached API p95 |",
  "|---|---|---|---|---|---|---|---|---|---|",
  ...results.map(
    (x) =>
      `| ${x.name} | ${x.api.p50.toFixed(1)} ms | ${x.api.p95.toFixed(1)} ms | ${x.sql.p50.toFixed(1)} ms | ${x.sql.p95.toFixed(1)} ms | ${(x.api.p50 / x.sql.p50).toFixed(2)} | ${(x.api.p95 / x.sql.p95).toFixed(2)} | ${(x.api.p50 - x.sql.p50).toFixed(1)} ms | ${x.cached.p50.toFixed(1)} ms | ${x.cached.p95.toFixed(1)} ms |`,
  ),
  "",
  "API = the uncached server (RESPONSE_CACHE_SECONDS=0); cached = the default server answering the same anonymous query again (see README, response cache). Rate limiting is off in both (one client asks thousands of times).",
].join("\n");
const file = join(here, "..", "..", "..", "..", "BENCHMARKS.md");
const marker = `<!-- api-bench:${config.kind} -->`;
let text = existsSync(file) ? readFileSync(file, "utf8") : "# Benchmarks\n";
if (!text.includes("## API benchmark"))
  text += `\n## API benchmark\n\nRun: \`pnpm bench:api\` (see apps/api/src/bench/).\n`;
const block = `${marker}\n${table}\n${marker.replace("<!--", "<!-- end")}`;
const start = text.indexOf(marker);
if (start >= 0) {
  const endMarker = marker.replace("<!--", "<!-- end");
  const end = text.indexOf(endMarker, start) + endMarker.length;
  text = text.slice(0, start) + block + text.slice(end);
} else {
  const section = text.indexOf("## API benchmark");
  const next = text.indexOf("\n## ", section + 3);
  const insertAt = next < 0 ? text.length : next;
  text = `${text.slice(0, insertAt).replace(/\n*$/, "\n\n")}${block}\n${text.slice(insertAt)}`;
}
writeFileSync(file, text);
console.log(`recorded in ${file}`);
