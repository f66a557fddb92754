#!/usr/bin/env node
// Reads every file of the Pabulib corpus (../shared/data/pabulib-all, .pb.gz, streamed through
// node:zlib) with the domain's parser in the default (lenient) mode, builds each allocation
// instance, and reports rejected files and warnings per file. Exits 1 if any file is rejected.
// Run: pnpm bench:corpus (from the repo root) after `pnpm --filter @coproduce/domain build`.
// Options: --strict (today's strict behaviour, to see what it rejects), --dir DIR, --verbose.
import { createReadStream, readdirSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { createGunzip } from "node:zlib";
import { allocateGreedy, allocationInstanceFromPabulib, parsePabulibLines } from "../dist/index.js";

const here = fileURLToPath(new URL(".", import.meta.url));
const { values } = parseArgs({
  options: { strict: { type: "boolean" }, dir: { type: "string" }, verbose: { type: "boolean" } },
});
const dir =
  values.dir ??
  join(process.env.COPRODUCE_SHARED_DIR ?? join(here, "..", "..", "..", "..", "shared"), "data", "pabulib-all");

function lines(path) {
  const input = createReadStream(path);
  const text = path.endsWith(".gz") ? input.pipe(createGunzip()) : input;
  text.setEncoding("utf8");
  return createInterface({ input: text, crlfDelay: Infinity });
}

const files = readdirSync(dir)
  .filter((f) => f.endsWith(".pb") || f.endsWith(".pb.gz"))
  .sort();
const t0 = performance.now();
let rejected = 0;
let ballots = 0;
let withWarnings = 0;
let ties = 0;
const byCode = {};
for (const f of files) {
  try {
    const pb = await parsePabulibLines(lines(join(dir, f)), { strict: values.strict ?? false });
    try {
      allocateGreedy(allocationInstanceFromPabulib(pb)); // the engine accepts the instance
    } catch (error) {
      if (error.code !== "UNRESOLVED_TIE") throw error;
      ties += 1;
    }
    ballots += pb.votes.length;
    if (pb.warningCount > 0) withWarnings += 1;
    for (const [code, n] of Object.entries(pb.warningsByCode)) {
      byCode[code] ??= { files: 0, warnings: 0 };
      byCode[code].files += 1;
      byCode[code].warnings += n;
    }
    if (values.verbose && pb.warningCount > 0)
      console.log(`${f}: ${pb.warningCount} warnings ${JSON.stringify(pb.warningsByCode)}`);
  } catch (error) {
    rejected += 1;
    console.log(`REJECTED ${f}: ${error.message}`);
  }
}
const s = (performance.now() - t0) / 1000;
console.log(
  `${files.length} files, ${files.length - rejected} read, ${rejected} rejected (${values.strict ? "strict" : "lenient"} mode); ` +
    `${ballots} ballots in ${s.toFixed(1)} s; ${withWarnings} files with warnings; ${ties} greedy ties left open by the default tie-break`,
);
for (const [code, { files: nf, warnings }] of Object.entries(byCode))
  console.log(`  ${code}: ${warnings} warnings in ${nf} files`);
process.exit(rejected === 0 ? 0 : 1);
