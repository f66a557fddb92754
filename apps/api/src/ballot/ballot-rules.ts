import type { BallotType } from "@coproduce/domain";

/**
 * The round's ballot constraints (`round.allocationParams.ballot`), with defaults per ballot type:
 * - approval: 1..maxLength projects (default: any number);
 * - choose_1: exactly one project;
 * - cumulative: whole points ≥ 1 per project, at most `totalPoints` in all (default 10) and at most
 *   `maxPointsPerProject` on one project (default: `totalPoints`);
 * - scoring: a whole score from `scaleMin` to `scaleMax` (default 1..5) for each project listed;
 * - ordinal: projects in order of preference, first choice first, at most `maxLength` (default: any).
 */
export interface BallotConstraints {
  minLength: number;
  maxLength: number | null;
  totalPoints: number;
  maxPointsPerProject: number;
  scaleMin: number;
  scaleMax: number;
}

export function ballotConstraints(type: BallotType, params: Record<string, unknown> | null): BallotConstraints {
  const raw = (params?.ballot ?? {}) as Partial<Record<keyof BallotConstraints, unknown>>;
  const int = (v: unknown, fallback: number) => (typeof v === "number" && Number.isInteger(v) ? v : fallback);
  const totalPoints = int(raw.totalPoints, 10);
  const maxLength =
    type === "choose_1"
      ? 1
      : typeof raw.maxLength === "number" && Number.isInteger(raw.maxLength)
        ? raw.maxLength
        : null;
  return {
    minLength: type === "choose_1" ? 1 : Math.max(1, int(raw.minLength, 1)),
    maxLength,
    totalPoints,
    maxPointsPerProject: int(raw.maxPointsPerProject, totalPoints),
    scaleMin: int(raw.scaleMin, 1),
    scaleMax: int(raw.scaleMax, 5),
  };
}

export interface ChoiceInput {
  bidKey: number;
  points?: number | null;
}

export interface StoredChoice {
  bidKey: number;
  points: number;
  rank: number | null;
}

/** Validates a ballot against the round's type and constraints: the stored choices, or the reasons it is invalid. */
export function validateBallot(
  type: BallotType,
  constraints: BallotConstraints,
  eligibleBidKeys: ReadonlySet<number>,
  choices: readonly ChoiceInput[],
): { ok: true; choices: StoredChoice[] } | { ok: false; problems: { index: number | null; message: string }[] } {
  const problems: { index: number | null; message: string }[] = [];
  const seen = new Set<number>();
  choices.forEach((c, index) => {
    if (!eligibleBidKeys.has(c.bidKey)) problems.push({ index, message: "Not a project on this round's ballot." });
    if (seen.has(c.bidKey)) problems.push({ index, message: "The same project is listed twice." });
    seen.add(c.bidKey);
    const hasPoints = c.points !== undefined && c.points !== null;
    if (type === "cumulative" || type === "scoring") {
      if (!hasPoints || !Number.isInteger(c.points))
        problems.push({ index, message: "Give whole points for each project." });
      else if (
        type === "cumulative" &&
        ((c.points as number) < 1 || (c.points as number) > constraints.maxPointsPerProject)
      ) {
        problems.push({ index, message: `Points per project are from 1 to ${constraints.maxPointsPerProject}.` });
      } else if (
        type === "scoring" &&
        ((c.points as number) < constraints.scaleMin || (c.points as number) > constraints.scaleMax)
      ) {
        problems.push({ index, message: `Scores are from ${constraints.scaleMin} to ${constraints.scaleMax}.` });
      }
    } else if (hasPoints) {
      problems.push({
        index,
        message: `A${type === "ordinal" ? "n ordinal" : type === "approval" ? "n approval" : " choose-one"} ballot has no points.`,
      });
    }
  });
  if (choices.length < constraints.minLength)
    problems.push({
      index: null,
      message: `Choose at least ${constraints.minLength} project${constraints.minLength === 1 ? "" : "s"}.`,
    });
  if (constraints.maxLength !== null && choices.length > constraints.maxLength) {
    problems.push({
      index: null,
      message: `Choose at most ${constraints.maxLength} project${constraints.maxLength === 1 ? "" : "s"}.`,
    });
  }
  if (type === "cumulative") {
    const total = choices.reduce((s, c) => s + (c.points ?? 0), 0);
    if (total > constraints.totalPoints)
      problems.push({
        index: null,
        message: `At most ${constraints.totalPoints} points in all (this ballot gives ${total}).`,
      });
  }
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    choices: choices.map((c, i) => ({
      bidKey: c.bidKey,
      points: type === "cumulative" || type === "scoring" ? (c.points as number) : 1,
      rank: type === "ordinal" ? i : null,
    })),
  };
}

/**
 * The round's eligibility questions (`round.allocationParams.ballot.eligibility`):
 * - `ageBands`: the age bands that may vote (the voter says theirs), e.g. ["16-24", "25-64", "65+"];
 * - `areas`: the areas (slugs) whose residents may vote (the voter says theirs);
 * - `record`: which answers are kept with the ballot for aggregate, suppressed statistics —
 *   a subset of ["ageBand", "sex"]; `sex` may be asked only to be recorded. Nothing else is kept,
 *   and the area is never recorded. Answers are frozen as given when voting (never recomputed).
 */
export interface Eligibility {
  ageBands: string[] | null;
  areas: string[] | null;
  record: { ageBand: boolean; sex: boolean };
}

export interface VoterAnswers {
  ageBand?: string | null;
  sex?: string | null;
  area?: string | null;
}

export function eligibilityOf(params: Record<string, unknown> | null): Eligibility {
  const raw = ((params?.ballot ?? {}) as { eligibility?: Record<string, unknown> }).eligibility ?? {};
  const list = (v: unknown) => (Array.isArray(v) && v.every((x) => typeof x === "string") && v.length > 0 ? v : null);
  const record = list(raw.record) ?? [];
  return {
    ageBands: list(raw.ageBands),
    areas: list(raw.areas),
    record: { ageBand: record.includes("ageBand"), sex: record.includes("sex") },
  };
}

/** Checks a voter's answers against the round's questions: problems (REQUIRED / NOT_ELIGIBLE) and what to record. */
export function checkEligibility(
  e: Eligibility,
  answers: VoterAnswers | null,
): {
  problems: { code: "REQUIRED" | "NOT_ELIGIBLE"; field: "ageBand" | "area"; message: string }[];
  recorded: { ageBand: string | null; sex: string | null };
} {
  const problems: { code: "REQUIRED" | "NOT_ELIGIBLE"; field: "ageBand" | "area"; message: string }[] = [];
  const ageBand = answers?.ageBand ?? null;
  const area = answers?.area ?? null;
  if (e.ageBands) {
    if (!ageBand) problems.push({ code: "REQUIRED", field: "ageBand", message: "Say which age band you are in." });
    else if (!e.ageBands.includes(ageBand))
      problems.push({
        code: "NOT_ELIGIBLE",
        field: "ageBand",
        message: `This vote is open to people aged ${e.ageBands.join(", ")}.`,
      });
  }
  if (e.areas) {
    if (!area) problems.push({ code: "REQUIRED", field: "area", message: "Say which area you live in." });
    else if (!e.areas.includes(area))
      problems.push({ code: "NOT_ELIGIBLE", field: "area", message: "This vote is open to residents of its area." });
  }
  return {
    problems,
    recorded: {
      ageBand: e.record.ageBand ? ageBand : null,
      sex: e.record.sex ? (answers?.sex ?? null) : null,
    },
  };
}
