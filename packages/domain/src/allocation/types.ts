/**
 * Input and output of the allocation rules. The input is deliberately small: a budget, projects
 * with integer costs, and ballots (approvals, or points per project), each with an optional
 * multiplicity (how many voters cast exactly that ballot).
 */
export interface AllocationProject {
  readonly id: string;
  /** Integer, in the instance's currency units. */
  readonly cost: number;
}

export interface AllocationBallot {
  readonly projects: readonly string[];
  /** Points per listed project (cardinal ballots); absent for approval ballots. */
  readonly points?: readonly number[];
  /** Number of voters who cast this ballot (default 1). */
  readonly multiplicity?: number;
}

export interface AllocationInstance {
  /** Integer, in currency units. */
  readonly budget: number;
  /**
   * `approval`: a supporter's utility for a project is its cost (MES with cost utilities), its
   * greedy score is the number of approvals. `cardinal`: additive utilities, the points given
   * (MES supporters pay in proportion to their points), greedy score is the sum of points.
   */
  readonly utility: "approval" | "cardinal";
  readonly projects: readonly AllocationProject[];
  readonly ballots: readonly AllocationBallot[];
}

/** Tie-breaking criteria, applied in order; `order` in the options breaks what is left. */
export const TIE_BREAKS = ["maxVotes", "minCost", "maxCost"] as const;
export type TieBreak = (typeof TIE_BREAKS)[number];

export const COMPLETIONS = ["none", "add1", "add1u"] as const;
export type Completion = (typeof COMPLETIONS)[number];

export const ADD1_OPTIONS = ["integral", "exhaustive"] as const;
export type Add1Option = (typeof ADD1_OPTIONS)[number];

export const COMPARISONS = ["none", "satisfaction", "exclusionRatio"] as const;
export type Comparison = (typeof COMPARISONS)[number];

export type AllocationRule = "greedy" | "mes";

export interface TieBreakOptions {
  /** Default `["maxVotes", "minCost"]`. */
  readonly tieBreak?: readonly TieBreak[];
  /** Explicit priority list of project ids (earlier wins), used after `tieBreak`. */
  readonly tieOrder?: readonly string[];
}

/**
 * Cities' greedy variants (PRODUCT.md, docs/pabulib-outcomes.md):
 * - `standard`: a project that no longer fits is skipped, the next ones are still considered;
 * - `no-skip` (Pabulib `greedy-no-skip`): the first project that does not fit ends the allocation;
 * - `threshold` (Pabulib `greedy-threshold`): only projects with at least `threshold` votes are eligible;
 * - `swiecie`: Świecie's eligibility rule, a project is eligible when votes/voters ≥ cost/(3 × budget).
 */
export const GREEDY_VARIANTS = ["standard", "no-skip", "threshold", "swiecie"] as const;
export type GreedyVariant = (typeof GREEDY_VARIANTS)[number];

export interface GreedyOptions extends TieBreakOptions {
  /** Default `standard`. */
  readonly variant?: GreedyVariant;
  /** `threshold` variant: the minimum number of votes (supporters) a project needs. */
  readonly threshold?: number;
}

export interface MesOptions extends TieBreakOptions {
  /** Default `none`. */
  readonly completion?: Completion;
  /** Options of the add1 completion. Default `[]`. */
  readonly add1Options?: readonly Add1Option[];
  /** Default `none`. */
  readonly comparison?: Comparison;
}

/**
 * Why a project ended up funded or not, in terms a resident can check:
 * - `funded`: chosen by the rule (see `stage`);
 * - `didNotFit`: its cost exceeded the money left when it was reached (greedy, or the greedy fill);
 * - `zeroScore`: nobody voted for it (never funded);
 * - `supportersCouldNotAfford`: MES — its supporters' remaining money no longer covered its cost;
 * - `notSelectedByComparison`: MES chose it, but the comparison step kept the greedy outcome, which does not include it;
 * - `notEligible`: a greedy variant's eligibility rule excluded it (a vote threshold, Świecie's rule).
 */
export type ExplanationReason =
  "funded" | "didNotFit" | "zeroScore" | "supportersCouldNotAfford" | "notSelectedByComparison" | "notEligible";

export interface GreedyExplanation {
  /** 1-based position in the order projects were considered. */
  readonly rank: number;
  /** Money left when the project was reached (before paying for it). */
  readonly budgetLeftWhenReached: number;
}

export interface MesExplanation {
  /** Round in which the project was chosen, or in which it was found unaffordable. */
  readonly round: number;
  /** Money its supporters still held at that round (rounded to 1/100 unit). */
  readonly supportersMoney: number;
  /**
   * When chosen: the cost divided by the largest per-voter payment (for cardinal ballots: per point);
   * "how many voters it was effectively worth". Higher goes first.
   */
  readonly effectiveVoteCount?: number;
  /** When chosen: the most any supporter paid per vote (per point for cardinal ballots). */
  readonly maxPayment?: number;
}

export interface ProjectExplanation {
  readonly projectId: string;
  readonly cost: number;
  /** Number of voters who supported it. */
  readonly votes: number;
  /** Greedy score: approvals, or sum of points. */
  readonly score: number;
  readonly selected: boolean;
  readonly reason: ExplanationReason;
  /** Which step decided it: the greedy rule, MES itself, the completion's greedy fill, or the comparison step. */
  readonly stage: "greedy" | "mes" | "completion" | "comparison";
  readonly greedy?: GreedyExplanation;
  readonly mes?: MesExplanation;
  /** One readable sentence. */
  readonly summary: string;
}

export interface PerVoterShare {
  /** The exact share as a fraction "numerator/denominator" (or an integer). */
  readonly exact: string;
  /** Rounded to 1/100 unit, for display. */
  readonly value: number;
}

export interface ComparisonOutcome {
  readonly kind: Exclude<Comparison, "none">;
  /** Voters strictly better off under the MES outcome. */
  readonly preferMes: number;
  /** Voters strictly better off under the greedy outcome. */
  readonly preferGreedy: number;
  readonly used: "mes" | "greedy";
}

export interface AllocationResult {
  readonly rule: AllocationRule;
  readonly completion: Completion;
  readonly add1Options: readonly Add1Option[];
  readonly comparison: Comparison;
  readonly tieBreak: readonly TieBreak[];
  readonly budget: number;
  readonly spent: number;
  readonly leftover: number;
  readonly voters: number;
  /** Funded project ids, in the instance's project order. */
  readonly selected: readonly string[];
  /** Funded project ids in the order the rule chose them. */
  readonly selectionOrder: readonly string[];
  /** MES: the per-voter share the final run used (after add1, the raised share). */
  readonly perVoterShare?: PerVoterShare;
  /** add1: number of +1 steps taken from the initial share. */
  readonly add1Steps?: number;
  readonly comparisonOutcome?: ComparisonOutcome;
  /** One entry per project, in the instance's project order. */
  readonly explanations: readonly ProjectExplanation[];
}

export type AllocationErrorCode = "UNRESOLVED_TIE" | "INVALID_INSTANCE";

export class AllocationError extends Error {
  constructor(
    message: string,
    readonly code: AllocationErrorCode,
    /** For ties: the tied project ids. */
    readonly projectIds: readonly string[] = [],
  ) {
    super(message);
    this.name = "AllocationError";
  }
}
