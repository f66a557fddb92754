import { formatDate, formatMoney, formatNumber, t } from "../../../i18n";
import type { MilestoneStatus } from "../../../graphql/generated/graphql";
import { built, isLocalDate, parseMoney, type MoneyValue } from "../forms";

/**
 * Pure shapers of the commissioning forms of the officer console (outcomes and indicators, the
 * tender, the recommendation, milestones): the client's checks, then the mutation input. The API
 * checks the same rules again (WEIGHTS_MUST_SUM_TO_100, EXCEEDS_POT, FROZEN…) and its coded
 * message is shown beside the field it names.
 */

/** 100 % in basis points, as the API counts criterion weights. */
export const BASIS_POINTS_TOTAL = 10_000;

/** Which commissioning parts of the console a round's stage shows. */
export interface CommissionSections {
  outcomes: boolean;
  tender: boolean;
  tenderSummary: boolean;
  shortlistReview: boolean;
  recommendation: boolean;
  milestones: boolean;
}

export function commissionSections(apiPhase: string): CommissionSections {
  const p = apiPhase.toUpperCase();
  return {
    outcomes: p === "DEFINING_OUTCOMES",
    tender: p === "TENDERING",
    tenderSummary: p === "BIDDING" || p === "SHORTLISTING",
    shortlistReview: p === "SHORTLISTING" || p === "INTERVIEWING",
    recommendation: p === "DECIDING",
    milestones: p === "AWARDED" || p === "MONITORING",
  };
}

/** Where a stage's forms start on the round page (the task list links there); null for stages without a section here. */
export function stageAnchor(apiPhase: string): string | null {
  const anchors: Record<string, string> = {
    DEFINING_OUTCOMES: "commission-outcomes",
    TENDERING: "commission-tender",
    SHORTLISTING: "commission-shortlist-review",
    DECIDING: "commission-recommendation",
    AWARDED: "commission-milestones",
    MONITORING: "commission-milestones",
  };
  return anchors[apiPhase.toUpperCase()] ?? null;
}

// ---------------------------------------------------------------------------------------------
// Outcomes and indicators

export interface OutcomeValues {
  title: string;
  description: string;
}

function outcomeErrors(v: OutcomeValues): Record<string, string> {
  const errors: Record<string, string> = {};
  const title = v.title.trim();
  if (!title) errors.title = t("officer.outcomes.errors.title");
  else if (title.length > 200) errors.title = t("officer.outcomes.errors.titleLength");
  if (v.description.trim().length > 5000) errors.description = t("officer.outcomes.errors.descriptionLength");
  return errors;
}

/** A new outcome of the round (defining outcomes). */
export function buildOutcome(v: OutcomeValues, round: string) {
  return built(outcomeErrors(v), () => ({ round, title: v.title.trim(), description: v.description.trim() }));
}

/** Changes to a draft outcome: its title and description as typed. */
export function buildOutcomeUpdate(v: OutcomeValues, outcome: string) {
  return built(outcomeErrors(v), () => ({ outcome, title: v.title.trim(), description: v.description.trim() }));
}

export interface IndicatorValues {
  outcome: string;
  name: string;
  unit: string;
  baseline: string;
  target: string;
  direction: string;
  startsOn: string;
  dueOn: string;
}

/** A number as typed ("1,250", "12.5", "-3"); null when it is not one. */
export function parseNumber(text: string): number | null {
  const typed = text.trim().replace(/,/g, "");
  if (!/^-?\d+(\.\d+)?$/.test(typed)) return null;
  const n = Number(typed);
  return Number.isFinite(n) ? n : null;
}

