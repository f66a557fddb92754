/**
 * Hook for "greedy vs Method of Equal Shares" on voted rounds. The allocation engine
 * (packages/domain/src/allocation) is being finished by another engineer; when it is exported
 * from `@coproduce/domain`, register a comparator at start-up:
 *
 * ```ts
 * registerRuleComparator(async (dataSource, roundKey) => { … run greedy and mes over the round's
 *   ballots (aggregated per project in SQL) and return both selections … });
 * ```
 * Until then `FairnessService` reports `ruleComparison: null` with `ruleComparisonNote`.
 */
import type { DataSource } from "typeorm";

export interface RuleComparisonData {
  /** Bid keys funded under each rule. */
  greedy: number[];
  mes: number[];
  /** Share of voters with at least one funded project they supported, under each rule (0..1). */
  greedyProportionality: number | null;
  mesProportionality: number | null;
}

export type RuleComparator = (dataSource: DataSource, roundKey: number) => Promise<RuleComparisonData | null>;

let comparator: RuleComparator | null = null;

export function registerRuleComparator(fn: RuleComparator | null): void {
  comparator = fn;
}

export function ruleComparator(): RuleComparator | null {
  return comparator;
}

export const RULE_COMPARISON_UNAVAILABLE = "The allocation engine is not available in this build: greedy vs Method of Equal Shares is not compared yet.";
