import { existsSync, readFileSync } from "node:fs";
import { basename } from "node:path";
import { parseArgs } from "node:util";
import {
  ceremonySummary,
  ceremonyTicketsProblem,
  LOTTERY_ALGORITHMS,
  LotteryInputError,
  type LotteryAlgorithm,
  type LotteryApplicant,
} from "@coproduce/domain";
import { CliError, EXIT, type CliCommand } from "./command.js";

const USAGE =
  "usage: coproduce lottery draw --pool respondents.csv --quotas categories.csv --size K --seed S\n" +
  "       [--algorithm maximin|leximin] [--household-column C] [--ceremony-tickets M] [--json]\n" +
  "       coproduce lottery verify --round SLUG | --commitment commitment.json --pool pool.csv --seed S [--panel IDS] [--json]";

/** A CSV row with its 1-based line number in the file. */
interface Row {
  line: number;
  cells: string[];
}

/** RFC 4180 CSV (quotes, doubled quotes, CRLF); blank lines skipped. */
export function parseCsv(text: string): Row[] {
  const rows: Row[] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  const endRow = () => {
    cells.push(cell);
    if (!(cells.length === 1 && cells[0] === "")) rows.push({ line: rowLine, cells });
    cells = [];
    cell = "";
  };
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === "\n") line++;
        cell += ch;
      }
    } else if (ch === '"' && cell === "") quoted = true;
    else if (ch === ",") {
      cells.push(cell);
      cell = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && src[i + 1] === "\n") i++;
      endRow();
      line++;
      rowLine = line;
    } else cell += ch;
  }
  if (cell !== "" || cells.length > 0) endRow();
  return rows;
}

function readCsv(path: string, option: string): { name: string; header: string[]; rows: Row[] } {
  if (!existsSync(path)) throw new CliError(`${option}: file not found: ${path}`, EXIT.notFound);
  const rows = parseCsv(readFileSync(path, "utf8"));
  const name = basename(path);
  const [head, ...rest] = rows;
  if (!head) throw new CliError(`${name}: the file is empty`, EXIT.invalidInput);
  const header = head.cells.map((h) => h.trim());
  for (const r of rest)
    if (r.cells.length !== header.length)
      throw new CliError(
        `${name} line ${r.line}: ${r.cells.length} fields, but the header has ${header.length}`,
        EXIT.invalidInput,
      );
  return { name, header, rows: rest };
}

const WHOLE = /^\d+$/;

export function readQuotas(path: string): Record<string, Record<string, { min: number; max: number }>> {
  const { name, header, rows } = readCsv(path, "--quotas");
  const col = (field: string) => {
    const i = header.indexOf(field);
    if (i < 0)
      throw new CliError(
        `${name} line 1: missing column "${field}" (need category,feature,min,max)`,
        EXIT.invalidInput,
      );
    return i;
  };
  const [c, f, lo, hi] = [col("category"), col("feature"), col("min"), col("max")];
  const quotas: Record<string, Record<string, { min: number; max: number }>> = {};
  for (const r of rows) {
    const category = r.cells[c]!.trim();
    const feature = r.cells[f]!.trim();
    if (category === "") throw new CliError(`${name} line ${r.line}, field category: empty`, EXIT.invalidInput);
    if (feature === "") throw new CliError(`${name} line ${r.line}, field feature: empty`, EXIT.invalidInput);
    const num = (i: number, field: string) => {
      const v = r.cells[i]!.trim();
      if (!WHOLE.test(v))
        throw new CliError(`${name} line ${r.line}, field ${field}: "${v}" is not a whole number`, EXIT.invalidInput);
      return Number(v);
    };
    const min = num(lo, "min");
    const max = num(hi, "max");
    if (max < min)
      throw new CliError(`${name} line ${r.line}, field max: ${max} is below min ${min}`, EXIT.invalidInput);
    const dim = (quotas[category] ??= {});
    if (dim[feature])
      throw new CliError(`${name} line ${r.line}: ${category} = ${feature} is listed twice`, EXIT.invalidInput);
    dim[feature] = { min, max };
  }
  return quotas;
}

