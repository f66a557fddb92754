#!/usr/bin/env node
// Equal Shares speed against the benchmark peer: the equalshares compute tool (the browser tool
// cities use, MIT-licensed, https://github.com/equalshares/equalshares-compute-tool), fetched
// separately and run here in Node beside this engine — its code is loaded from --tool at run time
// and is not part of this project.
//
// For each file: both parse it with their own parser (not timed); then, interleaved in one
// process, REPS times: the tool's `equalShares(instance, params)` (its defaults: floats, add1u,
// exhaustive + integral, increment 1; tie-break maxVotes, minCost like ours) and this engine's
// `allocate(instance, MES + add1u)` (exact arithmetic, instance compilation included). Reports the
// medians of wall and CPU time, the ratio of the medians, and whether both fund the same projects.
//
// Get the tool:  git clone https://github.com/equalshares/equalshares-compute-tool /tmp/tool
//   (or from a bare mirror: git -C MIRROR archive HEAD js | tar -x -C /tmp/tool)
// Run:           pnpm --filter @coproduce/domain run bench:peer -- --tool /tmp/tool --reps 5
import { readFileSync } from "node:fs";
import { loadavg, cpus } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { gunzipSync } from "node:zlib";

const here = fileURLToPath(new URL(".", import.meta.url));
const root = join(here, "..", "..", "..");
const shared = process.env.COPRODUCE_SHARED_DIR ?? join(root, "..", "shared");
const { values } = parseArgs({
  options: {
    tool: { type: "string" },
    reps: { type: "string" },
    files: { type: "string" },
    ours: { type: "string" },
  },
});
if (!values.tool) {
  console.error("--tool DIR (a copy of equalshares-compute-tool, with js/methodOfEqualSharesWorker.js) is required");
  process.exit(2);
}
const REPS = Number(values.reps ?? 5);
const FILES = values.files?.split(",") ?? [
  "poland_lodz_2022_.pb",
  "poland_wroclaw_2015_150-500.pb",
  "poland_gdansk_2020_.pb",
  "poland_warszawa_2019_ursynow.pb",
];
const ours = await import(values.ours ?? join(here, "..", "dist", "index.js"));
const MES = {
  rule: "mes",
  completion: "add1u",
  add1Options: ["integral", "exhaustive"],
  tieBreak: ["maxVotes", "minCost"],
};
const TOOL_PARAMS = {
  tieBreaking: ["maxVotes", "minCost"],
  completion: "add1u",
  add1options: ["exhaustive", "integral"],
  comparison: "none",
  accuracy: "floats",
  increment: 1,
};

// The tool's worker is a classic script for a Web Worker: give it importScripts and postMessage,
// and compile it in this realm (not a vm context, whose global lookups would slow it down).
const js = join(values.tool, "js");
const importScripts = (...paths) => {
  for (const p of paths) new Function(readFileSync(join(js, p), "utf8")).call(globalThis);
};
const toolEqualShares = new Function(
  "importScripts",
  "postMessage",
  `${readFileSync(join(js, "methodOfEqualSharesWorker.js"), "utf8")}\nreturn equalShares;`,
)(importScripts, () => {});
const { parsePabulibFromString } = await import(pathToFileURL(join(js, "pabulibParser.js")).href);

function readText(name) {
  for (const [dir, suffix] of [
    ["pabulib", ""],
    ["pabulib-all", ".gz"],
  ]) {
    try {
      const buf = readFileSync(join(shared, "data", dir, name + suffix));
      return suffix ? gunzipSync(buf).toString("utf8") : buf.toString("utf8");
    } catch {
      /* try the next place */
    }
  }
  throw new Error(`${name} not found under ${shared}/data`);
}

function timed(fn) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const result = fn();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1000, result };
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const la = () =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(" / ");

console.log(`${cpus().length} CPUs (${cpus()[0]?.model}), Node ${process.version}; load average ${la()}`);
console.log(`${REPS} interleaved repetitions per file after one warm-up of each; medians`);
const rows = [];
for (const f of FILES) {
  const text = readText(f);
  const toolInstance = parsePabulibFromString(text);
  const inst = ours.allocationInstanceFromPabulib(ours.parsePabulibString(text));
  // Warm-up (JIT) of both, and the winners compared.
  const t = toolEqualShares(toolInstance, TOOL_PARAMS);
  const o = ours.allocate(inst, MES);
  const same = [...t.winners].sort().join() === [...o.selected].sort().join();
  const toolT = [];
  const toolC = [];
  const ourT = [];
  const ourC = [];
  for (let r = 0; r < REPS; r++) {
    const a = timed(() => toolEqualShares(toolInstance, TOOL_PARAMS));
    const b = timed(() => ours.allocate(inst, MES));
    toolT.push(a.wall);
    toolC.push(a.cpu);
    ourT.push(b.wall);
    ourC.push(b.cpu);
  }
  const row = {
    file: f,
    voters: inst.ballots?.length ?? 0,
    toolWall: median(toolT),
    toolCpu: median(toolC),
    ourWall: median(ourT),
    ourCpu: median(ourC),
    same,
    add1Steps: o.add1Steps,
  };
  rows.push(row);
  console.log(
    `${f}: tool ${row.toolWall.toFixed(0)} ms wall / ${row.toolCpu.toFixed(0)} ms CPU; ours ${row.ourWall.toFixed(1)} ms wall / ${row.ourCpu.toFixed(1)} ms CPU; ` +
      `${(row.toolWall / row.ourWall).toFixed(1)}× wall, ${(row.toolCpu / row.ourCpu).toFixed(1)}× CPU; add1 steps ${row.add1Steps}; identical winners: ${same}; load ${la()}`,
  );
  if (!same) process.exitCode = 1;
}
console.log(`load average at the end ${la()}`);
