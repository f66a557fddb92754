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
  /** `cost`, in the instance's currency units. */
  readonly cost: number;
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
  readonly voteType: PabulibVoteType;
  /** PROJECTS header, in file order. */
  readonly projectColumns: readonly string[];
  readonly projects: readonly PabulibProject[];
  /** VOTES header, in file order. */
  readonly voteColumns: readonly string[];
  readonly votes: readonly PabulibVote[];
}

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
