/**
 * "Greedy vs Method of Equal Shares" on voted rounds: both rules are run by the allocation engine
 * over the round's stored ballots (the same code path as `decisionTake`), and for each outcome the
 * share of voters with at least one funded project they supported is counted in SQL.
 * Greedy runs with the round's tie-break; MES with the standard add1u completion (integral, exhaustive).
 *
 * It is computed **once**, when the decision is taken (`decisionTake`) or the election imported
 * (`importPabulibRound`), and stored on the decision (`decision.ruleComparison`); rounds decided
 * before that column existed are filled in once by `backfillRuleComparisons` (a CLI command). Reading it is one
 * lookup: no public field runs an allocation rule (running MES per request let one query with 30
 * aliases block the server for seconds).
 */
import type { DataSource, EntityManager } from "typeorm";
import { Round } from "../round/round.entity.js";
import { Decision } from "../decision/decision.entity.js";
import { computeDecision } from "../decision/decision.compute.js";
import { int, run, sqlFor, type Db } from "../db/sql.js";

export interface RuleComparisonData {
  /** Bid keys funded under each rule. */
  greedy: number[];
  mes: number[];
  /** Share of voters with at least one funded project they supported, under each rule (0..1). */
  greedyProportionality: number | null;
  mesProportionality: number | null;
  /** Funded under one rule only (bid keys, ascending). Absent on comparisons stored before it existed. */
  onlyGreedy?: number[];
  onlyMes?: number[];
  /** Per project category: the votes its projects received and the money each rule gives it (exact minor units, as strings). */
  categories?: CategoryComparison[];
  currency?: string;
}

export interface CategoryComparison {
  /** The projects' category; null = uncategorised. */
  category: string | null;
  /** Votes (approvals; points on cumulative and scoring ballots; listings on ordinal ballots) for the category's projects. */
  votes: number;
  greedyMinor: string;
  mesMinor: string;
}

/** Votes per category over the stored ballots, and the money each rule's funded projects take per category (exact). */
async function categoriesOf(db: Db, round: Round, greedy: number[], mes: number[]): Promise<CategoryComparison[]> {
  const k = sqlFor(db);
  const bids = await run(
    db,
    k.selectFrom("bid").select(["key", "category", "amountRequestedMinor"]).where("roundKey", "=", round.key),
  );
  const votes = await run(
    db,
    k
      .selectFrom("ballot_choice as c")
      .innerJoin("ballot as b", "b.key", "c.ballotKey")
      .select((eb) => ["c.bidKey", eb.fn.sum("c.points").as("votes")])
      .where("b.roundKey", "=", round.key)
      .groupBy("c.bidKey"),
  );
  const votesOf = new Map(votes.map((v) => [int(v.bidKey), int(v.votes)]));
  const g = new Set(greedy);
  const m = new Set(mes);
  const out = new Map<string, { category: string | null; votes: number; greedy: bigint; mes: bigint }>();
  for (const bid of bids) {
    const category = bid.category ?? null;
    const key = category ?? "\u0000";
    const row = out.get(key) ?? { category, votes: 0, greedy: 0n, mes: 0n };
    const cost = BigInt(String(bid.amountRequestedMinor));
    row.votes += votesOf.get(int(bid.key)) ?? 0;
    if (g.has(int(bid.key))) row.greedy += cost;
    if (m.has(int(bid.key))) row.mes += cost;
    out.set(key, row);
  }
  return [...out.values()]
    .sort((a, b) => (a.category ?? "\uffff").localeCompare(b.category ?? "\uffff"))
    .map((r) => ({ category: r.category, votes: r.votes, greedyMinor: String(r.greedy), mesMinor: String(r.mes) }));
}

