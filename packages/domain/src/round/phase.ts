/**
 * The round lifecycle (PRODUCT.md): phases in order, with guarded transitions.
 * A commissioning round walks every phase; a PB-style round skips the tender and interview
 * phases (recruiting/defining outcomes are optional too: residents propose and vote).
 */
export const PHASES = [
  "draft",
  "recruiting",
  "defining_outcomes",
  "tendering",
  "bidding",
  "shortlisting",
  "interviewing",
  "deciding",
  "awarded",
  "monitoring",
  "closed",
] as const;
export type Phase = (typeof PHASES)[number];

export const ROUND_KINDS = ["commissioning", "participatory_budgeting"] as const;
export type RoundKind = (typeof ROUND_KINDS)[number];

export const BALLOT_TYPES = ["approval", "cumulative", "ordinal", "scoring", "choose_1"] as const;
export type BallotType = (typeof BALLOT_TYPES)[number];

/** How a round's decision is taken: the panel's weighted interview scores, or a vote + allocation rule. */
export const DECISION_METHODS = ["panel_scoring", "voting"] as const;
export type DecisionMethod = (typeof DECISION_METHODS)[number];

export const ALLOCATION_RULES = ["greedy", "mes"] as const;
export type AllocationRuleName = (typeof ALLOCATION_RULES)[number];

/** Where a bid (or PB project) stands, from submission to the decision. */
export const BID_STATUSES = [
  "submitted",
  "withdrawn",
  "ineligible",
  "shortlisted",
  "not_shortlisted",
  "funded",
  "not_funded",
] as const;
export type BidStatus = (typeof BID_STATUSES)[number];

const COMMISSIONING_NEXT: Record<Phase, readonly Phase[]> = {
  draft: ["recruiting"],
  recruiting: ["defining_outcomes"],
  defining_outcomes: ["tendering"],
  tendering: ["bidding"],
  bidding: ["shortlisting"],
  shortlisting: ["interviewing"],
  interviewing: ["deciding"],
  deciding: ["awarded"],
  awarded: ["monitoring"],
  monitoring: ["closed"],
  closed: [],
};

/** PB rounds: residents propose projects (bidding) and vote (deciding); no tender or interviews. */
const PB_NEXT: Record<Phase, readonly Phase[]> = {
  draft: ["recruiting", "bidding"],
  recruiting: ["defining_outcomes", "bidding"],
  defining_outcomes: ["bidding"],
  tendering: ["bidding"],
  bidding: ["deciding", "shortlisting"],
  shortlisting: ["deciding"],
  interviewing: ["deciding"],
  deciding: ["awarded"],
  awarded: ["monitoring"],
  monitoring: ["closed"],
  closed: [],
};

export function allowedNextPhases(kind: RoundKind, from: Phase): readonly Phase[] {
  return (kind === "participatory_budgeting" ? PB_NEXT : COMMISSIONING_NEXT)[from];
}

export function canTransition(kind: RoundKind, from: Phase, to: Phase): boolean {
  return allowedNextPhases(kind, from).includes(to);
}

export function phaseIndex(phase: Phase): number {
  return PHASES.indexOf(phase);
}

/** True once the round has reached (or passed) `phase`. */
export function hasReached(current: Phase, phase: Phase): boolean {
  return phaseIndex(current) >= phaseIndex(phase);
}

export const PHASE_LABELS: Record<Phase, string> = {
  draft: "Draft",
  recruiting: "Recruiting the panel",
  defining_outcomes: "Defining outcomes",
  tendering: "Tendering",
  bidding: "Bidding",
  shortlisting: "Shortlisting",
  interviewing: "Interviewing",
  deciding: "Deciding",
  awarded: "Awarded",
  monitoring: "Monitoring",
  closed: "Closed",
};