/** An outcome's indicator: unit, baseline, target (in the direction it improves) and its monitoring period. */
export function buildIndicator(v: IndicatorValues) {
  const errors: Record<string, string> = {};
  if (!v.outcome) errors.outcome = t("officer.outcomes.errors.outcome");
  if (!v.name.trim()) errors.name = t("officer.outcomes.errors.name");
  else if (v.name.trim().length > 200) errors.name = t("officer.outcomes.errors.nameLength");
  if (!v.unit.trim()) errors.unit = t("officer.outcomes.errors.unit");
  else if (v.unit.trim().length > 60) errors.unit = t("officer.outcomes.errors.unitLength");
  const baseline = parseNumber(v.baseline);
  const target = parseNumber(v.target);
  if (baseline === null) errors.baseline = t("officer.outcomes.errors.baseline");
  if (target === null) errors.target = t("officer.outcomes.errors.target");
  if (v.direction !== "HIGHER_IS_BETTER" && v.direction !== "LOWER_IS_BETTER")
    errors.direction = t("officer.outcomes.errors.direction");
  else if (baseline !== null && target !== null) {
    if (v.direction === "HIGHER_IS_BETTER" && target <= baseline)
      errors.target = t("officer.outcomes.errors.targetAbove");
    if (v.direction === "LOWER_IS_BETTER" && target >= baseline)
      errors.target = t("officer.outcomes.errors.targetBelow");
  }
  if (!isLocalDate(v.startsOn)) errors.startsOn = t("officer.outcomes.errors.startsOn");
  if (!isLocalDate(v.dueOn)) errors.dueOn = t("officer.outcomes.errors.dueOn");
  else if (isLocalDate(v.startsOn) && v.dueOn <= v.startsOn) errors.dueOn = t("officer.outcomes.errors.dueAfter");
  return built(errors, () => ({
    outcome: v.outcome,
    name: v.name.trim(),
    unit: v.unit.trim(),
    baseline: baseline!,
    target: target!,
    direction: v.direction as "HIGHER_IS_BETTER" | "LOWER_IS_BETTER",
    startsOn: v.startsOn,
    dueOn: v.dueOn,
  }));
}

export interface IndicatorLike {
  readonly id: string;
  readonly name: string;
  readonly unit: string;
  readonly baseline: number;
  readonly target: number;
  readonly dueOn?: string | null | undefined;
}

export interface OutcomeLike {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly status: string;
  readonly indicators: readonly IndicatorLike[];
}

export interface OutcomeSummary {
  id: string;
  title: string;
  description: string;
  frozen: boolean;
  indicators: { id: string; name: string; text: string; complete: boolean }[];
  /** At least one indicator with a unit, baseline, target and due date (what the stage requires). */
  complete: boolean;
}

/** The outcomes as the console lists them: each with its indicators in words ("from 20 to 50 young people by …"). */
export function outcomeSummaries(outcomes: readonly OutcomeLike[]): OutcomeSummary[] {
  return outcomes.map((o) => {
    const indicators = o.indicators.map((i) => {
      const complete = Boolean(i.unit.trim() && i.dueOn);
      return {
        id: i.id,
        name: i.name,
        complete,
        text: t("officer.outcomes.indicatorText", {
          baseline: formatNumber(i.baseline),
          target: formatNumber(i.target),
          unit: i.unit,
          due: formatDate(i.dueOn ?? null),
        }),
      };
    });
    return {
      id: o.id,
      title: o.title,
      description: o.description,
      frozen: o.status === "frozen",
      indicators,
      complete: indicators.some((i) => i.complete),
    };
  });
}

// ---------------------------------------------------------------------------------------------
// The tender

export interface CriterionRow {
  name: string;
  description: string;
  /** Percent as typed: "40", "12.5". */
  weight: string;
}

/** A weight typed in percent ("40", "12.5 %") → basis points (4000, 1250), from the string; null when not one. */
export function parsePercent(text: string): number | null {
  const match = /^(\d{1,3})(?:[.,](\d{1,2}))?$/.exec(text.replace(/\s+/g, "").replace(/%$/, ""));
  if (!match) return null;
  const bp = Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
  return bp > BASIS_POINTS_TOTAL ? null : bp;
}

/** "40", "12.5", "33.33" for a number of basis points. */
export function percentText(basisPoints: number): string {
  const whole = Math.trunc(basisPoints / 100);
  const fraction = String(Math.abs(basisPoints % 100))
    .padStart(2, "0")
    .replace(/0+$/, "");
  return fraction ? `${whole}.${fraction}` : String(whole);
}

export interface WeightSum {
  /** Sum of the weights that parse, in basis points. */
  basisPoints: number;
  /** "90" (percent). */
  percent: string;
  /** Every row has a weight and they add up to exactly 100 %. */
  complete: boolean;
  /** Rows whose weight is not a percentage. */
  invalidRows: number[];
}

