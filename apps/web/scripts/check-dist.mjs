// Fails the build when test code reaches the production bundle: vitest, @vue/test-utils, happy-dom,
// anything under src/test/ or a *.spec.ts, read from the built chunks and their source maps.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

const assets = join(import.meta.dirname, "..", "dist", "assets");
const FORBIDDEN = [
  /node_modules\/(?:\.pnpm\/)?(?:vitest|@vitest|@vue\+test-utils|@vue\/test-utils|happy-dom)/,
  /\/src\/test\//,
  /\.spec\.ts$/,
];
const problems = [];
let maps = 0;
for (const name of readdirSync(assets)) {
  if (name.endsWith(".js.map")) {
    maps++;
    const { sources = [] } = JSON.parse(readFileSync(join(assets, name), "utf8"));
    for (const source of sources) if (FORBIDDEN.some((re) => re.test(source))) problems.push(`${name}: ${source}`);
  } else if (
    name.endsWith(".js") &&
    /\bfrom\s*["']vitest["']|__vitest_|@vue\/test-utils/.test(readFileSync(join(assets, name), "utf8"))
  ) {
    problems.push(`${name}: mentions vitest or @vue/test-utils`);
  }
}
if (maps === 0) {
  console.error("check-dist: no source maps in dist/assets (build.sourcemap must stay on for this check)");
  process.exit(1);
}
if (problems.length) {
  console.error(`Test code in the production bundle:\n  ${problems.join("\n  ")}`);
  process.exit(1);
}
console.log(`No test code in dist (${maps} source maps read).`);
