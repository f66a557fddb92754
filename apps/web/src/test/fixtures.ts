import type { ComparisonItemInput } from "../features/compare/compare";
import type { RollupInput } from "../features/outcomes";

/** Test data shared by specs (hand-made values; each spec states the ones it relies on). */

/** An outcome roll-up: counts per status, progress averaged over the measured (non-"not reported") ones. */
export function rollup(
  onTrack: number,
  atRisk: number,
  offTrack: number,
  notReported: number,
  progress: number | null,
): RollupInput {
  return { onTrack, atRisk, offTrack, notReported, included: onTrack + atRisk + offTrack, progress };
}

/** One council or round as the API's `compare` query returns it: a Lambeth-sized council with one £32,000 round. */
export function comparisonItem(
  id: string,
  label: string,
  normalised: ComparisonItemInput["normalised"],
  over: Partial<ComparisonItemInput> = {},
): ComparisonItemInput {
  return {
    id,
    label,
    meanGini: null,
    proportionality: null,
    normalised,
    outcomes: rollup(1, 0, 2, 1, 50),
    participation: { roundCount: 1, panelSize: { display: "8" }, voterCount: { display: "0" } },
    spending: {
      roundCount: 1,
      awardCount: 1,
      population: 1000,
      pot: [{ amountMinor: 3_200_000, currency: "GBP" }],
      awarded: [],
      spent: [],
    },
    ...over,
  };
}