export function readPool(
  path: string,
  dimensions: readonly string[],
  householdColumn: string | undefined,
): { applicants: LotteryApplicant[]; lineOf: Map<string, number>; name: string } {
  const { name, header, rows } = readCsv(path, "--pool");
  const idCol = header.indexOf("id");
  for (const d of dimensions)
    if (!header.includes(d))
      throw new CliError(`${name} line 1: missing column "${d}" (a category of the quotas file)`, EXIT.invalidInput);
  const hhCol = householdColumn === undefined ? -1 : header.indexOf(householdColumn);
  if (householdColumn !== undefined && hhCol < 0)
    throw new CliError(`--household-column: ${name} has no column "${householdColumn}"`, EXIT.usage);
  const lineOf = new Map<string, number>();
  const applicants = rows.map((r, index) => {
    const id = idCol >= 0 ? r.cells[idCol]!.trim() : String(index + 1);
    if (id === "") throw new CliError(`${name} line ${r.line}, field id: empty`, EXIT.invalidInput);
    if (lineOf.has(id))
      throw new CliError(
        `${name} line ${r.line}, field id: "${id}" already on line ${lineOf.get(id)}`,
        EXIT.invalidInput,
      );
    lineOf.set(id, r.line);
    const categories: Record<string, string> = {};
    for (const d of dimensions) {
      const v = r.cells[header.indexOf(d)]!.trim();
      if (v === "") throw new CliError(`${name} line ${r.line}, field ${d}: empty`, EXIT.invalidInput);
      categories[d] = v;
    }
    return { id, categories, household: hhCol >= 0 ? r.cells[hhCol]! : null };
  });
  return { applicants, lineOf, name };
}

