/**
 * The public ceremony option ("Fair Sortition Made Transparent", Flanigan et al., NeurIPS 2021):
 * the committed distribution over panels is rounded to a fixed number `m` of pre-computed panels,
 * numbered 1..m, so that the draw is a uniform lottery a meeting can watch (dice, numbered balls).
 * Rounding changes each applicant's selection probability a little; the loss reported is the
 * largest such change. Pure and deterministic: a verifier re-runs it from the published files.
 */
import type { LotteryCell, PanelLotteryResult, PortfolioPanel } from "./panel-lottery.js";
import { integerWeights } from "./weights.js";

/**
 * Bounds on the number of ceremony tickets. At least 2 (one ticket would fix the panel before the
 * randomness); at most 10,000 (four dice or numbered balls a meeting can follow; the loss is about
 * 1/m already, and the rounding's local search grows with m: ~6 s more at 10,000 tickets on a
 * 1,500-applicant pool with 74 compositions).
 */
export const CEREMONY_TICKETS_MIN = 2;
export const CEREMONY_TICKETS_MAX = 10_000;

/** Why `m` is not a valid number of ceremony tickets (a sentence), or null when it is. */
export function ceremonyTicketsProblem(m: unknown): string | null {
  if (typeof m !== "number" || !Number.isInteger(m))
    return `The number of ceremony tickets must be a whole number, got ${String(m)}.`;
  if (m < CEREMONY_TICKETS_MIN || m > CEREMONY_TICKETS_MAX)
    return `The number of ceremony tickets must be between ${CEREMONY_TICKETS_MIN} and ${CEREMONY_TICKETS_MAX.toLocaleString("en-GB")}, got ${m}.`;
  return null;
}

export interface CeremonyRounding {
  /** Number of ceremony tickets (panels in the uniform lottery). */
  readonly m: number;
  /**
   * How many of the m tickets each portfolio composition gets (same order as the input
   * portfolio; sums to m). Weights are ticket counts, so {@link drawFromPortfolio} with this
   * portfolio draws a uniform ticket in 0..m−1.
   */
  readonly portfolio: PortfolioPanel[];
  /** Ticket (0-based, as `drawFromPortfolio` numbers them; read aloud as 1..m) → index into the input portfolio. */
  readonly tickets: number[];
  /** Each applicant's selection probability under the uniform lottery over the m tickets. */
  readonly selectionProbability: Record<string, number>;
  /** max over applicants of |ceremony probability − committed probability|. */
  readonly loss: number;
}

/** Each applicant's probability given weights per composition (members drawn uniformly within a cell). */
function cellProbabilities(
  cells: readonly LotteryCell[],
  portfolio: readonly PortfolioPanel[],
  weights: readonly number[],
) {
  const total = weights.reduce((s, w) => s + w, 0);
  const perCell = cells.map(() => 0);
  portfolio.forEach((panel, k) => {
    for (const [j, take] of Object.entries(panel.counts)) {
      const cell = cells[Number(j)];
      if (cell && cell.members.length > 0)
        perCell[Number(j)]! += ((weights[k] ?? 0) / total) * (take / cell.members.length);
    }
  });
  return perCell;
}

function maxDiff(a: readonly number[], b: readonly number[], cells: readonly LotteryCell[]): number {
  let worst = 0;
  cells.forEach((cell, j) => {
    if (cell.members.length > 0) worst = Math.max(worst, Math.abs((a[j] ?? 0) - (b[j] ?? 0)));
  });
  return worst;
}

/**
 * Rounds the distribution to `m` tickets: largest-remainder rounding of m·p (ties to the
 * earlier composition), then single-ticket moves between compositions while one lowers the loss.
 */
