import { existsSync, statSync } from "node:fs";
import { basename } from "node:path";
import { parseArgs } from "node:util";
import {
  ADD1_OPTIONS,
  AllocationError,
  COMPARISONS,
  COMPLETIONS,
  PabulibParseError,
  TIE_BREAKS,
  allocate,
  allocationInstanceFromPabulib,
  parsePabulibLines,
  type Add1Option,
  type AllocationResult,
  type Comparison,
  type Completion,
  type GreedyVariant,
  type TieBreak,
} from "@coproduce/domain";
import { CliError, EXIT, type CliCommand } from "./command.js";
import { pabulibLines, warningSummary } from "./pabulib-files.js";

const USAGE =
  "usage: coproduce allocate FILE.pb[.gz] --rule greedy|greedy-no-skip|greedy-threshold --threshold N|greedy-swiecie|mes [--completion none|add1|add1u] [--add1-options integral,exhaustive]\n" +
  "       [--tie-break maxVotes,minCost,maxCost] [--tie-order ID,ID,…] [--comparison none|satisfaction|exclusionRatio] [--strict] [--json]";

function oneOf<T extends string>(value: string, allowed: readonly T[], option: string): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new CliError(`--${option} must be one of ${allowed.join(", ")}; got "${value}"\n${USAGE}`, EXIT.usage);
  }
  return value as T;
}

function listOf<T extends string>(value: string | undefined, allowed: readonly T[], option: string): T[] | undefined {
  if (value === undefined) return undefined;
  const items = value
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
  return items.map((item) => oneOf(item, allowed, option));
}

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + " ".repeat(width - text.length);
}

function table(result: AllocationResult, file: string): string {
  const lines = [
    `${file}: rule ${result.rule}${result.rule === "mes" ? `, completion ${result.completion}${result.add1Options.length > 0 ? ` (${result.add1Options.join(",")})` : ""}` : ""}`,
    `budget ${result.budget}, spent ${result.spent}, left ${result.leftover}, ${result.voters} voters, ${result.selected.length} projects funded` +
      (result.perVoterShare ? `, per-voter share ${result.perVoterShare.exact}` : "") +
      (result.add1Steps === undefined ? "" : `, ${result.add1Steps} add1 steps`),
  ];
  if (result.comparisonOutcome) {
    const c = result.comparisonOutcome;
    lines.push(
      `comparison (${c.kind}): ${c.preferMes} voters prefer MES, ${c.preferGreedy} prefer greedy → ${c.used} outcome used`,
    );
  }
  const rows = result.explanations.map((e) => [
    e.projectId,
    String(e.cost),
    String(e.votes),
    e.selected ? "yes" : "no",
    e.summary,
  ]);
  const header = ["project", "cost", "votes", "funded", "why"];
  const widths = header.slice(0, 4).map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const fmt = (r: string[]): string =>
    r
      .slice(0, 4)
      .map((cell, i) => pad(cell, widths[i]!))
      .join("  ") +
    "  " +
    r[4]!;
  lines.push("", fmt(header), fmt(widths.map((w) => "-".repeat(w)).concat("---")));
  for (const r of rows) lines.push(fmt(r));
  return lines.join("\n") + "\n";
}

