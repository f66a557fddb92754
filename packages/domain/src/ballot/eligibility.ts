/**
 * Who may vote in a round, and what a voter is asked about themselves: the round's **voter
 * questions** (`allocationParams.ballot.eligibility`). The booth asks them before the ballot
 * ("About you"); the API checks the answers again and keeps only what the round records.
 *
 * - `ageBands`: the age bands that may vote. When set, the voter must say theirs (an answer outside
 *   the list is NOT_ELIGIBLE). When unset and the round records age, the voter is asked with
 *   `DEFAULT_VOTER_AGE_BANDS` and may prefer not to say.
 * - `areas`: the areas (slugs) whose residents may vote; the voter must say theirs. The area is
 *   checked, never stored with the ballot.
 * - `record`: which answers are kept with the ballot, for aggregate and suppressed statistics only
 *   ("who voted" against the census baseline): a subset of ["ageBand", "sex"]. Sex is asked only
 *   to be recorded, and always with "prefer not to say". Answers are frozen as given when voting.
 */
export interface Eligibility {
  readonly ageBands: readonly string[] | null;
  readonly areas: readonly string[] | null;
  readonly record: { readonly ageBand: boolean; readonly sex: boolean };
}

/** The age bands a voter is offered when the round records age but does not restrict it (census-style bands). */
export const DEFAULT_VOTER_AGE_BANDS: readonly string[] = ["16-24", "25-34", "35-49", "50-64", "65+"];
/** Sex as the census baseline spells it; a voter may also prefer not to say (no answer is recorded). */
export const VOTER_SEXES: readonly string[] = ["Female", "Male"];
/** The stored form of a round's voter questions (`ballot.eligibility.record`). */
export const RECORDABLE_ANSWERS = ["ageBand", "sex"] as const;

export interface VoterAnswers {
  readonly ageBand?: string | null;
  readonly sex?: string | null;
  readonly area?: string | null;
}

const stringList = (v: unknown): string[] | null =>
  Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === "string") ? [...v] : null;

/** The round's voter questions, read from its allocation parameters (anything malformed counts as not asked). */
export function eligibilityOf(params: Record<string, unknown> | null | undefined): Eligibility {
  const ballot = (params?.ballot ?? {}) as { eligibility?: unknown };
  const raw = (ballot.eligibility && typeof ballot.eligibility === "object" ? ballot.eligibility : {}) as Record<
    string,
    unknown
  >;
  const record = stringList(raw.record) ?? [];
  return {
    ageBands: stringList(raw.ageBands),
    areas: stringList(raw.areas),
    record: { ageBand: record.includes("ageBand"), sex: record.includes("sex") },
  };
}

/** The stored form of voter questions (the inverse of `eligibilityOf`; unset parts are left out). */
export function eligibilityParams(e: Eligibility): Record<string, unknown> {
  const record = RECORDABLE_ANSWERS.filter((k) => e.record[k]);
  return {
    ...(e.ageBands?.length ? { ageBands: [...e.ageBands] } : {}),
    ...(e.areas?.length ? { areas: [...e.areas] } : {}),
    ...(record.length ? { record } : {}),
  };
}

/** What the booth asks, in order: age band (required or optional), sex (optional), area (required). */
export interface VoterQuestions {
  /** The age bands offered; empty when age is not asked. */
  readonly ageBands: readonly string[];
  /** Whether an age band must be given (the round restricts voting by age); otherwise "prefer not to say" is offered. */
  readonly ageBandRequired: boolean;
  readonly asksSex: boolean;
  /** The areas (slugs) offered; empty when the area is not asked. */
  readonly areas: readonly string[];
}

export function voterQuestionsOf(e: Eligibility): VoterQuestions {
  const ageBands = e.ageBands ?? (e.record.ageBand ? DEFAULT_VOTER_AGE_BANDS : []);
  return {
    ageBands,
    ageBandRequired: e.ageBands !== null,
    asksSex: e.record.sex,
    areas: e.areas ?? [],
  };
}

/** Whether the round asks voters anything at all (the booth then shows its "About you" step). */
export function asksVoters(q: VoterQuestions): boolean {
  return q.ageBands.length > 0 || q.asksSex || q.areas.length > 0;
}

export type EligibilityField = "ageBand" | "sex" | "area";
export interface EligibilityProblem {
  /** REQUIRED: a question that must be answered was not; NOT_ELIGIBLE: the answer rules the voter out; INVALID: not one of the options. */
  readonly code: "REQUIRED" | "NOT_ELIGIBLE" | "INVALID";
  readonly field: EligibilityField;
}

/** Checks a voter's answers against the round's questions: the problems, and what the ballot records. */
export function checkEligibility(
  e: Eligibility,
  answers: VoterAnswers | null | undefined,
): { problems: EligibilityProblem[]; recorded: { ageBand: string | null; sex: string | null } } {
  const problems: EligibilityProblem[] = [];
  const blank = (v: string | null | undefined) => (v === undefined || v === null || v.trim() === "" ? null : v);
  const ageBand = blank(answers?.ageBand);
  const sex = blank(answers?.sex);
  const area = blank(answers?.area);
  const q = voterQuestionsOf(e);
  if (e.ageBands) {
    if (ageBand === null) problems.push({ code: "REQUIRED", field: "ageBand" });
    else if (!e.ageBands.includes(ageBand)) problems.push({ code: "NOT_ELIGIBLE", field: "ageBand" });
  } else if (ageBand !== null && q.ageBands.length > 0 && !q.ageBands.includes(ageBand)) {
    problems.push({ code: "INVALID", field: "ageBand" });
  }
  if (sex !== null && q.asksSex && !VOTER_SEXES.includes(sex)) problems.push({ code: "INVALID", field: "sex" });
  if (e.areas) {
    if (area === null) problems.push({ code: "REQUIRED", field: "area" });
    else if (!e.areas.includes(area)) problems.push({ code: "NOT_ELIGIBLE", field: "area" });
  }
  return {
    problems,
    recorded: {
      ageBand: e.record.ageBand ? ageBand : null,
      sex: e.record.sex ? sex : null,
    },
  };
}
