/**
 * Keeping the panel when people drop out: who takes a withdrawn member's seat.
 *
 * The draw lists every applicant it did not select as an ordered list of **alternates** (same seed,
 * `drawFromPortfolio`). A replacement takes the first alternate, in that order, whose entry keeps
 * every quota; if no alternate does, the first of those that miss the quotas by the least — and the
 * result says so openly. Alternates who already hold (or held) a seat are skipped.
 *
 * Several seats may be open at once (two members withdrew; one is replaced first). A quota minimum
 * that the seats still open could fill is not counted as missed: for each dimension the shortfall
 * below the minimums, less the seats still open after this one, plus every seat above a maximum.
 * With no other seat open this is exactly `quotaViolation` of the new panel.
 *
 * With the **household rule** (`household: true`, the draw was committed with it) each candidate
 * carries its household label from the committed pool file (`H1`, `H2`, …; empty or absent: shares
 * no household with anyone in the pool). An alternate with the same label as a member who keeps their
 * seat is skipped before the quotas are looked at (a hard rule, like the draw's "at most one"), and
 * the result lists whom it skipped and why. The withdrawn member no longer sits, so their housemate
 * may take the seat.
 */
import { NO_DATA_CATEGORY, type CategoryQuota, type PanelQuotas } from "./panel-lottery.js";

export interface ReplacementCandidate {
  readonly id: string;
  /** Category per quota dimension; absent or "" = "(no data)". */
  readonly categories: Readonly<Record<string, unknown>>;
  /** Household label from the committed pool file (household rule only); null/"" = none shared. */
  readonly household?: string | null;
}

export interface SeatReplacementInput {
  /** Members who keep their seats (the withdrawn member and anyone else who left excluded). */
  readonly remaining: readonly ReplacementCandidate[];
  /** The draw's ordered alternates, first offered first. */
  readonly alternates: readonly ReplacementCandidate[];
  readonly quotas: PanelQuotas;
  /** Applicant ids never to offer the seat (already on the panel, or withdrawn earlier). */
  readonly exclude?: readonly string[];
  /** Seats still open once this one is filled (other withdrawals not yet replaced). Default 0. */
  readonly otherOpenSeats?: number;
  /** The household rule: never seat an alternate of a sitting member's household. Default false. */
  readonly household?: boolean;
}

/** An alternate passed over because a sitting member shares their household. */
export interface HouseholdSkip {
  readonly id: string;
  /** 0-based position in the alternates list. */
  readonly alternateIndex: number;
  /** The shared household's label (H1, …). */
  readonly household: string;
  /** The sitting member(s) of that household. */
  readonly sharesWith: readonly string[];
}

export interface SeatReplacementResult {
  /** The alternate who takes the seat; null when no alternate is left. */
  readonly replacement: string | null;
  /** 0-based position in the alternates list. */
  readonly alternateIndex: number | null;
  /** Seats by which the new panel misses its quotas (0: every quota kept). */
  readonly violation: number;
  readonly quotasKept: boolean;
  /** The quotas missed by the new panel, if any: dimension, category, range and the new count. */
  readonly missed: readonly { dimension: string; category: string; min: number; max: number; count: number }[];
  /** A plain sentence, saying openly when the quotas could not be kept. */
  readonly explanation: string;
  /** Alternates skipped because they already hold or held a seat. */
  readonly skipped: number;
  /** Alternates skipped under the household rule (before the one chosen; all of them if none). */
  readonly householdSkipped: readonly HouseholdSkip[];
}

function labelOf(c: ReplacementCandidate): string | null {
  return typeof c.household === "string" && c.household.trim() !== "" ? c.household.trim() : null;
}

function householdSentence(skips: readonly HouseholdSkip[]): string {
  return skips
    .map(
      (s) =>
        ` Alternate ${s.alternateIndex + 1} (${s.id}) was skipped: same household (${s.household}) as ${s.sharesWith.join(", ")}, who sits on the panel.`,
    )
    .join("");
}

function categoryOf(categories: Readonly<Record<string, unknown>>, dimension: string): string {
  const v = categories[dimension];
  return typeof v === "string" && v !== "" ? v : NO_DATA_CATEGORY;
}

