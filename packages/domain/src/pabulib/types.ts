/**
 * The pabulib `.pb` format (https://pabulib.org/format): three sections, META (key;value),
 * PROJECTS and VOTES, each a `;`-separated table with a header line. List fields (a vote's
 * projects, its points) are `,`-separated. Fields containing `;`, `"` or a line break are quoted
 * CSV-style, with `""` for a literal quote.
 */
export const PABULIB_VOTE_TYPES = ["approval", "ordinal", "cumulative", "scoring", "choose-1"] as const;
export type PabulibVoteType = (typeof PABULIB_VOTE_TYPES)[number];

export interface PabulibProject {
  /** `project_id`, verbatim. */
  readonly id: string;
  /** `cost`, in the instance's currency units (may have a fractional part: grosze, cents). */
  readonly cost: number;
  /** `cost` exactly, in minor units (1/100 of the currency unit). */
  readonly costMinor: number;
  /** `category`, split on `,` (empty when absent or `None`). */
  readonly categories: readonly string[];
  /** `beneficiaries` (formerly `target`), split on `,` (empty when absent or `None`). */
  readonly beneficiaries: readonly string[];
  /** Every column of the project's row, verbatim (including `project_id` and `cost`). */
  readonly fields: Readonly<Record<string, string>>;
}

export interface PabulibVote {
  readonly voterId: string;
  /** Project ids, in the order written (for ordinal ballots: the ranking, best first). */
  readonly vote: readonly string[];
  /** Points per listed project (cumulative, scoring; optional for ordinal), same order as `vote`. */
  readonly points?: readonly number[];
  /** The other columns of the vote's row (everything but `voter_id`, `vote`, `points`), verbatim. */
  readonly extra: Readonly<Record<string, string>>;
}

export interface PabulibInstance {
  /** META entries in file order, values verbatim (unknown keys kept). */
  readonly meta: Readonly<Record<string, string>>;
  readonly budget: number;
  /** `budget` exactly, in minor units (1/100 of the currency unit). */
  readonly budgetMinor: number;
  /** True when the budget and every cost are whole currency units (then the engine works in units, else in minor units). */
  readonly amountsWhole: boolean;
  readonly voteType: PabulibVoteType;
  /** PROJECTS header, in file order. */
  readonly projectColumns: readonly string[];
  readonly projects: readonly PabulibProject[];
  /** VOTES header, in file order. */
  readonly voteColumns: readonly string[];
  readonly votes: readonly PabulibVote[];
  /**
   * Deviations from the format the lenient parser accepted (the first MAX_KEPT_WARNINGS of them,
   * in file order); `warningCount` counts them all, `warningsByCode` per code. Empty in strict mode
   * (a deviation is an error there).
   */
  readonly warnings: readonly PabulibWarning[];
  readonly warningCount: number;
  readonly warningsByCode: Readonly<Partial<Record<PabulibWarningCode, number>>>;
}

/** What the lenient parser tolerated, where. */
export type PabulibWarningCode =
  | "CONSTRAINT"
  | "DUPLICATE_IN_VOTE"
  | "UNKNOWN_PROJECT"
  | "COUNT_MISMATCH"
  | "META_HEADER"
  | "DUPLICATE_META_KEY"
  | "RENAMED_FIELD";

export interface PabulibWarning {
  readonly line: number;
  readonly field: string | undefined;
  readonly code: PabulibWarningCode;
  readonly message: string;
}

/** At most this many warnings are kept per file (all are counted). */
export const MAX_KEPT_WARNINGS = 1000;

/** VOTES columns the format knows (pabulib.org/format); other columns are kept verbatim too. */
export const PABULIB_KNOWN_VOTE_FIELDS = [
  "voter_id",
  "vote",
  "points",
  "age",
  "sex",
  "education",
  "voting_method",
  "neighborhood",
  "district",
  "time_taken_seconds",
] as const;

/** Rule names of the Pabulib checker (META `rule`). */
export const PABULIB_RULES = [
  "greedy",
  "greedy-no-skip",
  "greedy-threshold",
  "unknown",
  "equalshares",
  "equalshares/add1",
] as const;

export type PabulibErrorCode =
  | "SYNTAX"
  | "SECTION"
  | "MISSING_FIELD"
  | "INVALID_NUMBER"
  | "INVALID_VALUE"
  | "DUPLICATE"
  | "UNKNOWN_PROJECT"
  | "CONSTRAINT"
  | "COUNT_MISMATCH";

/** Malformed pabulib input: says where (1-based line, field/column name) and what is wrong. */
export class PabulibParseError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly field: string | undefined,
    readonly code: PabulibErrorCode,
  ) {
    super(`line ${line}${field === undefined ? "" : `, field "${field}"`}: ${message}`);
    this.name = "PabulibParseError";
  }
}
