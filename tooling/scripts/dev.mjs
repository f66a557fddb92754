#!/usr/bin/env node
// `pnpm dev` — work on the product with live reload: the domain and the API are compiled by `tsc --watch`,
// the API server restarts whenever its compiled output changes (node --watch), and Vite serves the dashboard
// with hot reload on http://localhost:5173, proxying /graphql and the exports to the API on API_PORT (4000).
// The API uses its embedded SQLite file unless DATABASE_URL says otherwise. Ctrl-C stops everything.
import { spawn, spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const apiPort = process.env.API_PORT ?? "4000";

// One full build first, so the watchers start from a complete dist/ (the API imports the domain's).
const built = spawnSync(
  "pnpm",
  ["exec", "turbo", "run", "build", "--filter=@coproduce/api", "--output-logs=errors-only"],
  { cwd: root, stdio: "inherit" },
);
if (built.status !== 0) process.exit(built.status ?? 1);

const children = [];
function start(name, command, args, cwd, env = {}) {
  const child = spawn(command, args, { cwd: join(root, cwd), stdio: "inherit", env: { ...process.env, ...env } });
  child.on("exit", (code) => {
    if (code !== null && code !== 0) console.error(`› ${name} stopped (exit ${code})`);
  });
  children.push(child);
}

start(
  "domain compiler",
  "pnpm",
  ["exec", "tsc", "-p", "tsconfig.build.json", "--watch", "--preserveWatchOutput"],
  "packages/domain",
);
start(
  "API compiler",
  "pnpm",
  ["exec", "tsc", "-p", "tsconfig.build.json", "--watch", "--preserveWatchOutput"],
  "apps/api",
);
start(
  "API server",
  "node",
  ["--watch-path=dist", "--watch-path=../../packages/domain/dist", "dist/main.js"],
  "apps/api",
  {
    PORT: apiPort,
  },
);
start("dashboard (Vite)", "pnpm", ["exec", "vite"], "apps/web", { API_PORT: apiPort });

function stop() {
  for (const child of children) child.kill("SIGTERM");
  process.exit(0);
}
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
