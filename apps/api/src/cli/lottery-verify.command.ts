/**
 * `coproduce lottery verify`: re-runs a published panel draw and checks it (docs/lottery.md
 * "Commit, draw, verify"). From the database (`--round SLUG`) or from the published files
 * (`--commitment commitment.json --pool pool.csv --seed S [--panel A-001,A-002,…]`):
 * 1. the pool file's SHA-256 is the one in the commitment;
 * 2. (database) the commitment document's SHA-256 is the published commitment hash;
 * 3. the algorithm version committed is the one running here;
 * 4. the distribution and the draw, recomputed from the pool, quotas, panel size and seed, give the
 *    published panel and alternates (when a published panel is given);
 * 5. for a public ceremony (the commitment's `ceremony.tickets` m), the ticket the seed draws among
 *    the m tickets is the published one (when known), and the panel is that ticket's;
 * 6. with the household rule (the commitment's `"household":true`), the pool file's household
 *    labels are applied (at most one per label) and no two panel members share one.
 * Prints the panel; exit code 0 when every check passes, 5 when one fails.
 */
import { existsSync, readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import type { DataSource } from "typeorm";
import { ceremonySummary, parseCommitmentJson, type CeremonySummary } from "@coproduce/domain";
import { openDatabase } from "../db/bootstrap.js";
import { parseDatabaseUrl } from "../db/database-url.js";
import { Round } from "../round/round.entity.js";
import { PanelDraw } from "../panel/panel-draw.entity.js";
import { committedLotteryInput, sha256Hex } from "../panel/panel-draw.js";
import { CliError, EXIT, type CliIo } from "./command.js";

const USAGE =
  "usage: coproduce lottery verify --round SLUG [--json]\n" +
  "       coproduce lottery verify --commitment commitment.json --pool pool.csv --seed S [--panel IDS] [--ticket N] [--commitment-sha256 H] [--json]";

export interface PublishedDraw {
  commitmentJson: string;
  /** The published commitment hash, when known (checked against the document). */
  commitmentSha256?: string | null;
  poolCsv: string;
  seed: string;
  /** The published panel and alternates, when known (checked against the recomputation). */
  panel?: readonly string[] | null;
  alternates?: readonly string[] | null;
  /** The published ceremony ticket (1..m), when the draw was a public ceremony. */
  ceremonyTicket?: number | null;
}

export interface VerifyCheck {
  name: string;
  ok: boolean;
  detail: string;
}

export interface VerifyReport {
  ok: boolean;
  checks: VerifyCheck[];
  panel: string[];
  alternates: string[];
  minProbability: number;
  algorithmId: string;
  /** A public ceremony: m tickets, the one the seed draws, the tickets naming the same panel, the loss. */
  ceremony: CeremonySummary | null;
  /** The household rule: whether committed, applicants sharing a household, shared households. */
  household: { applied: boolean; affected: number; households: number };
}

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Recomputes the distribution and the draw from the published files and checks them. */
export async function verifyPublishedDraw(d: PublishedDraw): Promise<VerifyReport> {
  const commitment = parseCommitmentJson(d.commitmentJson);
  const checks: VerifyCheck[] = [];
  const poolHash = sha256Hex(d.poolCsv);
  checks.push({
    name: "pool file hash",
    ok: poolHash === commitment.poolSha256,
    detail: `sha256 ${poolHash}${poolHash === commitment.poolSha256 ? "" : `, committed ${commitment.poolSha256}`}`,
  });
  if (d.commitmentSha256) {
    const h = sha256Hex(d.commitmentJson);
    checks.push({
      name: "commitment hash",
      ok: h === d.commitmentSha256,
      detail: `sha256 ${h}${h === d.commitmentSha256 ? "" : `, published ${d.commitmentSha256}`}`,
    });
  }
  const input = committedLotteryInput({ poolCsv: d.poolCsv, commitmentJson: d.commitmentJson }, d.seed);
  const applicants = input.applicants;
  checks.push({
    name: "pool size",
    ok: applicants.length === commitment.applicants,
    detail: `${applicants.length} applicants (committed ${commitment.applicants})`,
  });
  const { selectPanelByLottery } = await import("@coproduce/domain/lottery");
  const result = await selectPanelByLottery(input);
  const ceremony = ceremonySummary(result);
  const running = result.algorithmId.slice(result.algorithmId.indexOf("-") + 1);
  checks.push({
    name: "algorithm version",
    ok: running === commitment.algorithmVersion,
    detail: `${result.algorithmId} (committed ${commitment.algorithm}-${commitment.algorithmVersion})`,
  });
  checks.push({
    name: "quotas met",
    ok: result.quotasMet,
    detail: result.quotasMet ? "every quota met" : (result.infeasible?.message ?? "quotas not met"),
  });
  if (result.household.applied) {
    const label = new Map(applicants.map((a) => [a.id, a.household ?? ""]));
    const labels = result.panel.map((id) => label.get(id) ?? "").filter((l) => l !== "");
    const ok = new Set(labels).size === labels.length;
    checks.push({
      name: "household rule",
      ok,
      detail: `${result.household.affected} applicants in ${result.household.households} shared households; ${
        ok ? "at most one of each on the panel" : "two panel members share a household"
      }`,
    });
  }
  if (d.panel) {
    const ok = same([...d.panel].sort(), result.panel);
    checks.push({ name: "panel", ok, detail: ok ? "same panel as published" : `published ${[...d.panel].join(", ")}` });
  }
  if (d.ceremonyTicket != null) {
    const ok = ceremony !== null && ceremony.ticket === d.ceremonyTicket;
    checks.push({
      name: "ceremony ticket",
      ok,
      detail: ceremony
        ? `ticket ${ceremony.ticket} of ${ceremony.tickets}${ok ? "" : `, published ${d.ceremonyTicket}`}`
        : `published ticket ${d.ceremonyTicket}, but the commitment names no ceremony`,
    });
  }
  if (d.alternates) {
    const ok = same(d.alternates, result.alternates);
    checks.push({ name: "alternates", ok, detail: ok ? "same order as published" : "the order differs" });
  }
  return {
    ok: checks.every((c) => c.ok),
    checks,
    panel: result.panel,
    alternates: result.alternates,
    minProbability: ceremony?.minProbability ?? result.minProbability,
    algorithmId: result.algorithmId,
    ceremony,
    household: result.household,
  };
}

function readFile(path: string, option: string): string {
  if (!existsSync(path)) throw new CliError(`${option}: file not found: ${path}`, EXIT.notFound);
  return readFileSync(path, "utf8");
}

/** The published draw of a round, read from a database. */
export async function publishedDrawOf(dataSource: DataSource, slug: string): Promise<PublishedDraw> {
  const round = await dataSource.getRepository(Round).findOneBy({ slug });
  if (!round) throw new CliError(`--round: no round "${slug}"`, EXIT.notFound);
  const draw = await dataSource.getRepository(PanelDraw).findOneBy({ roundKey: round.key });
  if (!draw) throw new CliError(`--round: "${slug}" has no published draw commitment`, EXIT.notFound);
  if (!draw.seed || !draw.outcome)
    throw new CliError(`--round: "${slug}" is committed but not drawn yet (no seed)`, EXIT.notFound);
  return {
    commitmentJson: draw.commitmentJson,
    commitmentSha256: draw.commitmentSha256,
    poolCsv: draw.poolCsv,
    seed: draw.seed,
    panel: draw.outcome.panel,
    alternates: draw.outcome.alternates,
    ceremonyTicket: draw.outcome.ceremony?.ticket ?? null,
  };
}

async function fromDatabase(slug: string, given?: DataSource): Promise<PublishedDraw> {
  if (given) return publishedDrawOf(given, slug);
  const dataSource = await openDatabase(parseDatabaseUrl(), { seed: process.env.COPRODUCE_SEED !== "none" });
  try {
    return await publishedDrawOf(dataSource, slug);
  } finally {
    await dataSource.destroy();
  }
}

function ticketNumber(text: string): number {
  if (!/^[1-9]\d*$/.test(text))
    throw new CliError(`--ticket: "${text}" is not a ticket number (1, 2, …)\n${USAGE}`, EXIT.usage);
  return Number(text);
}

/** The command; `deps.dataSource` (tests) replaces the database the CLI would open (DATABASE_URL). */
export async function lotteryVerify(
  args: string[],
  io: CliIo,
  deps: { dataSource?: DataSource } = {},
): Promise<number> {
  let v;
  try {
    v = parseArgs({
      args,
      options: {
        round: { type: "string" },
        commitment: { type: "string" },
        "commitment-sha256": { type: "string" },
        pool: { type: "string" },
        seed: { type: "string" },
        panel: { type: "string" },
        ticket: { type: "string" },
        json: { type: "boolean", default: false },
      },
      strict: true,
    }).values;
  } catch (error) {
    throw new CliError(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`, EXIT.usage);
  }
  let published: PublishedDraw;
  if (v.round !== undefined) {
    if (v.commitment || v.pool) throw new CliError(`--round reads the files from the database\n${USAGE}`, EXIT.usage);
    published = await fromDatabase(v.round, deps.dataSource);
  } else {
    for (const o of ["commitment", "pool", "seed"] as const)
      if (v[o] === undefined) throw new CliError(`--${o} is required (or --round)\n${USAGE}`, EXIT.usage);
    published = {
      commitmentJson: readFile(v.commitment!, "--commitment").trim(),
      commitmentSha256: v["commitment-sha256"] ?? null,
      poolCsv: readFile(v.pool!, "--pool"),
      seed: v.seed!,
      panel: v.panel ? v.panel.split(",").map((s) => s.trim()) : null,
      ceremonyTicket: v.ticket === undefined ? null : ticketNumber(v.ticket),
    };
  }
  let report: VerifyReport;
  try {
    report = await verifyPublishedDraw(published);
  } catch (error) {
    throw new CliError(`${error instanceof Error ? error.message : String(error)}`, EXIT.invalidInput);
  }
  if (v.json) io.stdout(`${JSON.stringify(report)}\n`);
  else
    io.stdout(
      [
        `seed "${published.seed}", ${report.algorithmId}: panel of ${report.panel.length}`,
        `panel: ${report.panel.join(", ")}`,
        `first alternates: ${report.alternates.slice(0, 10).join(", ")}`,
        ...(report.ceremony
          ? [
              `public ceremony: ticket ${report.ceremony.ticket} of ${report.ceremony.tickets} drawn` +
                ` (tickets ${report.ceremony.firstTicketOfPanel}–${report.ceremony.lastTicketOfPanel} name this panel's composition)`,
              `ceremony loss: ${(100 * report.ceremony.loss).toFixed(3)} percentage points at most from the exact distribution` +
                ` (minimum ${(100 * report.ceremony.exactMinProbability).toFixed(2)} % exact)`,
            ]
          : []),
        `minimum selection probability: ${(100 * report.minProbability).toFixed(2)} %`,
        ...report.checks.map((c) => `${c.ok ? "ok      " : "MISMATCH"} ${c.name}: ${c.detail}`),
        report.ok ? "verified: the published draw is reproduced exactly" : "NOT VERIFIED: see MISMATCH above",
      ].join("\n") + "\n",
    );
  return report.ok ? EXIT.ok : EXIT.mismatch;
}
