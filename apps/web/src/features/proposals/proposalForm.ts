import { PROPOSAL_LIMITS } from "@coproduce/domain";
import { t } from "../../i18n";
import { built, type Built } from "../../lib/forms/errors";
import { parseMoney } from "../officer";

/**
 * The categories a resident can tick (as stored: lower-case words, as the booth filters on them),
 * each with its message key. A project may have several, as in Pabulib.
 */
export const PROPOSAL_CATEGORIES = [
  { value: "public space", key: "propose.category.publicSpace" },
  { value: "greenery", key: "propose.category.greenery" },
  { value: "sport", key: "propose.category.sport" },
  { value: "culture", key: "propose.category.culture" },
  { value: "education", key: "propose.category.education" },
  { value: "health", key: "propose.category.health" },
  { value: "transport", key: "propose.category.transport" },
  { value: "young people", key: "propose.category.youngPeople" },
  { value: "older people", key: "propose.category.olderPeople" },
] as const;

/** A stored category in the reader's language (one not in the list as written). */
export function categoryText(category: string): string {
  const known = PROPOSAL_CATEGORIES.find((c) => c.value === category);
  return known ? t(known.key) : category;
}

export interface ProposalValues {
  title: string;
  description: string;
  area: string;
  cost: string;
  categories: string[];
  contact: string;
}

export function initialProposal(): ProposalValues {
  return { title: "", description: "", area: "", cost: "", categories: [], contact: "" };
}

export interface ProposalInput {
  round: string;
  title: string;
  description: string;
  area?: string;
  estimatedCost: { amountMinor: number; currency: string };
  categories: string[];
  contact?: string;
}

/** The resident's answers → `ProposalSubmitInput`, or the errors in plain words (the API checks again). */
export function buildProposal(
  v: ProposalValues,
  round: { id: string; currency: string; potMinor: number; potText: string },
): Built<ProposalInput> {
  const errors: Record<string, string> = {};
  const title = v.title.trim();
  if (!title) errors.title = t("propose.errors.title");
  else if (title.length > PROPOSAL_LIMITS.title)
    errors.title = t("propose.errors.tooLong", { max: PROPOSAL_LIMITS.title });
  const description = v.description.trim();
  if (!description) errors.description = t("propose.errors.description");
  else if (description.length > PROPOSAL_LIMITS.description)
    errors.description = t("propose.errors.tooLong", { max: PROPOSAL_LIMITS.description });
  const area = v.area.trim();
  if (area.length > PROPOSAL_LIMITS.area) errors.area = t("propose.errors.tooLong", { max: PROPOSAL_LIMITS.area });
  const contact = v.contact.trim();
  if (contact.length > PROPOSAL_LIMITS.contact)
    errors.contact = t("propose.errors.tooLong", { max: PROPOSAL_LIMITS.contact });
  // The officer console's parser, with the resident's own words for what went wrong.
  const cost = parseMoney(v.cost, round.currency, { allowZero: true });
  if (cost.error !== undefined) errors.estimatedCost = t("propose.errors.cost");
  else if (cost.amountMinor === 0) errors.estimatedCost = t("propose.errors.costZero");
  else if (cost.amountMinor > round.potMinor)
    errors.estimatedCost = t("propose.errors.costOverPot", { pot: round.potText });
  if (v.categories.length > PROPOSAL_LIMITS.categories)
    errors.categories = t("propose.errors.tooManyCategories", { max: PROPOSAL_LIMITS.categories });
  return built(errors, () => ({
    round: round.id,
    title,
    description,
    ...(area ? { area } : {}),
    estimatedCost: { amountMinor: cost.amountMinor!, currency: round.currency },
    categories: [...v.categories],
    ...(contact ? { contact } : {}),
  }));
}

export interface ReviewValues {
  outcome: string; // "accepted" | "rejected" | ""
  reason: string;
  revisedCost: string;
  costReason: string;
}

export function initialReview(): ReviewValues {
  return { outcome: "", reason: "", revisedCost: "", costReason: "" };
}

export interface ReviewInput {
  proposal: string;
  outcome: string;
  reason: string;
  revisedCost?: { amountMinor: number; currency: string };
  costReason?: string;
}

/** The officer's review → `ProposalReviewInput`: a decision, the reason; a revised cost only with an acceptance, with its reason. */
export function buildReview(v: ReviewValues, proposal: { id: string; currency: string }): Built<ReviewInput> {
  const errors: Record<string, string> = {};
  if (v.outcome !== "accepted" && v.outcome !== "rejected") errors.outcome = t("officer.proposals.errors.outcome");
  const reason = v.reason.trim();
  if (!reason) errors.reason = t("officer.proposals.errors.reason");
  const revising = v.outcome === "accepted" && v.revisedCost.trim() !== "";
  const cost = revising ? parseMoney(v.revisedCost, proposal.currency) : null;
  if (cost?.error) errors.revisedCost = cost.error;
  const costReason = v.costReason.trim();
  if (revising && !costReason) errors.costReason = t("officer.proposals.errors.costReason");
  return built(errors, () => ({
    proposal: proposal.id,
    outcome: v.outcome,
    reason,
    ...(revising ? { revisedCost: { amountMinor: cost!.amountMinor!, currency: proposal.currency }, costReason } : {}),
  }));
}

/** Counts by status for the officer's summary line. */
export function proposalCounts(list: readonly { proposal: { status: string } }[]): {
  total: number;
  submitted: number;
  accepted: number;
  rejected: number;
} {
  const n = (s: string) => list.filter((p) => p.proposal.status === s).length;
  return { total: list.length, submitted: n("SUBMITTED"), accepted: n("ACCEPTED"), rejected: n("REJECTED") };
}