/** `pnpm coproduce allocate FILE.pb --rule greedy|mes …`: runs an allocation rule over a pabulib file. */
export const allocateCommand: CliCommand = {
  name: "allocate",
  summary: "Run an allocation rule (greedy, Method of Equal Shares) over a Pabulib .pb file",
  async run(args, io) {
    let parsed;
    try {
      parsed = parseArgs({
        args,
        allowPositionals: true,
        options: {
          rule: { type: "string" },
          completion: { type: "string" },
          "add1-options": { type: "string" },
          "tie-break": { type: "string" },
          "tie-order": { type: "string" },
          comparison: { type: "string" },
          json: { type: "boolean", default: false },
          strict: { type: "boolean", default: false },
          threshold: { type: "string" },
          help: { type: "boolean", default: false },
        },
      });
    } catch (error) {
      throw new CliError(`${(error as Error).message}\n${USAGE}`, EXIT.usage);
    }
    const v = parsed.values;
    if (v.help) {
      io.stdout(`${USAGE}\n`);
      return EXIT.ok;
    }
    const file = parsed.positionals[0];
    if (!file || parsed.positionals.length > 1)
      throw new CliError(`expected exactly one FILE.pb\n${USAGE}`, EXIT.usage);
    if (v.rule === undefined) throw new CliError(`--rule is required\n${USAGE}`, EXIT.usage);
    // Pabulib's rule names for the greedy variants are accepted as rules of their own.
    const ruleName = oneOf(
      v.rule,
      ["greedy", "mes", "greedy-no-skip", "greedy-threshold", "greedy-swiecie"] as const,
      "rule",
    );
    const rule = ruleName === "mes" ? "mes" : "greedy";
    const variant: GreedyVariant =
      ruleName === "greedy-no-skip"
        ? "no-skip"
        : ruleName === "greedy-threshold"
          ? "threshold"
          : ruleName === "greedy-swiecie"
            ? "swiecie"
            : "standard";
    const threshold = v.threshold === undefined ? undefined : Number(v.threshold);
    if (variant === "threshold" && (threshold === undefined || !Number.isSafeInteger(threshold) || threshold < 0))
      throw new CliError(`--rule greedy-threshold needs --threshold N (a whole number of votes)\n${USAGE}`, EXIT.usage);
    const completion: Completion = v.completion === undefined ? "none" : oneOf(v.completion, COMPLETIONS, "completion");
    const add1Options: Add1Option[] = listOf(v["add1-options"], ADD1_OPTIONS, "add1-options") ?? [];
    const tieBreak: TieBreak[] | undefined = listOf(v["tie-break"], TIE_BREAKS, "tie-break");
    const tieOrder = v["tie-order"]
      ?.split(",")
      .map((s) => s.trim())
      .filter((s) => s !== "");
    const comparison: Comparison = v.comparison === undefined ? "none" : oneOf(v.comparison, COMPARISONS, "comparison");
    if (rule === "greedy" && (completion !== "none" || add1Options.length > 0 || comparison !== "none")) {
      throw new CliError(
        `--completion, --add1-options and --comparison apply to --rule mes only\n${USAGE}`,
        EXIT.usage,
      );
    }
    if (add1Options.length > 0 && completion === "none") {
      throw new CliError(`--add1-options needs --completion add1 or add1u\n${USAGE}`, EXIT.usage);
    }
    if (!existsSync(file) || !statSync(file).isFile()) throw new CliError(`file not found: ${file}`, EXIT.notFound);

    let instance;
    try {
      instance = await parsePabulibLines(pabulibLines(file), { strict: v.strict });
    } catch (error) {
      if (error instanceof PabulibParseError)
        throw new CliError(`${basename(file)}: ${error.message}`, EXIT.invalidInput);
      throw error;
    }
    const warnings = warningSummary(instance, basename(file));
    if (warnings) io.stderr(warnings);
    let result: AllocationResult;
    try {
      result = allocate(allocationInstanceFromPabulib(instance), {
        rule,
        ...(variant === "standard" ? {} : { variant }),
        ...(threshold === undefined ? {} : { threshold }),
        completion,
        add1Options,
        comparison,
        ...(tieBreak === undefined ? {} : { tieBreak }),
        ...(tieOrder === undefined ? {} : { tieOrder }),
      });
    } catch (error) {
      if (error instanceof AllocationError)
        throw new CliError(`${basename(file)}: ${error.message}`, EXIT.invalidInput);
      throw error;
    }
    if (v.json) io.stdout(`${JSON.stringify({ file: basename(file), voteType: instance.voteType, ...result })}\n`);
    else io.stdout(table(result, basename(file)));
    return EXIT.ok;
  },
};
