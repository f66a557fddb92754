#!/usr/bin/env node
// Times the Method of Equal Shares (+ Add1u, integral+exhaustive — the compute tool's defaults)
// in-process on the four files of issue 16, for the built `dist` and optionally a baseline build
// (--baseline DIR: another build's dist/index.js directory), checking both give identical winners.
// Reports the median CPU time (process.cpuUsage) of --runs runs after one warm-up: the machine is
// shared, and CPU time is less disturbed by other processes than wall time.
// Run: pnpm --filter @coproduce/domain run bench:mes [-- --baseline /tmp/old-dist --runs 5]
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { loadavg } from "node:os";

const here = fileURLToPath(new URL(".", import.meta.url));
const root = join(here, "..", "..", "..");
const pabulib = join(process.env.COPRODUCE_SHARED_DIR ?? join(root, "..", "shared"), "data", "pabulib");
const { values } = parseArgs({
  options: { baseline: { type: "string" }, runs: { type: "string" }, files: { type: "string" } },
});
const FILES = values.files?.split(",") ?? [
  "poland_warszawa_2019_ursynow.pb",
  "poland_lodz_2022_.pb",
  "poland_wroclaw_2015_150-500.pb",
  "poland_gdansk_2020_.pb",
];
const RUNS = Number(values.runs ?? 3);
const MES = {
  rule: "mes",
  completion: "add1u",
  add1Options: ["integral", "exhaustive"],
  tieBreak: ["maxVotes", "minCost"],
};
const current = await import(join(here, "..", "dist", "index.js"));
const baseline = values.baseline ? await import(join(values.baseline, "index.js")) : undefined;

function cpuMs(fn) {
  const c0 = process.cpuUsage();
  const result = fn();
  const c = process.cpuUsage(c0);
  return { ms: (c.user + c.system) / 1000, result };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function measure(lib, inst) {
  lib.allocate(inst, MES); // warm-up
  const times = [];
  let result;
  for (let r = 0; r < RUNS; r++) {
    const m = cpuMs(() => lib.allocate(inst, MES));
    times.push(m.ms);
    result = m.result;
  }
  return { ms: median(times), result };
}

console.log(
  `load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(" / ")}; median CPU ms of ${RUNS} runs`,
);
for (const f of FILES) {
  const pb = current.parsePabulibString(readFileSync(join(pabulib, f), "utf8"));
  const inst = current.allocationInstanceFromPabulib(pb);
  const now = measure(current, inst);
  let line = `${f}: ${now.ms.toFixed(0)} ms (add1 steps ${now.result.add1Steps}, ${now.result.selected.length} funded)`;
  if (baseline) {
    const before = measure(baseline, inst);
    const same =
      before.result.selected.join() === now.result.selected.join() && before.result.add1Steps === now.result.add1Steps;
    line += `; baseline ${before.ms.toFixed(0)} ms → ${(before.ms / now.ms).toFixed(2)}× ; identical winners: ${same}`;
    if (!same) process.exitCode = 1;
  }
  console.log(line);
}
