/**
 * "Greedy vs Method of Equal Shares" on voted rounds: both rules are run by the allocation engine
 * over the round's stored ballots (the same code path as `decisionTake`), and for each outcome the
 * share of voters with at least one funded project they supported is counted in SQL.
 * Greedy runs with the round's tie-break; MES with the standard add1u completion (integral, exhaustive).
 * The comparator is replaceable (`registerRuleComparator`) for deployments that precompute it.
 */
import type { DataSource } from "typeorm";
import { Round } from "../round/round.entity.js";
import { computeDecision } from "../decision/decision.compute.js";

export interface RuleComparisonData {
  /** Bid keys funded under each rule. */
  greedy: number[];
  mes: number[];
  /** Share of voters with at least one funded project they supported, under each rule (0..1). */
  greedyProportionality: number | null;
  mesProportionality: number | null;
}

export type RuleComparator = (dataSource: DataSource, roundKey: number) => Promise<RuleComparisonData | null>;

/** Share of the round's voters with at least one funded project they supported, for a set of funded bids. */
async function proportionalityOf(dataSource: DataSource, roundKey: number, funded: number[]): Promise<number | null> {
  const pg = dataSource.options.type === "postgres";
  const p = (i: number) => (pg ? `$${i}` : "?");
  const totalRows: { n: number | string }[] = await dataSource.query(
    `SELECT COUNT(*) AS "n" FROM ballot WHERE "roundKey" = ${p(1)}`,
    [roundKey],
  );
  const total = Number(totalRows[0]?.n ?? 0);
  if (total === 0) return null;
  if (funded.length === 0) return 0;
  const placeholders = funded.map((_, i) => p(i + 2)).join(", ");
  const rows: { n: number | string }[] = await dataSource.query(
    `SELECT COUNT(DISTINCT c."ballotKey") AS "n" FROM ballot_choice c JOIN ballot b ON b."key" = c."ballotKey"
     WHERE b."roundKey" = ${p(1)} AND c."bidKey" IN (${placeholders})`,
    [roundKey, ...funded],
  );
  return Number(rows[0]?.n ?? 0) / total;
}

export const engineRuleComparator: RuleComparator = async (dataSource, roundKey) => {
  const round = await dataSource.getRepository(Round).findOneBy({ key: roundKey });
  if (!round || round.decisionMethod !== "voting") return null;
  const base = { ...(round.allocationParams ?? {}) } as Record<string, unknown>;
  try {
    const greedy = await computeDecision(dataSource.manager, round, {
      ...base,
      rule: "greedy",
      completion: undefined,
      add1Options: undefined,
      comparison: undefined,
    });
    const mes = await computeDecision(dataSource.manager, round, {
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
      greedyProportionality: await proportionalityOf(dataSource, roundKey, g),
      mesProportionality: await proportionalityOf(dataSource, roundKey, m),
    };
  } catch {
    // e.g. an unresolved tie under one of the rules: no comparison rather than a guess.
    return null;
  }
};

let comparator: RuleComparator | null = engineRuleComparator;

export function registerRuleComparator(fn: RuleComparator | null): void {
  comparator = fn;
}

export function ruleComparator(): RuleComparator | null {
  return comparator;
}

export const RULE_COMPARISON_UNAVAILABLE =
  "Greedy vs Method of Equal Shares is not compared for this round (no comparator registered).";
