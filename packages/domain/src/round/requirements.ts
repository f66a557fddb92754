import {
  PHASE_LABELS,
  PHASES,
  allowedNextPhases,
  hasReached,
  type DecisionMethod,
  type Phase,
  type RoundKind,
} from "./phase.js";

/**
 * What a round must have done before it may leave each phase: the one table the API's
 * `roundAdvancePhase` (refusing with REQUIREMENTS_UNMET), `Round.nextPhaseRequirements`, the officer
 * console's checklist and the public page's "done" marks all read (docs/running-a-round.md).
 *
 * Everything is a pure function of a plain `RoundFacts` object: the API loads the facts with a few
 * counting queries; tests build them by hand.
 *
 * Extension point: a new requirement is one row in PHASE_REQUIREMENTS (a code, the phase it guards,
 * and a check returning met + the plain message); nothing else needs to change.
 */

/** The facts about a round that the requirements look at (counts, not rows). */
export interface RoundFacts {
  readonly kind: RoundKind;
  readonly decisionMethod: DecisionMethod;
  readonly phase: Phase;
  readonly potMinor: bigint;
  readonly currency: string;
  /** The panel size the round aims for (null: not set). */
  readonly panelSize: number | null;
  /** The panel has been drawn: at least one panel member exists (by the lottery or entered by an officer). */
  readonly panelDrawn: boolean;
  /** Confirmed members: panel members (role member) still active — not withdrawn or replaced. */
  readonly confirmedMembers: number;
  /** Outcomes with at least one indicator that has a unit, a baseline, a target and a due date. */
  readonly outcomesWithCompleteIndicator: number;
  /** The round's tender, if one was drafted. */
  readonly tender: {
    readonly published: boolean;
    readonly criteriaWeightsBasisPoints: readonly number[];
    readonly ceilingMinor: bigint;
    readonly currency: string;
  } | null;
  /** Bids (or PB proposals) received and not withdrawn. */
  readonly bids: number;
  /**
   * For each shortlisted bid, how many panel members have scored it on every criterion of the
   * tender (its length is the number of shortlisted bids).
   */
  readonly shortlistedBidScorers: readonly number[];
  /** The decision has been taken (the API: it has a date or a result, e.g. an imported official outcome). */
  readonly decisionTaken: boolean;
  /** Bids the decision funded, and how many of them have an award. */
  readonly fundedBids: number;
  readonly fundedBidsWithAward: number;
  /** The round's outcome indicators, and how many of them have at least one measurement. */
  readonly indicators: number;
  readonly indicatorsMeasured: number;
  /** Delivery milestones still "scheduled" (neither met, late nor missed). */
  readonly openMilestones: number;
}

export const REQUIREMENT_CODES = [
  "PANEL_DRAWN",
  "PANEL_CONFIRMED",
  "OUTCOME_WITH_INDICATOR",
  "TENDER_PUBLISHED",
  "TENDER_WEIGHTS_SUM_TO_100",
  "TENDER_CEILING_WITHIN_POT",
  "BID_RECEIVED",
  "BID_SHORTLISTED",
  "SHORTLIST_SCORED_BY_QUORUM",
  "DECISION_TAKEN",
  "FUNDED_BIDS_AWARDED",
  "INDICATORS_MEASURED",
  "MILESTONES_SETTLED",
] as const;
export type RequirementCode = (typeof REQUIREMENT_CODES)[number];

/** One requirement to leave a phase, evaluated against a round's facts. */
export interface PhaseRequirement {
  readonly code: RequirementCode;
  readonly met: boolean;
  /** Plain English, saying what is needed and where the round stands ("10 of 12 members confirmed"). */
  readonly message: string;
}

interface RequirementRule {
  readonly code: RequirementCode;
  readonly phase: Phase;
  check(facts: RoundFacts): { met: boolean; message: string };
}

/**
 * The interview quorum: a strict majority of the confirmed panel members (at least one member).
 * 12 confirmed → 7; 3 → 2; 0 → 1.
 */
