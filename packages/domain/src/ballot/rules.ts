import type { BallotType } from "../round/phase.js";

/**
 * A round's ballot rules, for the voting booth to check a ballot as the resident builds it (and
 * for anyone to check one afterwards). They come from the round's `allocationParams.ballot`
 * (`minLength`, `maxLength`, `maxSumCostMinor`, `minSumCostMinor`, `totalPoints`,
 * `minPointsPerProject`, `maxPointsPerProject`, `minSumPoints`, `scaleMin`, `scaleMax`, `shuffle`)
 * and, for imported rounds, from the Pabulib META (`min_length`, `max_length`, `min_sum_cost`,
 * `max_sum_cost` in whole currency units, `min_points`, `max_points`, `min_sum_points`,
 * `max_sum_points`); the round's own settings win. Defaults per ballot type as in the API:
 * approval any number ≥ 1, choose-1 exactly one, cumulative 10 points in all, scoring 1..5.
 */
export interface BallotRules {
  readonly type: BallotType;
  readonly minLength: number;
  /** null: no maximum. */
  readonly maxLength: number | null;
  /** Least and most total cost of the chosen projects, in minor units (null: no limit). */
  readonly minSumCostMinor: number | null;
  readonly maxSumCostMinor: number | null;
  /** Points (cumulative) or score (scoring) per chosen project. */
  readonly minPointsPerProject: number;
  readonly maxPointsPerProject: number;
  /** Cumulative: points in all (at least / at most); null: no limit. */
  readonly minSumPoints: number | null;
  readonly maxSumPoints: number | null;
  /** Whether projects are shown in a different random order to each voter. */
  readonly shuffle: boolean;
}

const int = (v: unknown): number | null => {
  if (typeof v === "number" && Number.isInteger(v)) return v;
  if (typeof v === "string" && /^-?\d+$/.test(v.trim())) return Number(v.trim());
  return null;
};

/** The rules of a round of ballot type `type` with allocation parameters `params` (see `BallotRules`). */
export function ballotRulesOf(type: BallotType, params: Record<string, unknown> | null | undefined): BallotRules {
  const own = (params?.ballot ?? {}) as Record<string, unknown>;
  const pabulib = (params?.pabulib as { meta?: Record<string, unknown> } | undefined)?.meta ?? {};
  const pick = (ownKey: string, metaKey: string | null): number | null =>
    int(own[ownKey]) ?? (metaKey === null ? null : int(pabulib[metaKey]));
  const major = (ownKey: string, metaKey: string): number | null => {
    const minor = int(own[ownKey]);
    if (minor !== null) return minor;
    const m = int(pabulib[metaKey]);
    return m === null ? null : m * 100;
  };
  if (type === "choose_1") {
    return {
      type,
      minLength: 1,
      maxLength: 1,
      minSumCostMinor: null,
      maxSumCostMinor: major("maxSumCostMinor", "max_sum_cost"),
      minPointsPerProject: 1,
      maxPointsPerProject: 1,
      minSumPoints: null,
      maxSumPoints: null,
      shuffle: own.shuffle === true,
    };
  }
  const cumulative = type === "cumulative";
  const scoring = type === "scoring";
  const maxSumPoints = cumulative ? (pick("totalPoints", "max_sum_points") ?? 10) : null;
  const minPoints = scoring
    ? (pick("scaleMin", "min_points") ?? 1)
    : cumulative
      ? (pick("minPointsPerProject", "min_points") ?? 1)
      : 1;
  const maxPoints = scoring
    ? (pick("scaleMax", "max_points") ?? 5)
    : cumulative
      ? (pick("maxPointsPerProject", "max_points") ?? maxSumPoints ?? 10)
      : 1;
  return {
    type,
    minLength: Math.max(1, pick("minLength", "min_length") ?? 1),
    maxLength: pick("maxLength", "max_length"),
    minSumCostMinor: major("minSumCostMinor", "min_sum_cost"),
    maxSumCostMinor: major("maxSumCostMinor", "max_sum_cost"),
    minPointsPerProject: Math.max(cumulative ? 1 : Number.MIN_SAFE_INTEGER, minPoints),
    maxPointsPerProject: maxPoints,
    minSumPoints: cumulative ? pick("minSumPoints", "min_sum_points") : null,
    maxSumPoints,
    shuffle: own.shuffle === true,
  };
}

/** One project on a ballot being built: its cost (minor units) and, for cumulative/scoring, its points. */
export interface BallotEntry {
  readonly projectId: string;
  readonly costMinor: number;
  readonly points?: number | null;
}

/**
 * Something that stops a ballot from being cast, with the figures a message needs:
 * - `tooFew` / `tooMany`: projects chosen vs `limit`;
 * - `overBudget` / `underBudget`: total cost (`actual`) vs the most / least allowed (`limit`), minor units;
 * - `tooManyPoints` / `tooFewPoints`: points given in all vs `limit`;
 * - `pointsOutOfRange`: the project at `index` has points outside `min`..`max`;
 * - `duplicate`: the project at `index` is listed twice.
 */
