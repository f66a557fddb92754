/**
 * Interview scoring: the panel's weighted scores of shortlisted bids, their spread between panel
 * members, the ranking, and the **single-scorer influence** check (PRODUCT.md "Scoring influence").
 *
 * Rules:
 * - Criteria weights are integers in **basis points** summing to exactly 10,000 (= 100 %).
 * - Scores are integers on the round's scale `min..max` (e.g. 0–5, 1–10).
 * - A member's **weighted total** for a bid = Σ_c weight_c · score_c / 10,000 — on the same scale
 *   as the scores. Kept exactly as the integer numerator Σ weight·score; only converted to a
 *   number for display. A member who did not score every criterion of a bid has no total for it
 *   (listed in `incomplete`, excluded from that bid, never silently treated as 0).
 * - A **bid's score** = mean of its members' weighted totals (so a bid one member could not score
 *   is still comparable). Ranking compares these means exactly (integer cross-multiplication).
 * - **Ranking with ties explicit**: competition ranking ("1, 2, 2, 4"); bids with equal means share
 *   a rank and list each other in `tiedWith`. The top-ranked bids are all bids of rank 1 — more than
 *   one means a tie the panel must resolve; it is never broken silently.
 * - **Inter-rater spread** per bid: the population standard deviation (divide by n) and the range
 *   (max − min) of the members' weighted totals.
 * - **Single-scorer influence**: for each member, recompute the ranking without their scores.
 *   The member is **pivotal** when the set of top-ranked bids changes.
 */

export interface ScoringCriterion {
  readonly id: string;
  /** Basis points; all criteria together sum to 10,000. */
  readonly weightBasisPoints: number;
}

export interface ScoreScale {
  readonly min: number;
  readonly max: number;
}

export interface InterviewScore {
  readonly memberKey: string;
  readonly bidId: string;
  readonly criterionId: string;
  readonly score: number;
}

export const BASIS_POINTS_TOTAL = 10_000;

export interface MemberBidTotal {
  readonly memberKey: string;
  readonly bidId: string;
  /** Σ weight·score (exact integer): divide by 10,000 for the total on the score scale. */
  readonly weightedNumerator: number;
  readonly weightedTotal: number;
}

export interface BidResult {
  readonly bidId: string;
  /** Members with a complete set of scores for this bid. */
  readonly scorers: number;
  /** Mean weighted total on the score scale; null if nobody scored it completely. */
  readonly score: number | null;
  /** Competition rank (1 = best); null when unscored. */
  readonly rank: number | null;
  readonly tiedWith: string[];
  readonly standardDeviation: number | null;
  readonly range: number | null;
}

export interface MemberInfluence {
  readonly memberKey: string;
  /** Top-ranked bids when this member's scores are left out. */
  readonly topWithout: string[];
  readonly pivotal: boolean;
}

export interface InterviewScoringResult {
  /** Bids in ranking order (unscored last, by id). */
  readonly bids: BidResult[];
  /** All bids sharing rank 1 (several = an explicit tie). */
  readonly topRanked: string[];
  readonly tie: boolean;
  readonly memberTotals: MemberBidTotal[];
  readonly incomplete: { memberKey: string; bidId: string; missingCriteria: string[] }[];
  readonly influence: MemberInfluence[];
  readonly pivotalMembers: string[];
}

export class ScoringInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ScoringInputError";
  }
}

function validate(criteria: readonly ScoringCriterion[], scale: ScoreScale, scores: readonly InterviewScore[]): void {
  if (!Number.isInteger(scale.min) || !Number.isInteger(scale.max) || scale.min >= scale.max) {
    throw new ScoringInputError(`The score scale must be integers with min < max, got ${scale.min}..${scale.max}`);
  }
  const ids = new Set<string>();
  let sum = 0;
  for (const c of criteria) {
    if (ids.has(c.id)) throw new ScoringInputError(`Criterion "${c.id}" appears twice`);
    ids.add(c.id);
    if (!Number.isInteger(c.weightBasisPoints) || c.weightBasisPoints < 0) {
      throw new ScoringInputError(`Criterion "${c.id}" weight must be a non-negative integer number of basis points`);
    }
    sum += c.weightBasisPoints;
  }
  if (sum !== BASIS_POINTS_TOTAL)
    throw new ScoringInputError(`Criteria weights add up to ${sum} basis points, not 10,000 (100 %)`);
  const seen = new Set<string>();
  for (const s of scores) {
    if (!ids.has(s.criterionId)) throw new ScoringInputError(`Score for unknown criterion "${s.criterionId}"`);
    if (!Number.isInteger(s.score) || s.score < scale.min || s.score > scale.max) {
      throw new ScoringInputError(
        `Score ${s.score} by ${s.memberKey} for ${s.bidId} is not an integer in ${scale.min}..${scale.max}`,
      );
    }
    const key = `${s.memberKey}\u0000${s.bidId}\u0000${s.criterionId}`;
    if (seen.has(key)) throw new ScoringInputError(`${s.memberKey} scored ${s.bidId} on ${s.criterionId} twice`);
    seen.add(key);
  }
}