/** The live total of the criteria weights shown under the rows. */
export function criteriaWeightSum(rows: readonly Pick<CriterionRow, "weight">[]): WeightSum {
  let basisPoints = 0;
  const invalidRows: number[] = [];
  rows.forEach((r, i) => {
    const bp = parsePercent(r.weight);
    if (bp === null) invalidRows.push(i);
    else basisPoints += bp;
  });
  return {
    basisPoints,
    percent: percentText(basisPoints),
    complete: rows.length > 0 && invalidRows.length === 0 && basisPoints === BASIS_POINTS_TOTAL,
    invalidRows,
  };
}

/** The error key of one criterion row's field, e.g. `criterion-2-weight`. */
export const criterionField = (index: number, part: "name" | "weight") => `criterion-${index}-${part}`;

export interface TenderValues {
  title: string;
  specification: string;
  ceiling: string;
  submissionDeadline: string;
  outcomes: string[];
  criteria: CriterionRow[];
}

/** The tender draft: text, a ceiling within the pot (major units → minor), linked outcomes and criteria summing to 100 %. */
export function buildTender(v: TenderValues, round: { id: string; pot: MoneyValue }) {
  const errors: Record<string, string> = {};
  const title = v.title.trim();
  if (!title) errors.title = t("officer.tender.errors.title");
  else if (title.length > 300) errors.title = t("officer.tender.errors.titleLength");
  const specification = v.specification.trim();
  if (!specification) errors.specification = t("officer.tender.errors.specification");
  const ceiling = parseMoney(v.ceiling, round.pot.currency);
  if (ceiling.error) errors.budgetCeiling = ceiling.error;
  else if (ceiling.amountMinor! > round.pot.amountMinor)
    errors.budgetCeiling = t("officer.tender.errors.ceilingOverPot", { pot: formatMoney(round.pot) });
  if (v.submissionDeadline && !isLocalDate(v.submissionDeadline))
    errors.submissionDeadline = t("officer.tender.errors.deadline");
  if (v.outcomes.length === 0) errors.outcomes = t("officer.tender.errors.outcomes");
  const names = new Set<string>();
  v.criteria.forEach((c, i) => {
    const name = c.name.trim();
    if (!name) errors[criterionField(i, "name")] = t("officer.tender.errors.criterionName", { n: i + 1 });
    else if (names.has(name.toLowerCase()))
      errors[criterionField(i, "name")] = t("officer.tender.errors.criterionDuplicate", { n: i + 1 });
    names.add(name.toLowerCase());
    if (parsePercent(c.weight) === null)
      errors[criterionField(i, "weight")] = t("officer.tender.errors.criterionWeight", { n: i + 1 });
  });
  const sum = criteriaWeightSum(v.criteria);
  if (v.criteria.length === 0) errors.criteria = t("officer.tender.errors.noCriteria");
  else if (sum.invalidRows.length === 0 && !sum.complete)
    errors.criteria = t("officer.tender.errors.weightsSum", { percent: sum.percent });
  return built(errors, () => ({
    round: round.id,
    title,
    specification,
    budgetCeiling: { amountMinor: ceiling.amountMinor!, currency: round.pot.currency } satisfies MoneyValue,
    ...(v.submissionDeadline ? { submissionDeadline: v.submissionDeadline } : {}),
    outcomes: [...v.outcomes],
    criteria: v.criteria.map((c) => ({
      name: c.name.trim(),
      ...(c.description.trim() ? { description: c.description.trim() } : {}),
      weightBasisPoints: parsePercent(c.weight)!,
    })),
  }));
}

/** Major units as the ceiling field shows them again ("32000", "1250.5"), from minor units. */
export function moneyText(m: MoneyValue, exponent = 2): string {
  const digits = String(m.amountMinor).padStart(exponent + 1, "0");
  const whole = exponent ? digits.slice(0, -exponent) : digits;
  const fraction = exponent ? digits.slice(-exponent).replace(/0+$/, "") : "";
  return fraction ? `${whole}.${fraction}` : whole;
}

