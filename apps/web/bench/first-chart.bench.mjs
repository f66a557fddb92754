// `pnpm bench:web` — time to first chart with data, in headless Chromium against the built server
// on the demo data, and the initial JavaScript of a first visit. Prints the figures and writes the
// "## Dashboard" section of BENCHMARKS.md. A benchmark, not a test: it asserts nothing.
import { spawn } from "node:child_process";
import { cpus } from "node:os";
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir, loadavg } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";

const web = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const root = resolve(web, "../..");
const runs = Number(process.env.BENCH_RUNS ?? 7);
const port = 4700 + Math.floor(Math.random() * 200);
const dataDir = mkdtempSync(join(tmpdir(), "coproduce-bench-web-"));

// Initial JS: the entry script and the chunks index.html preloads (as scripts/check-bundle-size.mjs).
const dist = join(web, "dist");
const html = readFileSync(join(dist, "index.html"), "utf8");
const initial = [...new Set([...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]))].reduce(
  (sum, file) => sum + gzipSync(readFileSync(join(dist, file))).length,
  0,
);

const server = spawn(process.execPath, [join(root, "apps/api/dist/main.js")], {
  env: { ...process.env, PORT: String(port), DATABASE_URL: `file:${join(dataDir, "bench.sqlite")}` },
  // request logs are not read: an unread pipe would fill up and stall the server mid-run
  stdio: ["ignore", "ignore", "inherit"],
});
const base = `http://127.0.0.1:${port}`;
for (let i = 0; i < 240; i++) {
  try {
    if ((await fetch(`${base}/healthz`)).ok) break;
  } catch {
    /* not up yet */
  }
  await new Promise((r) => setTimeout(r, 500));
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});
const pages = {
  home: "/",
  round: "/rounds/lambeth-2023-young-offenders-service",
  council: "/councils/lambeth",
  outcomes: "/outcomes",
  compare: "/compare",
};
const labels = {
  home: "Home",
  round: "Lambeth round",
  council: "Council (Lambeth)",
  outcomes: "Outcomes tracker",
  compare: "Compare (every council)",
};
const results = {};
/** Every route's weight on a first visit (fresh context, nothing cached): bytes over the wire, as sent (gzip). */
const weights = {};
/** Time to the SVG map drawn (its areas painted with the data's colours), where the page has one. */
const maps = {};
const provider = await fetch(`${base}/graphql`, {
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({
    query: `{ round(slug: "lambeth-2023-young-offenders-service") { awards { provider { id } } } }`,
  }),
})
  .then((r) => r.json())
  .then((b) => b.data.round.awards[0].provider.id);