export type BallotProblem =
  | { readonly code: "tooFew" | "tooMany"; readonly limit: number; readonly actual: number }
  | { readonly code: "overBudget" | "underBudget"; readonly limit: number; readonly actual: number }
  | { readonly code: "tooManyPoints" | "tooFewPoints"; readonly limit: number; readonly actual: number }
  | {
      readonly code: "pointsOutOfRange";
      readonly index: number;
      readonly min: number;
      readonly max: number;
      readonly actual: number | null;
    }
  | { readonly code: "duplicate"; readonly index: number };

export interface BallotCheck {
  /** True when the ballot can be cast as it is. */
  readonly ok: boolean;
  readonly problems: readonly BallotProblem[];
  readonly count: number;
  /** Total cost of the chosen projects, minor units. */
  readonly costMinor: number;
  /** Points given in all (cumulative, scoring); 0 otherwise. */
  readonly points: number;
  /** Money still within the maximum total cost (null when there is none); negative when over. */
  readonly costLeftMinor: number | null;
  /** Cumulative: points still to give within the maximum (null when there is none). */
  readonly pointsLeft: number | null;
  /** Whether one more project could be added without breaking the maximum number. */
  readonly canAddMore: boolean;
}

/** Checks a ballot against the round's rules: what stops it being cast, and the running totals. */
export function checkBallot(rules: BallotRules, entries: readonly BallotEntry[]): BallotCheck {
  const problems: BallotProblem[] = [];
  const seen = new Set<string>();
  let costMinor = 0;
  let points = 0;
  const scored = rules.type === "cumulative" || rules.type === "scoring";
  entries.forEach((e, index) => {
    if (seen.has(e.projectId)) problems.push({ code: "duplicate", index });
    seen.add(e.projectId);
    costMinor += e.costMinor;
    if (scored) {
      const p = e.points ?? null;
      if (p === null || !Number.isInteger(p) || p < rules.minPointsPerProject || p > rules.maxPointsPerProject)
        problems.push({
          code: "pointsOutOfRange",
          index,
          min: rules.minPointsPerProject,
          max: rules.maxPointsPerProject,
          actual: p,
        });
      if (p !== null && Number.isInteger(p)) points += p;
    }
  });
  const count = entries.length;
  if (count < rules.minLength) problems.push({ code: "tooFew", limit: rules.minLength, actual: count });
  if (rules.maxLength !== null && count > rules.maxLength)
    problems.push({ code: "tooMany", limit: rules.maxLength, actual: count });
  if (rules.maxSumCostMinor !== null && costMinor > rules.maxSumCostMinor)
    problems.push({ code: "overBudget", limit: rules.maxSumCostMinor, actual: costMinor });
  if (rules.minSumCostMinor !== null && costMinor < rules.minSumCostMinor)
    problems.push({ code: "underBudget", limit: rules.minSumCostMinor, actual: costMinor });
  if (rules.type === "cumulative") {
    if (rules.maxSumPoints !== null && points > rules.maxSumPoints)
      problems.push({ code: "tooManyPoints", limit: rules.maxSumPoints, actual: points });
    if (rules.minSumPoints !== null && points < rules.minSumPoints)
      problems.push({ code: "tooFewPoints", limit: rules.minSumPoints, actual: points });
  }
  return {
    ok: problems.length === 0,
    problems,
    count,
    costMinor,
    points: scored ? points : 0,
    costLeftMinor: rules.maxSumCostMinor === null ? null : rules.maxSumCostMinor - costMinor,
    pointsLeft: rules.type === "cumulative" && rules.maxSumPoints !== null ? rules.maxSumPoints - points : null,
    canAddMore: rules.maxLength === null || count < rules.maxLength,
  };
}

/** Whether adding a project costing `costMinor` keeps the ballot within its maximum number and total cost. */
export function fitsBallot(rules: BallotRules, check: BallotCheck, costMinor: number): boolean {
  if (!check.canAddMore && rules.type !== "choose_1") return false;
  if (rules.maxSumCostMinor === null) return true;
  const base = rules.type === "choose_1" ? 0 : check.costMinor;
  return base + costMinor <= rules.maxSumCostMinor;
}

/**
 * A voter's own order of the projects (rounds that shuffle): a Fisher–Yates shuffle driven by a
 * small deterministic generator seeded from `seed` (e.g. the voter code), so a voter sees the same
 * order on every visit and different voters see different orders.
 */
export function shuffledFor<T>(items: readonly T[], seed: string): T[] {
  // FNV-1a hash of the seed, then mulberry32.
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  let state = h >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