/** Per member and bid: the exact numerator, or the missing criteria. */
function memberTotalsOf(criteria: readonly ScoringCriterion[], scores: readonly InterviewScore[]) {
  const weight = new Map(criteria.map((c) => [c.id, c.weightBasisPoints]));
  const byPair = new Map<string, { memberKey: string; bidId: string; scored: Map<string, number> }>();
  for (const s of scores) {
    const key = `${s.memberKey}\u0000${s.bidId}`;
    let entry = byPair.get(key);
    if (!entry) byPair.set(key, (entry = { memberKey: s.memberKey, bidId: s.bidId, scored: new Map() }));
    entry.scored.set(s.criterionId, s.score);
  }
  const totals: MemberBidTotal[] = [];
  const incomplete: { memberKey: string; bidId: string; missingCriteria: string[] }[] = [];
  for (const e of byPair.values()) {
    const missing = criteria.filter((c) => !e.scored.has(c.id)).map((c) => c.id);
    if (missing.length > 0) {
      incomplete.push({ memberKey: e.memberKey, bidId: e.bidId, missingCriteria: missing });
      continue;
    }
    let numerator = 0;
    for (const [criterionId, score] of e.scored) numerator += (weight.get(criterionId) ?? 0) * score;
    totals.push({
      memberKey: e.memberKey,
      bidId: e.bidId,
      weightedNumerator: numerator,
      weightedTotal: numerator / BASIS_POINTS_TOTAL,
    });
  }
  totals.sort((a, b) =>
    a.bidId < b.bidId ? -1 : a.bidId > b.bidId ? 1 : a.memberKey < b.memberKey ? -1 : a.memberKey > b.memberKey ? 1 : 0,
  );
  return { totals, incomplete };
}

interface BidAggregate {
  readonly bidId: string;
  /** Σ of members' numerators (exact) and number of members: mean = sum / (count·10,000). */
  readonly sum: number;
  readonly count: number;
}

/** Exact comparison of the mean scores a.sum/a.count vs b.sum/b.count (descending order). */
function compareMeans(a: BidAggregate, b: BidAggregate): number {
  const left = BigInt(b.sum) * BigInt(a.count);
  const right = BigInt(a.sum) * BigInt(b.count);
  return left < right ? -1 : left > right ? 1 : 0;
}

function rankBids(bidIds: readonly string[], totals: readonly MemberBidTotal[]) {
  const aggregates: BidAggregate[] = bidIds.map((bidId) => {
    const mine = totals.filter((t) => t.bidId === bidId);
    return { bidId, sum: mine.reduce((s, t) => s + t.weightedNumerator, 0), count: mine.length };
  });
  const scored = aggregates
    .filter((a) => a.count > 0)
    .sort((a, b) => compareMeans(a, b) || (a.bidId < b.bidId ? -1 : 1));
  const rank = new Map<string, number>();
  scored.forEach((a, i) => {
    const previous = scored[i - 1];
    rank.set(a.bidId, previous && compareMeans(previous, a) === 0 ? (rank.get(previous.bidId) as number) : i + 1);
  });
  const top = scored.filter((a) => rank.get(a.bidId) === 1).map((a) => a.bidId);
  return { aggregates, scored, rank, top };
}

export function scoreInterviews(input: {
  readonly criteria: readonly ScoringCriterion[];
  readonly scale: ScoreScale;
  /** Shortlisted bids (a bid nobody scored is still listed, unranked). */
  readonly bidIds: readonly string[];
  readonly scores: readonly InterviewScore[];
}): InterviewScoringResult {
  const { criteria, scale, scores } = input;
  validate(criteria, scale, scores);
  const bidIds = [...new Set([...input.bidIds, ...scores.map((s) => s.bidId)])].sort();
  const { totals, incomplete } = memberTotalsOf(criteria, scores);
  const ranking = rankBids(bidIds, totals);

  const bids: BidResult[] = [...ranking.scored, ...ranking.aggregates.filter((a) => a.count === 0)].map((a) => {
    const values = totals.filter((t) => t.bidId === a.bidId).map((t) => t.weightedTotal);
    const rank = ranking.rank.get(a.bidId) ?? null;
    const mean = a.count > 0 ? a.sum / (a.count * BASIS_POINTS_TOTAL) : null;
    return {
      bidId: a.bidId,
      scorers: a.count,
      score: mean,
      rank,
      tiedWith:
        rank === null
          ? []
          : ranking.scored.filter((o) => o.bidId !== a.bidId && ranking.rank.get(o.bidId) === rank).map((o) => o.bidId),
      standardDeviation:
        mean === null ? null : Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length),
      range: values.length === 0 ? null : Math.max(...values) - Math.min(...values),
    };
  });

  const topKey = ranking.top.join("\u0000");
  const members = [...new Set(scores.map((s) => s.memberKey))].sort();
  const influence = members.map((memberKey): MemberInfluence => {
    const without = rankBids(
      bidIds,
      totals.filter((t) => t.memberKey !== memberKey),
    ).top;
    return { memberKey, topWithout: without, pivotal: without.join("\u0000") !== topKey };
  });

  return {
    bids,
    topRanked: ranking.top,
    tie: ranking.top.length > 1,
    memberTotals: totals,
    incomplete,
    influence,
    pivotalMembers: influence.filter((i) => i.pivotal).map((i) => i.memberKey),
  };
}