export function interviewQuorum(confirmedMembers: number): number {
  return Math.max(1, Math.floor(confirmedMembers / 2) + 1);
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The one table: phase → what must be true to leave it. Phases not named have no requirements. */
export const PHASE_REQUIREMENTS: readonly RequirementRule[] = [
  {
    code: "PANEL_DRAWN",
    phase: "recruiting",
    check: (f) => ({
      met: f.panelDrawn,
      message: f.panelDrawn ? "The panel has been drawn." : "Draw the panel from the applicants.",
    }),
  },
  {
    code: "PANEL_CONFIRMED",
    phase: "recruiting",
    check: (f) =>
      f.panelSize === null
        ? { met: false, message: "Set the panel size, then confirm that many members." }
        : {
            met: f.confirmedMembers >= f.panelSize,
            message: `At least ${plural(f.panelSize, "member", "members")} confirmed on the panel (${f.confirmedMembers} so far).`,
          },
  },
  {
    code: "OUTCOME_WITH_INDICATOR",
    phase: "defining_outcomes",
    check: (f) => ({
      met: f.outcomesWithCompleteIndicator >= 1,
      message:
        f.outcomesWithCompleteIndicator >= 1
          ? `${plural(f.outcomesWithCompleteIndicator, "outcome has", "outcomes have")} an indicator with a unit, baseline, target and due date.`
          : "At least one outcome needs an indicator with a unit, baseline, target and due date.",
    }),
  },
  {
    code: "TENDER_PUBLISHED",
    phase: "tendering",
    check: (f) => ({
      met: f.tender?.published === true,
      message:
        f.tender === null
          ? "Draft the tender and publish it."
          : f.tender.published
            ? "The tender is published."
            : "Publish the tender.",
    }),
  },
  {
    code: "TENDER_WEIGHTS_SUM_TO_100",
    phase: "tendering",
    check: (f) => {
      const weights = f.tender?.criteriaWeightsBasisPoints ?? [];
      const sum = weights.reduce((a, w) => a + BigInt(w), 0n);
      const met = weights.length > 0 && sum === 10_000n;
      const percent = `${sum / 100n}${sum % 100n === 0n ? "" : `.${String(sum % 100n).padStart(2, "0")}`}`;
      return {
        met,
        message:
          weights.length === 0
            ? "The tender needs award criteria whose weights add up to 100%."
            : `The tender's criteria weights add up to 100% (now ${percent}%).`,
      };
    },
  },
  {
    code: "TENDER_CEILING_WITHIN_POT",
    phase: "tendering",
    check: (f) => {
      if (f.tender === null) return { met: false, message: "The tender needs a budget ceiling within the pot." };
      if (f.tender.currency !== f.currency)
        return { met: false, message: `The tender's ceiling must be in the pot's currency (${f.currency}).` };
      const met = f.tender.ceilingMinor > 0n && f.tender.ceilingMinor <= f.potMinor;
      return {
        met,
        message: met
          ? "The tender's budget ceiling is within the pot."
          : "The tender's budget ceiling must be more than nothing and no more than the pot.",
      };
    },
  },
  {
    code: "BID_RECEIVED",
    phase: "bidding",
    check: (f) => ({
      met: f.bids >= 1,
      message: f.bids >= 1 ? `${plural(f.bids, "bid", "bids")} received.` : "At least one bid must be received.",
    }),
  },
  {
    code: "BID_SHORTLISTED",
    phase: "shortlisting",
    check: (f) => {
      const n = f.shortlistedBidScorers.length;
      return {
        met: n >= 1,
        message: n >= 1 ? `${plural(n, "bid is", "bids are")} on the shortlist.` : "Shortlist at least one bid.",
      };
    },
  },
  {
    code: "SHORTLIST_SCORED_BY_QUORUM",
    phase: "interviewing",
    check: (f) => {
      const quorum = interviewQuorum(f.confirmedMembers);
      const scored = f.shortlistedBidScorers.filter((n) => n >= quorum).length;
      const total = f.shortlistedBidScorers.length;
      return {
        met: total >= 1 && scored === total,
        message: `Every shortlisted bid scored on every criterion by at least ${plural(quorum, "member", "members")} (a majority of the ${plural(f.confirmedMembers, "confirmed member", "confirmed members")}): ${scored} of ${total} so far.`,
      };
    },
  },
  {
    code: "DECISION_TAKEN",
    phase: "deciding",
    check: (f) => ({
      met: f.decisionTaken,
      message: f.decisionTaken
        ? "The decision has been taken."
        : f.decisionMethod === "voting"
          ? "Close the vote and take the decision."
          : "Take the decision.",
    }),
  },
  {
    code: "FUNDED_BIDS_AWARDED",
    phase: "awarded",
    // A decision that funds nothing (no bid fitted the pot, or none was good enough) leaves nothing
    // to award: the round moves on rather than staying stuck in "awarded".
    check: (f) => ({
      met: f.fundedBidsWithAward === f.fundedBids,
      message:
        f.fundedBids === 0
          ? "No bid was funded, so there is nothing to award."
          : `An award for each funded bid (${f.fundedBidsWithAward} of ${f.fundedBids} so far).`,
    }),
  },
  // Closing a round: its final report can say whether it worked only once each indicator has been
  // measured, and each delivery milestone has been marked met, late or missed.
  {
    code: "INDICATORS_MEASURED",
    phase: "monitoring",
    check: (f) => ({
      met: f.indicatorsMeasured === f.indicators,
      message:
        f.indicators === 0
          ? "The round has no outcome indicators to measure."
          : `A measurement of each outcome indicator (${f.indicatorsMeasured} of ${f.indicators} so far).`,
    }),
  },
  {
    code: "MILESTONES_SETTLED",
    phase: "monitoring",
    check: (f) => ({
      met: f.openMilestones === 0,
      message:
        f.openMilestones === 0
          ? "Every delivery milestone is marked met, late or missed."
          : `Mark each delivery milestone met, late or missed (${plural(f.openMilestones, "milestone", "milestones")} still scheduled).`,
    }),
  },
];

/** The requirements to leave `phase`, checked against the facts (in table order). */
export function requirementsToLeave(phase: Phase, facts: RoundFacts): PhaseRequirement[] {
  return PHASE_REQUIREMENTS.filter((r) => r.phase === phase).map((r) => ({ code: r.code, ...r.check(facts) }));
}

/** The requirements to leave the round's current phase. */
export function nextPhaseRequirements(facts: RoundFacts): PhaseRequirement[] {
  return requirementsToLeave(facts.phase, facts);
}

export function unmetRequirements(facts: RoundFacts): PhaseRequirement[] {
  return nextPhaseRequirements(facts).filter((r) => !r.met);
}

/** Voting (participatory budgeting) rounds: residents propose and vote; they use no tender or interviews. */
export function isVotingRound(facts: Pick<RoundFacts, "kind" | "decisionMethod">): boolean {
  return facts.kind === "participatory_budgeting" || facts.decisionMethod === "voting";
}

/**
 * The phases a participatory budgeting round never enters (stated, not implied): it has no tender
 * and no interviews. Recruiting, defining outcomes and shortlisting are optional for it.
 */
export const PB_SKIPPED_PHASES: readonly Phase[] = ["tendering", "interviewing"];
export const PB_OPTIONAL_PHASES: readonly Phase[] = ["recruiting", "defining_outcomes", "shortlisting"];

/** The phase "Advance to next stage" moves to: the lifecycle's next, or a PB round's main path. */
export function defaultNextPhase(kind: RoundKind, from: Phase): Phase | null {
  const next = allowedNextPhases(kind, from);
  if (kind !== "participatory_budgeting") return next[0] ?? null;
  return next.find((p) => !PB_OPTIONAL_PHASES.includes(p)) ?? next[0] ?? null;
}

/**
 * Where each stage stands, for the task list and the public page:
 * - DONE: passed, and what it needed is there;
 * - INCOMPLETE: passed, but what it needed is missing (advanced before the rule, or imported);
 * - SKIPPED: not used by this round (a PB round's tender and interviews, or an optional PB stage it
 *   passed without doing);
 * - CURRENT / UPCOMING.
 */
export type StageStatus = "done" | "incomplete" | "skipped" | "current" | "upcoming";

export interface RoundStage {
  readonly phase: Phase;
  readonly label: string;
  readonly status: StageStatus;
}

export function roundStages(facts: RoundFacts): RoundStage[] {
  const pb = facts.kind === "participatory_budgeting";
  return PHASES.map((phase) => {
    const label = PHASE_LABELS[phase];
    if (pb && PB_SKIPPED_PHASES.includes(phase)) return { phase, label, status: "skipped" };
    if (phase === facts.phase) return { phase, label, status: facts.phase === "closed" ? "done" : "current" };
    if (!hasReached(facts.phase, phase)) return { phase, label, status: "upcoming" };
    const met = requirementsToLeave(phase, facts).every((r) => r.met);
    if (met) return { phase, label, status: "done" };
    return { phase, label, status: pb && PB_OPTIONAL_PHASES.includes(phase) ? "skipped" : "incomplete" };
  });
}

/** Step back: one phase back along the lifecycle (a PB round skips the phases it never uses). */
export function previousPhase(kind: RoundKind, from: Phase): Phase | null {
  if (from === "closed" || from === "draft") return null;
  const pb = kind === "participatory_budgeting";
  for (let i = PHASES.indexOf(from) - 1; i >= 0; i--) {
    const p = PHASES[i]!;
    if (pb && PB_SKIPPED_PHASES.includes(p)) continue;
    if (pb && PB_OPTIONAL_PHASES.includes(p)) continue;
    return p;
  }
  return null;
}