/** A drafted tender back into the form's values (to change it before publishing). */
export function tenderValues(
  tender: {
    title: string;
    specification: string;
    submissionDeadline?: string | null;
    budgetCeiling: MoneyValue;
    outcomes: readonly { id: string }[];
    criteria: readonly { name: string; description: string; weightBasisPoints: number }[];
  },
  exponent = 2,
): TenderValues {
  return {
    title: tender.title,
    specification: tender.specification,
    ceiling: moneyText(tender.budgetCeiling, exponent),
    submissionDeadline: tender.submissionDeadline ?? "",
    outcomes: tender.outcomes.map((o) => o.id),
    criteria: tender.criteria.map((c) => ({
      name: c.name,
      description: c.description,
      weight: percentText(c.weightBasisPoints),
    })),
  };
}

// ---------------------------------------------------------------------------------------------
// The officer's recommendation

export interface RecommendationValues {
  bid: string;
  note: string;
}

export function buildRecommendation(v: RecommendationValues, round: string) {
  const errors: Record<string, string> = {};
  if (!v.bid) errors.bid = t("officer.recommendation.errors.bid");
  const note = v.note.trim();
  if (!note) errors.note = t("officer.recommendation.errors.note");
  else if (note.length > 5000) errors.note = t("officer.recommendation.errors.noteLength");
  return built(errors, () => ({ round, bid: v.bid, note }));
}

/**
 * How the recommendation stands against the panel: before the decision, against the bid the
 * panel's scores put first; after it, whether the decision funded the recommended bid.
 */
export type RecommendationComparison = "none" | "sameAsScores" | "differsFromScores" | "followed" | "differs";

export function compareRecommendation(r: {
  recommendedBid: string | null;
  topScoredBid: string | null;
  decided: boolean;
  followed: boolean | null;
}): RecommendationComparison {
  if (!r.recommendedBid) return "none";
  if (r.decided) return r.followed ? "followed" : "differs";
  if (!r.topScoredBid) return "none";
  return r.topScoredBid === r.recommendedBid ? "sameAsScores" : "differsFromScores";
}

// ---------------------------------------------------------------------------------------------
// Milestones

export interface MilestoneValues {
  award: string;
  title: string;
  dueOn: string;
}

export function buildMilestone(v: MilestoneValues, round: string) {
  const errors: Record<string, string> = {};
  if (!v.award) errors.award = t("officer.milestones.errors.award");
  const title = v.title.trim();
  if (!title) errors.title = t("officer.milestones.errors.title");
  else if (title.length > 200) errors.title = t("officer.milestones.errors.titleLength");
  if (!isLocalDate(v.dueOn)) errors.dueOn = t("officer.milestones.errors.dueOn");
  return built(errors, () => ({ round, award: v.award, title, dueOn: v.dueOn }));
}

/** Marking a milestone finished on a date: met if on or before its due date, late after it. */
export function buildMilestoneFinished(v: { completedOn: string }, milestone: { id: string; dueOn: string }) {
  const errors: Record<string, string> = {};
  if (!isLocalDate(v.completedOn)) errors.completedOn = t("officer.milestones.errors.completedOn");
  const status: MilestoneStatus = v.completedOn <= milestone.dueOn ? "MET" : "LATE";
  return built(errors, () => ({ milestone: milestone.id, completedOn: v.completedOn, status }));
}

export interface MilestoneLike {
  readonly id: string;
  readonly title: string;
  readonly dueOn: string;
  readonly status: string;
  readonly completedOn?: string | null;
  readonly award?: { readonly id: string } | null;
}

/** The round's milestones grouped by award (in the awards' order; those without an award last), by due date. */
export function milestonesByAward<A extends { id: string }, M extends MilestoneLike>(
  awards: readonly A[],
  milestones: readonly M[],
): { award: A | null; milestones: M[] }[] {
  const sorted = [...milestones].sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.id.localeCompare(b.id));
  const groups: { award: A | null; milestones: M[] }[] = awards.map((award) => ({
    award,
    milestones: sorted.filter((m) => m.award?.id === award.id),
  }));
  const known = new Set(awards.map((a) => a.id));
  const loose = sorted.filter((m) => !m.award || !known.has(m.award.id));
  if (loose.length) groups.push({ award: null, milestones: loose });
  return groups;
}
