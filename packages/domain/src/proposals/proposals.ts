import type { Phase, RoundKind } from "../round/phase.js";

/**
 * Residents' project proposals for a participatory-budgeting round (docs/running-a-round.md,
 * "Residents' proposals"): a resident proposes a project while the round is in its BIDDING phase
 * (the phase in which a PB round collects the projects that go on the ballot); an officer of the
 * council reviews each one — ACCEPTED (it becomes a project on the ballot, at the estimated cost or
 * at a cost the officer revised, with the reason) or REJECTED (with a reason the proposer sees).
 * Reviews may go on in SHORTLISTING, the optional phase a PB round may use to finish checking
 * feasibility before voting; no proposal is taken or reviewed once voting has started.
 *
 * Everything here is pure: the API supplies the randomness of reference codes and the storage.
 */

export const PROPOSAL_STATUSES = ["submitted", "accepted", "rejected"] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

export const REVIEW_OUTCOMES = ["accepted", "rejected"] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];

/** How long each part of a proposal may be (characters), and how many categories it may name. */
export const PROPOSAL_LIMITS = {
  title: 120,
  description: 4000,
  area: 120,
  category: 60,
  categories: 5,
  contact: 200,
  reason: 1000,
} as const;

/** The phases in which a PB round takes residents' proposals. */
export const PROPOSAL_PHASES: readonly Phase[] = ["bidding"];
/** The phases in which officers review them. */
export const PROPOSAL_REVIEW_PHASES: readonly Phase[] = ["bidding", "shortlisting"];

/** True while residents may propose projects for the round. */
export function proposalsOpen(kind: RoundKind, phase: Phase): boolean {
  return kind === "participatory_budgeting" && PROPOSAL_PHASES.includes(phase);
}

/** True while the round's officers may review proposals. */
export function proposalReviewOpen(kind: RoundKind, phase: Phase): boolean {
  return kind === "participatory_budgeting" && PROPOSAL_REVIEW_PHASES.includes(phase);
}

/** Why a proposal (or a review) cannot be taken now; null when it can. */
export function proposalRefusal(kind: RoundKind, phase: Phase, what: "submit" | "review"): string | null {
  if (kind !== "participatory_budgeting") return "Only participatory-budgeting rounds take residents' proposals.";
  if (what === "submit")
    return proposalsOpen(kind, phase)
      ? null
      : "This round is not taking proposals now: they are taken while it is BIDDING.";
  return proposalReviewOpen(kind, phase)
    ? null
    : "Proposals are reviewed while the round is BIDDING or SHORTLISTING, before voting starts.";
}

/** A problem with a proposal or a review: the input field, a machine-readable code, a plain message. */
export interface ProposalProblem {
  readonly field: string;
  readonly code:
    "REQUIRED" | "TOO_LONG" | "OUT_OF_RANGE" | "DUPLICATE" | "INVALID" | "CURRENCY_MISMATCH" | "EXCEEDS_POT";
  readonly message: string;
}

export interface ProposalValues {
  readonly title: string;
  readonly description: string;
  readonly estimatedCostMinor: number;
  readonly currency: string;
  readonly area: string | null;
  readonly categories: readonly string[];
  readonly contact: string | null;
}

/** What the rules need to know of the round. */
export interface ProposalRound {
  readonly currency: string;
  readonly potMinor: number;
}

/**
 * A category as stored: trimmed, inner spaces collapsed, lower case ("Green  Spaces" → "green spaces").
 * Pabulib keeps a project's categories comma-separated, so a category cannot contain a comma.
 */
export function normaliseCategory(category: string): string {
  return category.trim().replace(/\s+/g, " ").toLocaleLowerCase("en-GB");
}

/** The categories as stored (normalised, blanks dropped, in the order given). */
export function normaliseCategories(categories: readonly string[]): string[] {
  return categories.map(normaliseCategory).filter((c) => c.length > 0);
}

/** The categories as one Pabulib `category` value ("education,sport"): what the ballot's project carries. */
export function pabulibCategories(categories: readonly string[]): string | null {
  const list = normaliseCategories(categories);
  return list.length ? list.join(",") : null;
}

function textProblems(
  field: string,
  text: string | null,
  max: number,
  required: string | null,
  problems: ProposalProblem[],
): void {
  const value = (text ?? "").trim();
  if (value === "") {
    if (required) problems.push({ field, code: "REQUIRED", message: required });
    return;
  }
  if (value.length > max) problems.push({ field, code: "TOO_LONG", message: `Keep it to ${max} characters.` });
}