/** Violation of a (possibly incomplete) panel with `open` seats still to fill. */
export function partialQuotaViolation(
  panel: readonly Readonly<Record<string, unknown>>[],
  quotas: PanelQuotas,
  open = 0,
): number {
  let total = 0;
  for (const [dimension, categories] of Object.entries(quotas)) {
    let shortfall = 0;
    for (const [category, q] of Object.entries<CategoryQuota>(categories)) {
      const count = panel.filter((c) => categoryOf(c, dimension) === category).length;
      shortfall += Math.max(0, q.min - count);
      total += Math.max(0, count - q.max);
    }
    total += Math.max(0, shortfall - open);
  }
  return total;
}

function missedQuotas(panel: readonly Readonly<Record<string, unknown>>[], quotas: PanelQuotas, open: number) {
  const out: { dimension: string; category: string; min: number; max: number; count: number }[] = [];
  for (const [dimension, categories] of Object.entries(quotas)) {
    for (const [category, q] of Object.entries<CategoryQuota>(categories)) {
      const count = panel.filter((c) => categoryOf(c, dimension) === category).length;
      if (count > q.max || count + open < q.min) out.push({ dimension, category, min: q.min, max: q.max, count });
    }
  }
  return out;
}

/** Chooses the alternate who takes a withdrawn member's seat (see the module comment). */
export function chooseReplacement(input: SeatReplacementInput): SeatReplacementResult {
  const open = input.otherOpenSeats ?? 0;
  if (!Number.isInteger(open) || open < 0) throw new RangeError(`otherOpenSeats must be a whole number ≥ 0`);
  const excluded = new Set([...(input.exclude ?? []), ...input.remaining.map((m) => m.id)]);
  const remaining = input.remaining.map((m) => m.categories);
  const homes = new Map<string, string[]>();
  if (input.household)
    for (const m of input.remaining) {
      const h = labelOf(m);
      if (h !== null) homes.set(h, [...(homes.get(h) ?? []), m.id]);
    }
  let best: { candidate: ReplacementCandidate; index: number; violation: number; skips: number } | null = null;
  let skipped = 0;
  const householdSkipped: HouseholdSkip[] = [];
  for (let index = 0; index < input.alternates.length; index++) {
    const candidate = input.alternates[index]!;
    if (excluded.has(candidate.id)) {
      skipped++;
      continue;
    }
    const h = input.household ? labelOf(candidate) : null;
    const sharesWith = h === null ? undefined : homes.get(h);
    if (h !== null && sharesWith !== undefined) {
      householdSkipped.push({ id: candidate.id, alternateIndex: index, household: h, sharesWith });
      continue;
    }
    const violation = partialQuotaViolation([...remaining, candidate.categories], input.quotas, open);
    if (violation === 0) {
      return {
        replacement: candidate.id,
        alternateIndex: index,
        violation: 0,
        quotasKept: true,
        missed: [],
        skipped,
        householdSkipped,
        explanation: `Alternate ${index + 1} (${candidate.id}) keeps every quota.${householdSentence(householdSkipped)}`,
      };
    }
    if (best === null || violation < best.violation)
      best = { candidate, index, violation, skips: householdSkipped.length };
  }
  if (best === null) {
    return {
      replacement: null,
      alternateIndex: null,
      violation: partialQuotaViolation(remaining, input.quotas, open + 1),
      quotasKept: false,
      missed: [],
      skipped,
      householdSkipped,
      explanation: `No alternate is left: the seat stays empty.${householdSentence(householdSkipped)}`,
    };
  }
  const seats = best.violation === 1 ? "seat" : "seats";
  return {
    replacement: best.candidate.id,
    alternateIndex: best.index,
    violation: best.violation,
    quotasKept: false,
    missed: missedQuotas([...remaining, best.candidate.categories], input.quotas, open),
    skipped,
    householdSkipped: householdSkipped.slice(0, best.skips),
    explanation:
      `No alternate keeps every quota. Alternate ${best.index + 1} (${best.candidate.id}) misses them by the least ` +
      `(${best.violation} ${seats}); the panel no longer meets its quotas.` +
      householdSentence(householdSkipped.slice(0, best.skips)),
  };
}
