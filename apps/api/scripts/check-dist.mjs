#!/usr/bin/env node
// Fails the build when test code reaches the production build: a file importing vitest, or a
// spec, fixture, tenancy case or test helper compiled into dist/.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

const dist = join(import.meta.dirname, "..", "dist");
const problems = [];
const walk = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (entry.name.endsWith(".js")) {
      const rel = relative(dist, path);
      if (/(\.spec|\.fixture|\.tenancy)\.js$/.test(entry.name) || rel.startsWith("test/"))
        problems.push(`${rel}: test code`);
      else if (/from\s+["']vitest["']/.test(readFileSync(path, "utf8"))) problems.push(`${rel}: imports vitest`);
    }
  }
};
walk(dist);
if (problems.length > 0) {
  console.error(`✗ test code in the production build (apps/api/dist):\n  ${problems.join("\n  ")}`);
  process.exit(1);
}
