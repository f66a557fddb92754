import {
  checkBallot,
  fitsBallot,
  shuffledFor,
  type BallotCheck,
  type BallotEntry,
  type BallotProblem,
  type BallotRules,
  type BallotType,
} from "@coproduce/domain";
import { formatMoney, t, tn } from "../../i18n";

/** Bids that are not on the ballot (as the API's NOT_ON_BALLOT). */
const OFF_BALLOT = new Set(["WITHDRAWN", "INELIGIBLE", "NOT_SHORTLISTED"]);

export interface BoothProject {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly categories: readonly string[];
  /** The area the project serves (null: not given). */
  readonly area: string | null;
  readonly cost: { readonly amountMinor: number; readonly currency: string };
}

interface ApiRules {
  readonly type: string;
  readonly minLength: number;
  readonly maxLength?: number | null;
  readonly minSumCost?: { readonly amountMinor: number } | null;
  readonly maxSumCost?: { readonly amountMinor: number } | null;
  readonly minPointsPerProject: number;
  readonly maxPointsPerProject: number;
  readonly minSumPoints?: number | null;
  readonly maxSumPoints?: number | null;
  readonly shuffle: boolean;
}

/** The API's ballot rules as the domain's (`checkBallot` runs on them). */
export function toRules(r: ApiRules): BallotRules {
  return {
    type: r.type.toLowerCase() as BallotType,
    minLength: r.minLength,
    maxLength: r.maxLength ?? null,
    minSumCostMinor: r.minSumCost?.amountMinor ?? null,
    maxSumCostMinor: r.maxSumCost?.amountMinor ?? null,
    minPointsPerProject: r.minPointsPerProject,
    maxPointsPerProject: r.maxPointsPerProject,
    minSumPoints: r.minSumPoints ?? null,
    maxSumPoints: r.maxSumPoints ?? null,
    shuffle: r.shuffle,
  };
}

/** Pabulib categories are comma-separated ("education,sport"): a project may have several. */
export function categoriesOf(category: string | null | undefined): string[] {
  return (category ?? "")
    .split(/[,;]/)
    .map((c) => c.trim())
    .filter((c) => c.length > 0);
}

/** The projects on the ballot, in the voter's own order when the round shuffles (seeded by the voter code). */
export function ballotProjects(
  bids: readonly {
    id: string;
    title: string;
    summary: string;
    status: string;
    category?: string | null;
    area?: string | null;
    amountRequested: { amountMinor: number; currency: string };
  }[],
  shuffle: boolean,
  seed: string,
): BoothProject[] {
  const on = bids
    .filter((b) => !OFF_BALLOT.has(b.status))
    .map((b) => ({
      id: b.id,
      title: b.title,
      summary: b.summary,
      categories: categoriesOf(b.category),
      area: b.area?.trim() || null,
      cost: b.amountRequested,
    }));
  return shuffle ? shuffledFor(on, seed) : on;
}

/** Search (title and description, any case), category and area filters ("" = any). */
export function filterProjects(
  projects: readonly BoothProject[],
  text: string,
  category: string,
  area = "",
): BoothProject[] {
  const q = text.trim().toLocaleLowerCase();
  return projects.filter(
    (p) =>
      (category === "" || p.categories.includes(category)) &&
      (area === "" || p.area === area) &&
      (q === "" || p.title.toLocaleLowerCase().includes(q) || p.summary.toLocaleLowerCase().includes(q)),
  );
}

/**
 * The resident's ballot as it is being built: for approval and choose-1 the chosen ids, for
 * cumulative and scoring the points per id, for ordinal the ranking (first choice first).
 */
export interface BallotDraft {
  chosen: string[];
  points: Record<string, number>;
}

/** The ballot's entries in the order they are cast (ordinal: the ranking). */
export function entriesOf(rules: BallotRules, draft: BallotDraft, projects: readonly BoothProject[]): BallotEntry[] {
  const byId = new Map(projects.map((p) => [p.id, p]));
  const scored = rules.type === "cumulative" || rules.type === "scoring";
  const ids = scored
    ? Object.keys(draft.points).filter((id) => byId.has(id))
    : draft.chosen.filter((id) => byId.has(id));
  // Cumulative and scoring: in the page's order, so the ballot reads as the list does.
  const ordered = scored ? projects.filter((p) => ids.includes(p.id)).map((p) => p.id) : ids;
  return ordered.map((id) => ({
    projectId: id,
    costMinor: byId.get(id)!.cost.amountMinor,
    ...(scored ? { points: draft.points[id] ?? null } : {}),
  }));
}

export function check(rules: BallotRules, draft: BallotDraft, projects: readonly BoothProject[]): BallotCheck {
  return checkBallot(rules, entriesOf(rules, draft, projects));
}

export { fitsBallot };

/** A problem in plain words (amounts in the round's currency). */
export function problemText(p: BallotProblem, currency: string, titleAt: (index: number) => string): string {
  const money = (minor: number) => formatMoney({ amountMinor: minor, currency });
  switch (p.code) {
    case "tooFew":
      return t("vote.problem.tooFew", { n: tn("units.project", p.limit), chosen: tn("units.project", p.actual) });
    case "tooMany":
      return t("vote.problem.tooMany", { n: tn("units.project", p.limit), chosen: tn("units.project", p.actual) });
    case "overBudget":
      return t("vote.problem.overBudget", {
        limit: money(p.limit),
        chosen: money(p.actual),
        over: money(p.actual - p.limit),
      });
    case "underBudget":
      return t("vote.problem.underBudget", { limit: money(p.limit), chosen: money(p.actual) });
    case "tooManyPoints":
      return t("vote.problem.tooManyPoints", { limit: tn("units.point", p.limit), given: tn("units.point", p.actual) });
    case "tooFewPoints":
      return t("vote.problem.tooFewPoints", { limit: tn("units.point", p.limit), given: tn("units.point", p.actual) });
    case "pointsOutOfRange":
      return t("vote.problem.pointsOutOfRange", { title: titleAt(p.index), min: p.min, max: p.max });
    case "duplicate":
      return t("vote.problem.duplicate", { title: titleAt(p.index) });
  }
}

/** The ballot as `ballotCast` takes it. */
export function castChoices(rules: BallotRules, entries: readonly BallotEntry[]): { bid: string; points?: number }[] {
  const scored = rules.type === "cumulative" || rules.type === "scoring";
  return entries.map((e) => (scored ? { bid: e.projectId, points: e.points ?? 0 } : { bid: e.projectId }));
}

/** The short description: the first sentence, at most ~140 characters; null when that is all there is. */
export function shortDescription(summary: string): { short: string; more: boolean } {
  const text = summary.trim();
  const sentence = /^(.{20,140}?[.!?])(\s|$)/.exec(text)?.[1];
  const short = sentence ?? (text.length > 140 ? `${text.slice(0, 137).trimEnd()}…` : text);
  return { short, more: short.length < text.length };
}