const weighed = {
  ...pages,
  rounds: "/rounds",
  search: "/search?q=youth",
  provider: `/providers/${provider}`,
  roundWelsh: "/rounds/lambeth-2023-young-offenders-service",
};
const weighedLabels = {
  ...labels,
  rounds: "All rounds",
  search: "Search (youth)",
  provider: "Provider (the Lambeth round's)",
  roundWelsh: "Lambeth round, in Welsh",
};
const mapPages = { home: "Home: London boroughs", council: "Council (Lambeth): its wards" };
try {
  for (const [name, path] of Object.entries(weighed)) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    if (name === "roundWelsh") await context.addInitScript(() => localStorage.setItem("coproduce.locale", "cy"));
    const page = await context.newPage();
    const sizes = { js: 0, css: 0, data: 0, other: 0, requests: 0 };
    page.on("requestfinished", async (request) => {
      const size = await request.sizes().catch(() => null);
      if (!size) return;
      const bytes = size.responseBodySize + size.responseHeadersSize;
      const type = request.resourceType();
      const kind =
        type === "script"
          ? "js"
          : type === "stylesheet"
            ? "css"
            : type === "fetch" || type === "xhr"
              ? "data"
              : "other";
      sizes[kind] += bytes;
      sizes.requests++;
    });
    await page.goto(base + path, { waitUntil: "load" });
    // settled: no request finished for 750 ms (at most 10 s; a page may keep a connection open)
    for (let last = -1, i = 0; i < 14 && last !== sizes.requests; i++) {
      last = sizes.requests;
      await page.waitForTimeout(750);
    }
    weights[name] = { ...sizes };
    await context.close();
  }
  for (const name of Object.keys(mapPages)) {
    const times = [];
    for (let i = 0; i < runs + 1; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const started = Date.now();
      await page.goto(base + pages[name]);
      await page.waitForFunction(() => document.querySelectorAll(".map__svg .map__area").length > 1, undefined, {
        timeout: 30_000,
        polling: 16,
      });
      if (i > 0) times.push(Date.now() - started);
      await context.close();
    }
    times.sort((a, b) => a - b);
    maps[name] = {
      median: times[Math.floor(times.length / 2)],
      p95: times[Math.min(times.length - 1, Math.ceil(times.length * 0.95) - 1)],
    };
  }
  for (const [name, path] of Object.entries(pages)) {
    const times = [];
    for (let i = 0; i < runs + 1; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const started = Date.now();
      await page.goto(base + path);
      // First chart with data: a canvas with painted (non-transparent) pixels.
      await page.waitForFunction(
        () =>
          [...document.querySelectorAll("canvas")].some((c) => {
            const ctx = c.getContext("2d");
            if (!ctx || c.width === 0) return false;
            const data = ctx.getImageData(0, 0, c.width, c.height).data;
            for (let k = 3; k < data.length; k += 4 * 16) if (data[k] !== 0) return true;
            return false;
          }),
        undefined,
        { timeout: 30_000, polling: 16 },
      );
      if (i > 0) times.push(Date.now() - started); // the first visit warms the server
      await context.close();
    }
    times.sort((a, b) => a - b);
    results[name] = {
      median: times[Math.floor(times.length / 2)],
      p95: times[Math.min(times.length - 1, Math.ceil(times.length * 0.95) - 1)],
    };
  }
} finally {
  await browser.close();
  server.kill();
  rmSync(dataDir, { recursive: true, force: true });
}

const machine = `${cpus().length} CPUs (${cpus()[0]?.model.trim()}), Node ${process.version}; load average ${loadavg()
  .map((l) => l.toFixed(1))
  .join(" / ")}`;
const lines = [
  "## Dashboard",
  "",
  `Measured ${new Date().toISOString().slice(0, 10)} by \`pnpm bench:web\` (apps/web/bench/first-chart.bench.mjs): the built server on the demo data (SQLite) with its defaults (so after the warm-up visit the public queries come from the response cache, as for any resident after the first), headless Chromium, a fresh browser context per visit, ${runs} timed visits after one warm-up. Machine: ${machine}.`,
  "",
  "| measure | figure | goal |",
  "|---|---:|---:|",
  `| initial JavaScript of a first visit (gzip) | ${(initial / 1024).toFixed(1)} KB | ≤ 150 KB |`,
  ...Object.keys(pages).map(
    (name) =>
      `| time to first chart with data — ${labels[name]} (median / p95) | ${results[name].median} / ${results[name].p95} ms | ≤ 1,000 ms |`,
  ),
  ...Object.entries(mapPages).map(
    ([name, label]) =>
      `| time to the SVG map drawn — ${label} (median / p95) | ${maps[name].median} / ${maps[name].p95} ms | ≤ 1,000 ms |`,
  ),
  "",
  "Page weight of a first visit (a fresh browser context, nothing cached; bytes on the wire as the server sent them, gzip, headers included; until no request has finished for 750 ms):",
  "",
  "| route | JavaScript | CSS | data (GraphQL, boundaries) | other (HTML, fonts) | total | requests |",
  "|---|---:|---:|---:|---:|---:|---:|",
  ...Object.keys(weighed).map((name) => {
    const w = weights[name];
    const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
    return `| ${weighedLabels[name]} | ${kb(w.js)} | ${kb(w.css)} | ${kb(w.data)} | ${kb(w.other)} | ${kb(w.js + w.css + w.data + w.other)} | ${w.requests} |`;
  }),
  "",
];
console.log(lines.join("\n"));
const file = join(root, "BENCHMARKS.md");
const text = existsSync(file) ? readFileSync(file, "utf8") : "# Benchmarks\n";
const section = lines.join("\n");
const next = /\n## Dashboard\n[\s\S]*?(?=\n## |$)/.test(text)
  ? text.replace(/\n## Dashboard\n[\s\S]*?(?=\n## |$)/, `\n${section}`)
  : `${text.trimEnd()}\n\n${section}`;
writeFileSync(file, next.endsWith("\n") ? next : `${next}\n`);
