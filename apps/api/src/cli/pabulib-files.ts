import { createReadStream, readdirSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import { createInterface, type Interface } from "node:readline";
import { createGunzip } from "node:zlib";
import type { PabulibInstance } from "@coproduce/domain";

/** The lines of a `.pb` or `.pb.gz` file, streamed (gzip decompressed on the fly). */
export function pabulibLines(path: string): Interface {
  const raw = createReadStream(path);
  const input = path.endsWith(".gz") ? raw.pipe(createGunzip()) : raw;
  input.setEncoding("utf8");
  return createInterface({ input, crlfDelay: Infinity });
}

/** A file's name without `.pb` / `.pb.gz`. */
export function pabulibName(path: string): string {
  return basename(path).replace(/\.pb(\.gz)?$/, "");
}

const PB = /\.pb(\.gz)?$/;

/** The `.pb`/`.pb.gz` files of a directory (sorted), or the one file named. */
export function pabulibFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .filter((f) => PB.test(f))
    .sort()
    .map((f) => join(path, f));
}

/** One line per warning code, plus the first few warnings with line and field. */
export function warningSummary(pb: PabulibInstance, file: string, show = 3): string {
  if (pb.warningCount === 0) return "";
  const counts = Object.entries(pb.warningsByCode)
    .map(([code, n]) => `${n} ${code}`)
    .join(", ");
  const first = pb.warnings
    .slice(0, show)
    .map(
      (w) => `  ${file}: warning: line ${w.line}${w.field === undefined ? "" : `, field "${w.field}"`}: ${w.message}\n`,
    )
    .join("");
  const more = pb.warningCount > show ? `  … ${pb.warningCount - show} more\n` : "";
  return `${file}: ${pb.warningCount} warning${pb.warningCount === 1 ? "" : "s"} (${counts})\n${first}${more}`;
}