/** The problems with a proposal (empty: it can be taken). Messages are written for residents. */
export function checkProposal(values: ProposalValues, round: ProposalRound): ProposalProblem[] {
  const problems: ProposalProblem[] = [];
  textProblems("title", values.title, PROPOSAL_LIMITS.title, "Give your idea a short name.", problems);
  textProblems(
    "description",
    values.description,
    PROPOSAL_LIMITS.description,
    "Say what your idea is and who it helps.",
    problems,
  );
  textProblems("area", values.area, PROPOSAL_LIMITS.area, null, problems);
  textProblems("contact", values.contact, PROPOSAL_LIMITS.contact, null, problems);
  if (values.currency !== round.currency)
    problems.push({
      field: "estimatedCost",
      code: "CURRENCY_MISMATCH",
      message: `Give the cost in the round's currency (${round.currency}).`,
    });
  else if (!Number.isSafeInteger(values.estimatedCostMinor) || values.estimatedCostMinor <= 0)
    problems.push({ field: "estimatedCost", code: "OUT_OF_RANGE", message: "Give a cost of more than nothing." });
  else if (values.estimatedCostMinor > round.potMinor)
    problems.push({
      field: "estimatedCost",
      code: "EXCEEDS_POT",
      message: "The cost is more than the round's whole pot: make the idea smaller or cheaper.",
    });
  const categories = normaliseCategories(values.categories);
  if (categories.length > PROPOSAL_LIMITS.categories)
    problems.push({
      field: "categories",
      code: "OUT_OF_RANGE",
      message: `Choose at most ${PROPOSAL_LIMITS.categories} categories.`,
    });
  if (new Set(categories).size !== categories.length)
    problems.push({ field: "categories", code: "DUPLICATE", message: "The same category is named twice." });
  if (categories.some((c) => c.length > PROPOSAL_LIMITS.category))
    problems.push({
      field: "categories",
      code: "TOO_LONG",
      message: `Keep each category to ${PROPOSAL_LIMITS.category} characters.`,
    });
  if (categories.some((c) => /[,;]/.test(c)))
    problems.push({ field: "categories", code: "INVALID", message: "A category cannot contain a comma." });
  return problems;
}

export interface ReviewValues {
  readonly outcome: ReviewOutcome;
  /** The reason the proposer sees. */
  readonly reason: string;
  /** The officer's own estimate of the cost (ACCEPTED only; null: the proposer's estimate stands). */
  readonly revisedCostMinor: number | null;
  readonly costReason: string | null;
}

export interface ReviewedProposal {
  readonly status: ProposalStatus;
  readonly estimatedCostMinor: number;
}

/**
 * The problems with a review (empty: it can be recorded). A reason is always needed — the proposer
 * reads it; a revised cost only with an acceptance, more than nothing, within the pot, different
 * from the estimate, and with its own reason. A proposal is reviewed once (FROZEN in the API).
 */
export function checkReview(review: ReviewValues, proposal: ReviewedProposal, round: ProposalRound): ProposalProblem[] {
  const problems: ProposalProblem[] = [];
  textProblems(
    "reason",
    review.reason,
    PROPOSAL_LIMITS.reason,
    review.outcome === "rejected"
      ? "Say why the proposal cannot go on the ballot: the proposer reads this."
      : "Say why the proposal was accepted: the proposer reads this.",
    problems,
  );
  if (review.revisedCostMinor === null) {
    if ((review.costReason ?? "").trim() !== "")
      problems.push({
        field: "revisedCost",
        code: "REQUIRED",
        message: "Give the revised cost, or leave out its reason.",
      });
    return problems;
  }
  if (review.outcome !== "accepted") {
    problems.push({ field: "revisedCost", code: "INVALID", message: "Only an accepted proposal's cost is revised." });
    return problems;
  }
  const cost = review.revisedCostMinor;
  if (!Number.isSafeInteger(cost) || cost <= 0)
    problems.push({
      field: "revisedCost",
      code: "OUT_OF_RANGE",
      message: "The revised cost must be more than nothing.",
    });
  else if (cost > round.potMinor)
    problems.push({
      field: "revisedCost",
      code: "EXCEEDS_POT",
      message: "The revised cost is more than the round's pot.",
    });
  else if (cost === proposal.estimatedCostMinor)
    problems.push({
      field: "revisedCost",
      code: "INVALID",
      message: "The revised cost is the proposer's own estimate: leave it empty instead.",
    });
  textProblems(
    "costReason",
    review.costReason,
    PROPOSAL_LIMITS.reason,
    "Say why the cost was revised: the proposer reads this.",
    problems,
  );
  return problems;
}

/** The cost the project goes on the ballot at: the officer's revision when there is one. */
export function ballotCostMinor(p: { estimatedCostMinor: number; revisedCostMinor: number | null }): number {
  return p.revisedCostMinor ?? p.estimatedCostMinor;
}

/**
 * Reference codes (what the proposer keeps to check on their proposal): "PB-" and eight characters
 * of Crockford's base-32 alphabet (no I, L, O or U, so nothing is misread), in two groups of four:
 * 40 random bits, e.g. `PB-7K3M-Q9XD`.
 */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const REFERENCE_RANDOM_BYTES = 5;

/** The reference code for five random bytes (the API draws them from a secure source). */
export function proposalReference(random: Uint8Array): string {
  if (random.length < REFERENCE_RANDOM_BYTES)
    throw new Error(`A reference needs ${REFERENCE_RANDOM_BYTES} random bytes`);
  let bits = 0n;
  for (let i = 0; i < REFERENCE_RANDOM_BYTES; i++) bits = (bits << 8n) | BigInt(random[i]!);
  let code = "";
  for (let i = 0; i < 8; i++) {
    code = ALPHABET[Number(bits & 31n)]! + code;
    bits >>= 5n;
  }
  return `PB-${code.slice(0, 4)}-${code.slice(4)}`;
}

/**
 * A reference as typed by a person, in its stored form: any case, spaces or dashes, the easily
 * confused letters read as Crockford does (O → 0, I and L → 1), the "PB" prefix optional.
 * Null when it cannot be a reference (the API then answers "not found" without looking).
 */
export function normaliseReference(typed: string): string | null {
  let text = typed.toUpperCase().replace(/[\s-]+/g, "");
  if (text.startsWith("PB") && text.length === 10) text = text.slice(2);
  text = text.replace(/O/g, "0").replace(/[IL]/g, "1");
  if (!/^[0-9A-HJKMNP-TV-Z]{8}$/.test(text)) return null;
  return `PB-${text.slice(0, 4)}-${text.slice(4)}`;
}