export function roundPortfolioForCeremony(
  cells: readonly LotteryCell[],
  portfolio: readonly PortfolioPanel[],
  m: number,
): CeremonyRounding {
  if (!Number.isInteger(m) || m < 1 || m > 1_000_000) throw new RangeError(`ceremony: bad number of tickets ${m}`);
  if (portfolio.length === 0) throw new RangeError("ceremony: empty distribution");
  const weights = portfolio.map((p) => p.weight);
  const total = weights.reduce((s, w) => s + w, 0);
  if (!(total > 0)) throw new RangeError("ceremony: distribution has no weight");
  const target = cellProbabilities(cells, portfolio, weights);

  const counts = integerWeights(weights, m);

  let loss = maxDiff(cellProbabilities(cells, portfolio, counts), target, cells);
  for (let round = 0; round < 10 * m && loss > 0; round++) {
    let best: { from: number; to: number; loss: number } | null = null;
    for (let from = 0; from < counts.length; from++) {
      if (counts[from] === 0) continue;
      for (let to = 0; to < counts.length; to++) {
        if (to === from) continue;
        counts[from]!--;
        counts[to]!++;
        const l = maxDiff(cellProbabilities(cells, portfolio, counts), target, cells);
        counts[from]!++;
        counts[to]!--;
        if (l < loss - 1e-12 && (!best || l < best.loss - 1e-12)) best = { from, to, loss: l };
      }
    }
    if (!best) break;
    counts[best.from]!--;
    counts[best.to]!++;
    loss = best.loss;
  }

  const probs = cellProbabilities(cells, portfolio, counts);
  const selectionProbability: Record<string, number> = {};
  cells.forEach((cell, j) => {
    for (const id of cell.members) selectionProbability[id] = probs[j] ?? 0;
  });
  const tickets: number[] = [];
  counts.forEach((c, k) => {
    for (let i = 0; i < c; i++) tickets.push(k);
  });
  return {
    m,
    portfolio: portfolio.map((p, k) => ({ counts: p.counts, weight: counts[k]!, probability: counts[k]! / m })),
    tickets,
    selectionProbability,
    loss,
  };
}

/** A run of consecutive ceremony tickets (numbered from 1) that all name one panel composition. */
export interface CeremonyTicketRange {
  readonly first: number;
  readonly last: number;
  /** Index into the (canonically ordered) portfolio. */
  readonly panel: number;
}

/**
 * The published ticket table: tickets are numbered 1..m in the portfolio's canonical order (the
 * compositions sorted as the lottery publishes them), each composition taking as many consecutive
 * numbers as it has tickets. Compositions with no ticket are left out.
 */
export function ceremonyTicketRanges(rounding: Pick<CeremonyRounding, "portfolio">): CeremonyTicketRange[] {
  const ranges: CeremonyTicketRange[] = [];
  let next = 1;
  rounding.portfolio.forEach((p, panel) => {
    if (p.weight === 0) return;
    ranges.push({ first: next, last: next + p.weight - 1, panel });
    next += p.weight;
  });
  return ranges;
}

/** What a public-ceremony draw publishes: m, the ticket, the tickets naming its panel, the loss. */
export interface CeremonySummary {
  readonly tickets: number;
  /** The ticket drawn, 1..m. */
  readonly ticket: number;
  /** The run of ticket numbers that name the same panel composition as the drawn ticket. */
  readonly firstTicketOfPanel: number;
  readonly lastTicketOfPanel: number;
  /** max over applicants of |ceremony probability − exact probability|. */
  readonly loss: number;
  /** Lowest selection probability under the m tickets (the draw as made). */
  readonly minProbability: number;
  /** Lowest selection probability under the exact distribution. */
  readonly exactMinProbability: number;
}

/** The published summary of a lottery result's ceremony (null for an exact draw). */
export function ceremonySummary(
  result: Pick<PanelLotteryResult, "ceremony" | "minProbability">,
): CeremonySummary | null {
  const c = result.ceremony;
  const range = c?.ticketRanges.find((r) => r.first <= c.ticket && c.ticket <= r.last);
  if (!c || !range) return null;
  return {
    tickets: c.tickets,
    ticket: c.ticket,
    firstTicketOfPanel: range.first,
    lastTicketOfPanel: range.last,
    loss: c.loss,
    minProbability: c.minProbability,
    exactMinProbability: result.minProbability,
  };
}
