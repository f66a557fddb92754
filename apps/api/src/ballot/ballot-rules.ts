import {
  VOTER_SEXES,
  checkBallot,
  formatMoney,
  type BallotProblem,
  type BallotRules,
  type BallotType,
  type Eligibility,
  type EligibilityProblem,
} from "@coproduce/domain";

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

/**
 * Checks a ballot as cast against the round's rules — the domain's `checkBallot`, the same check the
 * booth runs as the resident goes — plus what only the server can know: that each project is on
 * this round's ballot, and that approval, ordinal and choose-one ballots carry no points.
 * `costOf` maps each project on the ballot to its cost in minor units.
 */
export function validateBallot(
  rules: BallotRules,
  costOf: ReadonlyMap<number, number>,
  choices: readonly ChoiceInput[],
  currency: string,
): { ok: true; choices: StoredChoice[] } | { ok: false; problems: { index: number | null; message: string }[] } {
  const type = rules.type;
  const scored = type === "cumulative" || type === "scoring";
  const problems: { index: number | null; message: string }[] = [];
  choices.forEach((c, index) => {
    if (!costOf.has(c.bidKey)) problems.push({ index, message: "Not a project on this round's ballot." });
    if (!scored && c.points !== undefined && c.points !== null)
      problems.push({ index, message: `${NO_POINTS[type]} ballot has no points.` });
  });
  const check = checkBallot(
    rules,
    choices.map((c) => ({
      projectId: String(c.bidKey),
      costMinor: costOf.get(c.bidKey) ?? 0,
      points: scored ? (c.points ?? null) : null,
    })),
  );
  for (const p of check.problems) problems.push(problemMessage(p, type, currency));
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    choices: choices.map((c, i) => ({
      bidKey: c.bidKey,
      points: scored ? (c.points as number) : 1,
      rank: type === "ordinal" ? i : null,
    })),
  };
}

const NO_POINTS = { approval: "An approval", ordinal: "An ordinal", choose_1: "A choose-one" } as const;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** The API's English message for a domain ballot problem (the booth words its own, in the voter's language). */
function problemMessage(
  p: BallotProblem,
  type: BallotType,
  currency: string,
): { index: number | null; message: string } {
  const money = (minor: number) => formatMoney({ amountMinor: minor, currency });
  switch (p.code) {
    case "duplicate":
      return { index: p.index, message: "The same project is listed twice." };
    case "pointsOutOfRange":
      if (p.actual === null || !Number.isInteger(p.actual))
        return { index: p.index, message: "Give whole points for each project." };
      return {
        index: p.index,
        message:
          type === "scoring"
            ? `Scores are from ${p.min} to ${p.max}.`
            : `Points per project are from ${p.min} to ${p.max}.`,
      };
    case "tooFew":
      return { index: null, message: `Choose at least ${plural(p.limit, "project")}.` };
    case "tooMany":
      return { index: null, message: `Choose at most ${plural(p.limit, "project")}.` };
    case "tooManyPoints":
      return { index: null, message: `At most ${p.limit} points in all (this ballot gives ${p.actual}).` };
    case "tooFewPoints":
      return { index: null, message: `At least ${p.limit} points in all (this ballot gives ${p.actual}).` };
    case "overBudget":
      return { index: null, message: `The chosen projects cost ${money(p.actual)}: at most ${money(p.limit)} in all.` };
    case "underBudget":
      return {
        index: null,
        message: `The chosen projects cost ${money(p.actual)}: at least ${money(p.limit)} in all.`,
      };
  }
}

/** The plain message for a voter's answer that stops the ballot (the booth words its own, in the voter's language). */
export function eligibilityMessage(e: Eligibility, p: EligibilityProblem): string {
  if (p.field === "ageBand") {
    if (p.code === "REQUIRED") return "Say which age band you are in.";
    if (p.code === "NOT_ELIGIBLE") return `This vote is open to people aged ${(e.ageBands ?? []).join(", ")}.`;
    return "Choose one of the age bands offered, or prefer not to say.";
  }
  if (p.field === "area")
    return p.code === "REQUIRED" ? "Say which area you live in." : "This vote is open to residents of its area.";
  return `Choose ${VOTER_SEXES.join(" or ")}, or prefer not to say.`;
}
