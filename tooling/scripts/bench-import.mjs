#!/usr/bin/env node
// `pnpm bench:import` — imports the Pabulib corpus with the built CLI
// (`coproduce import-pb DIR --council-from-unit`) into a fresh SQLite file and into a fresh
// PostgreSQL database, and prints files, ballots, choices, wall time, ballots/s, CPU time and the
// CLI process's peak RSS (from /usr/bin/time), with the load average before and after.
//
//   pnpm bench:import [-- --dir ../shared/data/pabulib-all] [--db sqlite|postgres|both] [--limit N]
//
// PostgreSQL: BENCH_PG_URL (default postgres://postgres@127.0.0.1:5432/postgres) names a server
// where a database `coproduce_bench_import_<time>` is created for the run and dropped after it.
// --limit N imports only the first N files (by name), for a quick run.
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, symlinkSync, existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { loadavg, tmpdir, cpus } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const cli = join(root, "apps/api/dist/cli/main.js");
const { values } = parseArgs({
  options: { dir: { type: "string" }, db: { type: "string" }, limit: { type: "string" } },
});
const shared = process.env.COPRODUCE_SHARED_DIR ?? join(root, "..", "shared");
let dir = resolve(values.dir ?? join(shared, "data", "pabulib-all"));
const kinds = values.db === "sqlite" ? ["sqlite"] : values.db === "postgres" ? ["postgres"] : ["sqlite", "postgres"];
if (!existsSync(cli)) {
  console.error(`${cli} not found: build first (pnpm exec turbo run build --filter=@coproduce/api)`);
  process.exit(2);
}
const work = mkdtempSync(join(tmpdir(), "coproduce-bench-import-"));
if (values.limit) {
  const files = readdirSync(dir)
    .filter((f) => /\.pb(\.gz)?$/.test(f))
    .sort()
    .slice(0, Number(values.limit));
  const sub = join(work, "files");
  (await import("node:fs")).mkdirSync(sub);
  for (const f of files) symlinkSync(join(dir, f), join(sub, f));
  dir = sub;
}
const fileCount = readdirSync(dir).filter((f) => /\.pb(\.gz)?$/.test(f)).length;
const la = () =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(" / ");

/** Runs the CLI under /usr/bin/time; resolves with wall s, user+sys s, peak RSS KB and its stdout. */
function importInto(env) {
  return new Promise((resolvePromise, reject) => {
    const timeFile = join(work, `time-${Date.now()}.txt`);
    const child = spawn(
      "/usr/bin/time",
      ["-o", timeFile, "-f", "%e %U %S %M", process.execPath, cli, "import-pb", dir, "--council-from-unit"],
      { env: { ...process.env, COPRODUCE_SEED: "none", ...env }, stdio: ["ignore", "pipe", "pipe"] },
    );
    let out = "";
    let errTail = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (errTail = (errTail + d).slice(-4000)));
    child.on("error", reject);
    child.on("close", (code) => {
      const [wall, user, sys, rss] = readFileSync(timeFile, "utf8").trim().split("\n").at(-1).split(" ").map(Number);
      resolvePromise({ code, wall, cpu: user + sys, rssKb: rss, out, errTail });
    });
  });
}

function summarise(kind, r, counts) {
  const ballots = [...r.out.matchAll(/imported \d+ projects and (\d+) ballots/g)].reduce((s, m) => s + Number(m[1]), 0);
  const imported = (r.out.match(/^imported /gm) ?? []).length;
  console.log(
    `${kind}: ${imported}/${fileCount} files, ${ballots.toLocaleString("en")} ballots` +
      (counts ? `, ${counts.choices.toLocaleString("en")} choices in the database` : "") +
      `; ${r.wall.toFixed(1)} s wall (${(ballots / r.wall).toFixed(0)} ballots/s), ${r.cpu.toFixed(1)} s CPU ` +
      `(${(ballots / r.cpu).toFixed(0)} ballots per CPU-second); peak RSS ${(r.rssKb / 1024).toFixed(0)} MB; exit ${r.code}; load ${la()}`,
  );
  if (r.code !== 0) console.log(r.errTail);
}

const require = createRequire(join(root, "apps/api/package.json"));
console.log(`${cpus().length} CPUs (${cpus()[0]?.model}), Node ${process.version}; ${fileCount} files in ${dir}`);
console.log(`load average before: ${la()}`);
try {
  if (kinds.includes("sqlite")) {
    const file = join(work, "bench.sqlite");
    const r = await importInto({ DATABASE_URL: `file:${file}` });
    const Database = require("better-sqlite3");
    const db = new Database(file, { readonly: true });
    const choices = db.prepare('SELECT count(*) AS n FROM "ballot_choice"').get().n;
    db.close();
    summarise("SQLite", r, { choices });
  }
  if (kinds.includes("postgres")) {
    const { Client } = require("pg");
    const base = process.env.BENCH_PG_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
    const name = `coproduce_bench_import_${Date.now()}`;
    const admin = new Client({ connectionString: base });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    const url = new URL(base);
    url.pathname = `/${name}`;
    try {
      const r = await importInto({ DATABASE_URL: url.toString() });
      const db = new Client({ connectionString: url.toString() });
      await db.connect();
      const { rows } = await db.query('SELECT count(*)::int AS n FROM "ballot_choice"');
      await db.end();
      summarise("PostgreSQL", r, { choices: rows[0].n });
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
