#!/usr/bin/env node
// `pnpm coproduce <command> …` — runs the command-line tool from apps/api's build.
// Builds first when the sources are newer than the build; build output goes to stderr so that
// `pnpm --silent coproduce … --json` prints exactly one JSON document on stdout.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const entry = join(root, "apps/api/dist/cli/main.js");

function newest(dir) {
  let latest = 0;
  if (!existsSync(dir)) return latest;
  for (const name of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, name.name);
    latest = Math.max(latest, name.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

const built = existsSync(entry) ? statSync(entry).mtimeMs : 0;
const sources = Math.max(newest(join(root, "apps/api/src")), newest(join(root, "packages/domain/src")));
if (built === 0 || sources > built) {
  const build = spawnSync(
    "pnpm",
    ["exec", "turbo", "run", "build", "--filter=@coproduce/api", "--output-logs=errors-only"],
    {
      cwd: root,
      stdio: ["ignore", process.stderr, process.stderr],
    },
  );
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const run = spawnSync(process.execPath, [entry, ...process.argv.slice(2)], { stdio: "inherit" });
process.exit(run.status ?? 1);