/** Share of the round's voters with at least one funded project they supported, for a set of funded bids. */
async function proportionalityOf(db: Db, roundKey: number, funded: number[]): Promise<number | null> {
  const k = sqlFor(db);
  const [total] = await run(
    db,
    k
      .selectFrom("ballot")
      .select((eb) => eb.fn.countAll().as("n"))
      .where("roundKey", "=", roundKey),
  );
  const ballots = int(total?.n);
  if (ballots === 0) return null;
  if (funded.length === 0) return 0;
  const [row] = await run(
    db,
    k
      .selectFrom("ballot_choice as c")
      .innerJoin("ballot as b", "b.key", "c.ballotKey")
      .select((eb) => eb.fn.count("c.ballotKey").distinct().as("n"))
      .where("b.roundKey", "=", roundKey)
      .where("c.bidKey", "in", funded),
  );
  return int(row?.n) / ballots;
}

/** Runs both rules over the round's ballots (null for panel rounds, or when a rule cannot decide, e.g. an unresolved tie). */
export async function computeRuleComparison(manager: EntityManager, round: Round): Promise<RuleComparisonData | null> {
  if (round.decisionMethod !== "voting") return null;
  const base = { ...(round.allocationParams ?? {}) } as Record<string, unknown>;
  try {
    const greedy = await computeDecision(manager, round, {
      ...base,
      rule: "greedy",
      completion: undefined,
      add1Options: undefined,
      comparison: undefined,
    });
    const mes = await computeDecision(manager, round, {
      ...base,
      rule: "mes",
      completion: "add1u",
      add1Options: ["integral", "exhaustive"],
      comparison: "none",
    });
    const fundedOf = (d: typeof greedy) =>
      d.projects
        .filter((x) => x.funded)
        .map((x) => x.bidKey)
        .sort((a, b) => a - b);
    const g = fundedOf(greedy);
    const m = fundedOf(mes);
    return {
      greedy: g,
      mes: m,
      greedyProportionality: await proportionalityOf(manager, round.key, g),
      mesProportionality: await proportionalityOf(manager, round.key, m),
      onlyGreedy: g.filter((x) => !m.includes(x)),
      onlyMes: m.filter((x) => !g.includes(x)),
      categories: await categoriesOf(manager, round, g, m),
      currency: round.currency,
    };
  } catch {
    // e.g. an unresolved tie under one of the rules: no comparison rather than a guess.
    return null;
  }
}

/** Computes and stores the comparison on the round's decision (in the caller's transaction). */
export async function storeRuleComparison(manager: EntityManager, round: Round): Promise<void> {
  const comparison = await computeRuleComparison(manager, round);
  // "Could not be compared" is stored too, so the start-up backfill does not retry it forever.
  const decision = await manager.findOneBy(Decision, { roundKey: round.key });
  if (!decision) return;
  decision.ruleComparison = (comparison ?? { unavailable: true }) as unknown as Record<string, unknown>;
  await manager.save(decision);
}

/** The stored comparison as read by SQL (JSON text on both databases), or null. */
export function readRuleComparison(value: unknown): RuleComparisonData | null {
  if (value === null || value === undefined || value === "") return null;
  const parsed = (typeof value === "string" ? JSON.parse(value) : value) as RuleComparisonData | null;
  return parsed && Array.isArray(parsed.greedy) && Array.isArray(parsed.mes) ? parsed : null;
}

/**
 * Fills in the comparison of voted rounds whose decision predates `decision.ruleComparison`
 * (`pnpm coproduce backfill-rule-comparisons`, once, on a database from before that column; the seed
 * runs it too). Never at start-up: it runs the allocation rules. Returns how many it filled.
 */
export async function backfillRuleComparisons(dataSource: DataSource): Promise<number> {
  const k = sqlFor(dataSource);
  const missing = await run(
    dataSource,
    k
      .selectFrom("decision as d")
      .innerJoin("round as r", "r.key", "d.roundKey")
      .select("d.roundKey")
      .where("r.decisionMethod", "=", "voting")
      .where("d.ruleComparison", "is", null)
      .where("d.ballotCount", ">", 0)
      .orderBy("d.roundKey"),
  );
  for (const row of missing) {
    const round = await dataSource.getRepository(Round).findOneByOrFail({ key: int(row.roundKey) });
    await dataSource.transaction((manager) => storeRuleComparison(manager, round));
  }
  return missing.length;
}

export const RULE_COMPARISON_UNAVAILABLE =
  "Greedy vs Method of Equal Shares is not available for this round (a rule could not decide it, e.g. an unresolved tie).";
