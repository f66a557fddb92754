import { amountToMinor } from "./parser.js";
import type { PabulibInstance } from "./types.js";

/** Quotes a field the way pabulib's own files do (CSV minimal quoting with `;`). */
function quote(value: string): string {
  return /[;"\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function row(values: readonly string[]): string {
  return values.map(quote).join(";");
}

function formatNumber(n: number): string {
  return Number.isInteger(n) ? n.toFixed(0) : String(n);
}

/** Minor units as a decimal amount: 96924538 → "969245.38", 100000 → "1000". */
export function formatMinor(minor: number): string {
  const sign = minor < 0 ? "-" : "";
  const a = Math.abs(minor);
  const cents = a % 100;
  const units = (a - cents) / 100;
  return cents === 0 ? `${sign}${units}` : `${sign}${units}.${String(cents).padStart(2, "0")}`;
}

/** The current name of a PROJECTS column (`target` was renamed `beneficiaries`). */
function currentColumn(column: string): string {
  return column === "target" ? "beneficiaries" : column;
}

/** Writes an instance as `.pb` lines (without terminators), section by section. */
export function* writePabulibLines(instance: PabulibInstance): Generator<string> {
  yield "META";
  yield "key;value";
  for (const [key, value] of Object.entries(instance.meta)) yield row([key, value]);
  yield "PROJECTS";
  const hasBeneficiaries = instance.projectColumns.includes("beneficiaries");
  const columns = instance.projectColumns.filter((c) => !(c === "target" && hasBeneficiaries));
  yield row(columns.map(currentColumn));
  for (const project of instance.projects) {
    yield row(
      columns.map((column) =>
        column === "project_id"
          ? project.fields.project_id?.trim() === project.id
            ? project.fields.project_id
            : project.id
          : column === "cost"
            ? project.fields.cost !== undefined && amountToMinor(project.fields.cost) === project.costMinor
              ? project.fields.cost
              : formatMinor(project.costMinor)
            : column === "beneficiaries" || column === "target"
              ? (project.fields.beneficiaries ?? project.fields.target ?? "")
              : (project.fields[column] ?? ""),
      ),
    );
  }
  yield "VOTES";
  yield row(instance.voteColumns);
  for (const vote of instance.votes) {
    yield row(
      instance.voteColumns.map((column) => {
        if (column === "voter_id") return vote.voterId;
        if (column === "vote") return vote.vote.join(",");
        if (column === "points") return (vote.points ?? []).map(formatNumber).join(",");
        return vote.extra[column] ?? "";
      }),
    );
  }
}

/** Writes an instance as a `.pb` document (`\n` line ends, trailing newline). */
export function writePabulib(instance: PabulibInstance): string {
  let out = "";
  for (const line of writePabulibLines(instance)) out += `${line}\n`;
  return out;
}
