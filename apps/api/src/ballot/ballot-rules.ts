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
