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

/** Writes an instance as `.pb` lines (without terminators), section by section. */
export function* writePabulibLines(instance: PabulibInstance): Generator<string> {
  yield "META";
  yield "key;value";
  for (const [key, value] of Object.entries(instance.meta)) yield row([key, value]);
  yield "PROJECTS";
  yield row(instance.projectColumns);
  for (const project of instance.projects) {
    yield row(
      instance.projectColumns.map((column) =>
        column === "project_id"
          ? project.fields.project_id?.trim() === project.id
            ? project.fields.project_id
            : project.id
          : column === "cost"
            ? project.fields.cost !== undefined && Number(project.fields.cost.trim()) === project.cost
              ? project.fields.cost
              : formatNumber(project.cost)
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
