import { execFileSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const api = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.name === "test" || entry.name.endsWith(".spec.ts")) continue; // not built
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

/** vitest globalSetup: the process tests run `node dist/…`, so dist/ must match src/. */
export default function setup(): void {
  let built: number;
  try {
    built = statSync(join(api, "dist", "main.js")).mtimeMs;
  } catch {
    built = 0;
  }
  if (newest(join(api, "src")) > built) {
    execFileSync("pnpm", ["exec", "tsc", "-p", "tsconfig.build.json"], { cwd: api, stdio: "inherit" });
  }
}
