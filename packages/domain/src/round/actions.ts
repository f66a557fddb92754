import { PHASES, type Phase } from "./phase.js";

/**
 * Which action is allowed in which phase of a round: the one table the API's guards, the officer
 * console's forms and the docs read (docs/architecture.md). An action not allowed in the round's
 * current phase is refused with WRONG_PHASE, naming the phases that allow it.
 *
 * Extension point: a new write on a round adds its row here (and its command names it as its
 * `phase` action); nothing else needs to know the phase list.
 */
export interface RoundActionRule {
  /** What the action is, for messages and the console ("Recording spend"). */
  readonly label: string;
  /** The phases in which it is allowed, in lifecycle order. */
  readonly phases: readonly Phase[];
}

/** The phases in which a round's panel meets (from recruiting to monitoring). */
export const PANEL_PHASES: readonly Phase[] = PHASES.slice(PHASES.indexOf("recruiting"), PHASES.indexOf("closed"));

export const ROUND_ACTIONS = {
  applicantApply: { label: "Applying to the panel", phases: ["recruiting"] },
  applicantReview: { label: "Reviewing an application to the panel", phases: ["recruiting"] },
  panelQuotasSet: { label: "Setting the panel's quotas", phases: ["draft", "recruiting"] },
  invitationsSentSet: { label: "Recording the invitations sent", phases: ["recruiting"] },
  panelSelect: { label: "Drawing the panel", phases: ["recruiting"] },
  panelDrawCommit: { label: "Publishing the draw commitment", phases: ["recruiting"] },
  panelMemberInvite: { label: "Inviting a panel member", phases: PANEL_PHASES },
  panelMemberConfirm: { label: "Confirming a panel member", phases: PANEL_PHASES },
  panelMemberWithdraw: { label: "Withdrawing a panel member", phases: PANEL_PHASES },
  panelMemberReplace: { label: "Replacing a withdrawn panel member", phases: PANEL_PHASES },
  sessionCreate: { label: "Recording a panel session", phases: PANEL_PHASES },
  compensationRateSet: { label: "Setting the panel's pay rate", phases: PANEL_PHASES },
  outcomeDefine: { label: "Defining outcomes", phases: ["defining_outcomes"] },
  tenderDraft: { label: "Drafting the tender", phases: ["tendering"] },
  tenderPublish: { label: "Publishing the tender", phases: ["tendering"] },
  bidSubmit: { label: "Submitting bids", phases: ["bidding"] },
  /** Residents' proposals for a PB round (proposals/proposals.ts: PROPOSAL_PHASES and PROPOSAL_REVIEW_PHASES). */
  proposalSubmit: { label: "Proposing a project", phases: ["bidding"] },
  proposalReview: { label: "Reviewing residents' proposals", phases: ["bidding", "shortlisting"] },
  bidShortlist: { label: "Shortlisting", phases: ["shortlisting"] },
  interviewScoreSubmit: { label: "Interview scoring", phases: ["interviewing"] },
  decisionRecordRecommendation: {
    label: "Recording the officer's recommendation",
    phases: ["bidding", "shortlisting", "interviewing", "deciding"],
  },
  decisionTake: { label: "Taking the decision", phases: ["deciding"] },
  ballotCast: { label: "Voting", phases: ["deciding"] },
  /** Until the first ballot is cast (the command refuses later changes with FROZEN). */
  voterQuestionsSet: {
    label: "Setting the voters' questions",
    phases: PHASES.slice(0, PHASES.indexOf("deciding") + 1),
  },
  awardCreate: { label: "Making awards", phases: ["deciding", "awarded"] },
  awardVary: { label: "Varying an award", phases: ["awarded", "monitoring"] },
  spendRecord: { label: "Recording spend", phases: ["awarded", "monitoring"] },
  measurementRecord: { label: "Recording measurements", phases: ["awarded", "monitoring"] },
  milestonePlan: { label: "Planning delivery milestones", phases: ["deciding", "awarded", "monitoring"] },
} as const satisfies Record<string, RoundActionRule>;

export type RoundAction = keyof typeof ROUND_ACTIONS;
export const ROUND_ACTION_NAMES = Object.keys(ROUND_ACTIONS) as RoundAction[];

export function isActionAllowed(action: RoundAction, phase: Phase): boolean {
  return (ROUND_ACTIONS[action].phases as readonly Phase[]).includes(phase);
}

/** Every action the round's phase allows (what the console offers). */
export function actionsAllowedIn(phase: Phase): RoundAction[] {
  return ROUND_ACTION_NAMES.filter((action) => isActionAllowed(action, phase));
}

function phaseList(phases: readonly Phase[]): string {
  return phases.length === 0 ? "none (the round is closed)" : phases.map((p) => p.toUpperCase()).join(", ");
}

/** Null when allowed; otherwise the plain reason (used as the WRONG_PHASE message). */
export function actionRefusal(action: RoundAction, phase: Phase): string | null {
  if (isActionAllowed(action, phase)) return null;
  const rule = ROUND_ACTIONS[action];
  return `${rule.label}: the round is in phase ${phase.toUpperCase()}; this is only possible in phase ${phaseList(rule.phases)}.`;
}
