// `pnpm bench:lottery`: the panel lottery on the paper's two public pools (Flanigan et al. 2021,
// ../shared/data/sortition/) and reproducible synthetic pools with 4–8 quota categories.
// For each instance: the published minimum selection probability, the certified upper bound on
// the exact maximin optimum (LP relaxation / pricing-MILP duality), their relative gap, and time.
// Each instance runs in its own process with a time limit (LOTTERY_BENCH_TIMEOUT seconds, default 120).
// Options: --only NAME (substring), --max-pool N, --algorithm maximin|leximin.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { cpus } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { SYNTHETIC, syntheticInstance } from "./synthetic.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const shared = process.env.COPRODUCE_SHARED_DIR ?? join(here, "../../../../shared");
const args = process.argv.slice(2);
const opt = (name) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : undefined);

function csv(path) {
  const [h, ...rows] = readFileSync(path, "utf8")
    .trim()
    .split(/\r?\n/)
    .map((l) => l.split(","));
  return rows.map((r) => Object.fromEntries(h.map((k, i) => [k, r[i]])));
}
function paper(name, seats) {
  const dir = join(shared, "data/sortition", name);
  if (!existsSync(dir)) return null;
  const quotas = {};
  for (const r of csv(join(dir, "categories.csv")))
    (quotas[r.category] ??= {})[r.feature] = { min: +r.min, max: +r.max };
  const applicants = csv(join(dir, "respondents.csv")).map((r, i) => ({ id: String(i + 1), categories: r }));
  return { name, applicants, quotas, panelSize: seats, categories: Object.keys(quotas).length };
}
const INSTANCES = [
  { name: "example_small_20", load: () => paper("example_small_20", 20), pool: 200 },
  { name: "example_large_200", load: () => paper("example_large_200", 200), pool: 2000 },
  ...SYNTHETIC.map((s) => ({ name: s.name, load: () => syntheticInstance(s), pool: s.pool })),
];

if (opt("instance")) {
  // child: run one instance and print one JSON line
  const { selectPanelByLottery } = await import("@coproduce/domain/lottery");
  const inst = INSTANCES.find((i) => i.name === opt("instance")).load();
  const started = performance.now();
  const r = await selectPanelByLottery({
    applicants: inst.applicants,
    quotas: inst.quotas,
    panelSize: inst.panelSize,
    seed: "bench",
    options: { algorithm: opt("algorithm") ?? "maximin" },
  });
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(
    JSON.stringify({
      pool: inst.applicants.length,
      seats: inst.panelSize,
      categories: inst.categories,
      cells: r.cells.length,
      min: r.minProbability,
      upper: r.optimality.upperBound,
      gap: r.optimality.relativeGap,
      iterations: r.optimality.iterations,
      panels: r.optimality.panelsGenerated,
      quotasMet: r.quotasMet,
      seconds,
    }) + "\n",
  );
  process.exit(0);
}

const timeout = Number(process.env.LOTTERY_BENCH_TIMEOUT ?? 120);
const maxPool = Number(opt("max-pool") ?? Infinity);
const algorithm = opt("algorithm") ?? "maximin";
const pct = (p) => `${(100 * p).toFixed(3)} %`;
console.log(
  `panel lottery benchmark (${algorithm}), ${cpus().length} × ${cpus()[0]?.model ?? "?"}, node ${process.version}, ${new Date().toISOString().slice(0, 10)}`,
);
console.log("| instance | pool | seats | categories | cells | min probability | optimum ≤ | gap | time | goal |");
console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
for (const inst of INSTANCES) {
  if (opt("only") && !inst.name.includes(opt("only"))) continue;
  if (inst.pool > maxPool) continue;
  const child = spawnSync(
    process.execPath,
    [fileURLToPath(import.meta.url), "--instance", inst.name, "--algorithm", algorithm],
    {
      encoding: "utf8",
      timeout: timeout * 1000,
    },
  );
  const limit = inst.pool <= 200 ? 2 : inst.pool <= 2000 ? 30 : Infinity;
  if (child.status !== 0 || !child.stdout.trim()) {
    console.log(`| ${inst.name} | ${inst.pool} | | | | | | | > ${timeout} s (stopped) | **missed** (time) |`);
    continue;
  }
  const r = JSON.parse(child.stdout.trim().split("\n").at(-1));
  const ok = r.gap <= 0.01 && r.seconds <= limit && r.quotasMet;
  const why = [r.gap > 0.01 ? "gap" : "", r.seconds > limit ? `time > ${limit} s` : ""].filter(Boolean).join(", ");
  console.log(
    `| ${inst.name} | ${r.pool} | ${r.seats} | ${r.categories} | ${r.cells} | ${pct(r.min)} | ${pct(r.upper)} | ${pct(r.gap)} | ${r.seconds.toFixed(2)} s | ${ok ? "met" : `**missed** (${why})`} |`,
  );
}
