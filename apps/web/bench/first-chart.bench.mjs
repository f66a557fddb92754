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
  stdio: ["ignore", "pipe", "pipe"],
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
try {
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