/** `pnpm coproduce lottery draw …`: the panel lottery for practitioners, from the sortition field's CSV files. */
export const lotteryCommand: CliCommand = {
  name: "lottery",
  summary: "Draw a citizens' panel by maximin/leximin lottery from CSV files, or verify a round's published draw",
  async run(args, io) {
    if (args[0] === "verify") return (await import("./lottery-verify.command.js")).lotteryVerify(args.slice(1), io);
    let parsed;
    try {
      parsed = parseArgs({
        args,
        allowPositionals: true,
        options: {
          pool: { type: "string" },
          quotas: { type: "string" },
          size: { type: "string" },
          seed: { type: "string" },
          algorithm: { type: "string", default: "maximin" },
          "household-column": { type: "string" },
          "ceremony-tickets": { type: "string" },
          json: { type: "boolean", default: false },
          help: { type: "boolean", default: false },
        },
      });
    } catch (error) {
      throw new CliError(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`, EXIT.usage);
    }
    const v = parsed.values;
    if (v.help) {
      io.stdout(`${USAGE}\n`);
      return EXIT.ok;
    }
    const [sub] = parsed.positionals;
    if (sub !== "draw") throw new CliError(`unknown subcommand "${sub ?? ""}"\n${USAGE}`, EXIT.usage);
    for (const o of ["pool", "quotas", "size", "seed"] as const)
      if (v[o] === undefined) throw new CliError(`--${o} is required\n${USAGE}`, EXIT.usage);
    if (!/^[1-9]\d*$/.test(v.size!))
      throw new CliError(`--size: "${v.size}" is not a positive whole number`, EXIT.usage);
    if (!(LOTTERY_ALGORITHMS as readonly string[]).includes(v.algorithm))
      throw new CliError(
        `--algorithm must be one of ${LOTTERY_ALGORITHMS.join(", ")}; got "${v.algorithm}"`,
        EXIT.usage,
      );
    const ceremonyTickets = v["ceremony-tickets"] === undefined ? undefined : Number(v["ceremony-tickets"]);
    if (ceremonyTickets !== undefined) {
      const problem = /^\d+$/.test(v["ceremony-tickets"]!)
        ? ceremonyTicketsProblem(ceremonyTickets)
        : `"${v["ceremony-tickets"]}" is not a whole number`;
      if (problem) throw new CliError(`--ceremony-tickets: ${problem}`, EXIT.usage);
    }
    const quotas = readQuotas(v.quotas!);
    const { applicants, lineOf, name } = readPool(v.pool!, Object.keys(quotas), v["household-column"]);
    const { selectPanelByLottery } = await import("@coproduce/domain/lottery");
    let result;
    try {
      result = await selectPanelByLottery({
        applicants,
        quotas,
        panelSize: Number(v.size),
        seed: v.seed!,
        options: {
          algorithm: v.algorithm as LotteryAlgorithm,
          household: v["household-column"] !== undefined,
          strictCategories: true,
          ...(ceremonyTickets !== undefined ? { ceremonyTickets } : {}),
        },
      });
    } catch (error) {
      if (!(error instanceof LotteryInputError)) throw error;
      const at = error.where.applicantId;
      const where = at
        ? `${name} line ${lineOf.get(at) ?? "?"}${error.where.dimension ? `, field ${error.where.dimension}` : ""}: `
        : "";
      const option = error.code === "PANEL_LARGER_THAN_POOL" || error.code === "HOUSEHOLDS_TOO_FEW" ? "--size: " : "";
      throw new CliError(`${option}${where}${error.message} (${error.code})`, option ? EXIT.usage : EXIT.invalidInput);
    }
    if (result.infeasible) {
      if (v.json) io.stdout(`${JSON.stringify({ error: result.infeasible })}\n`);
      throw new CliError(`--quotas: ${result.infeasible.message} (${result.infeasible.code})`, EXIT.invalidInput);
    }
    // A public ceremony's chances are those of its m tickets (what the draw actually gave everyone).
    const c = result.ceremony;
    const probability = c?.selectionProbability ?? result.selectionProbability;
    const ordered = Object.fromEntries(applicants.map((a) => [a.id, probability[a.id]!]));
    const ceremony = ceremonySummary(result);
    if (v.json) {
      io.stdout(
        `${JSON.stringify({
          panel: result.panel,
          probabilities: ordered,
          minProbability: ceremony?.minProbability ?? result.minProbability,
          ...(ceremony ? { ceremony } : {}),
          algorithm: result.algorithm,
          algorithmId: result.algorithmId,
          seed: result.seed,
          alternates: result.alternates,
          optimality: result.optimality,
          household: result.household,
        })}\n`,
      );
      return EXIT.ok;
    }
    const probs = Object.values(ordered).sort((a, b) => a - b);
    const pct = (p: number) => `${(100 * p).toFixed(2)} %`;
    io.stdout(
      [
        `${result.algorithm} lottery (${result.algorithmId}), seed "${result.seed}": panel of ${result.panel.length} from ${applicants.length}`,
        `selection probability: min ${pct(probs[0]!)}, median ${pct(probs[Math.floor(probs.length / 2)]!)}, max ${pct(probs.at(-1)!)}` +
          ` (optimum ≤ ${pct(result.optimality.upperBound)}, gap ${(100 * result.optimality.relativeGap).toFixed(3)} %)`,
        ...(ceremony
          ? [
              `public ceremony: ticket ${ceremony.ticket} of ${ceremony.tickets} (tickets ${ceremony.firstTicketOfPanel}–${ceremony.lastTicketOfPanel} name this panel's composition);` +
                ` loss ${(100 * ceremony.loss).toFixed(3)} percentage points, minimum ${pct(ceremony.minProbability)} (exact ${pct(ceremony.exactMinProbability)})`,
            ]
          : []),
        ...(result.household.applied
          ? [`household rule: ${result.household.affected} people in ${result.household.households} shared households`]
          : []),
        `panel: ${result.panel.join(", ")}`,
        `first alternates: ${result.alternates.slice(0, 10).join(", ")}`,
      ].join("\n") + "\n",
    );
    return EXIT.ok;
  },
};
