import { randomBytes } from "node:crypto";
import {
  ballotCostMinor,
  checkProposal,
  checkReview,
  normaliseCategories,
  pabulibCategories,
  proposalReference,
  REFERENCE_RANDOM_BYTES,
  type ProposalProblem,
  type ReviewOutcome,
} from "@coproduce/domain";
import { defineCommand, type Tx } from "../command/define-command.js";
import { isCouncilOfficer, permission, who } from "../command/permissions.js";
import { UserError, UserErrorCode, UserErrorException } from "../command/user-error.js";
import type { MoneyValue } from "../command/money.js";
import type { Round } from "../round/round.entity.js";
import { roundScope } from "../round/round-guards.js";
import { contactHash } from "../panel/applicant-contact.js";
import { Bid } from "../bid/bid.entity.js";
import { Proposal } from "./proposal.entity.js";

export interface ProposalSubmitValues {
  roundKey: number;
  title: string;
  description: string;
  estimatedCost: MoneyValue;
  area: string | null;
  categories: string[];
  contact: string | null;
}

export interface ProposalReviewValues {
  proposalKey: number;
  outcome: ReviewOutcome;
  reason: string;
  revisedCost: MoneyValue | null;
  costReason: string | null;
}

/** The domain's problems as userErrors on the input fields they name. */
function refuse(problems: readonly ProposalProblem[]): never {
  throw new UserErrorException(problems.map((p) => UserError.of(UserErrorCode[p.code], p.message, ["input", p.field])));
}

/** A PB round only: the domain's window (BIDDING to propose) is the action table's; this is the kind. */
function requireParticipatory(round: Round): void {
  if (round.kind !== "participatory_budgeting")
    throw UserErrorException.of(
      UserErrorCode.INVALID,
      "Only participatory-budgeting rounds take residents' proposals.",
      ["input", "round"],
    );
}

/** Residents propose themselves; a signed-in account only as an officer of the council entering a paper proposal. */
const residentOrCouncilOfficer = permission(
  "residents (anonymous), or the council's officers entering a paper proposal",
  false,
  (actor, scope) => actor.kind === "anonymous" || isCouncilOfficer(actor, scope.councilKey),
);

const blank = (text: string | null | undefined) => {
  const value = (text ?? "").trim();
  return value === "" ? null : value;
};

/**
 * A resident's project idea for a PB round (BIDDING). Checked by the domain's rules; the contact is
 * kept private (and hashed with the round, as for applicants); the reference code the proposer
 * keeps is drawn here and shown once.
 */
export const proposalSubmit = defineCommand({
  name: "proposalSubmit",
  who: residentOrCouncilOfficer,
  action: "proposalSubmit",
  load: (tx, input: ProposalSubmitValues) => roundScope(tx, input.roundKey, ["input", "round"], "notFound"),
  guard: (_tx, _input, { round }) => requireParticipatory(round),
  async run(tx, values, { round }) {
    const area = blank(values.area);
    const contact = blank(values.contact);
    const problems = checkProposal(
      {
        title: values.title,
        description: values.description,
        estimatedCostMinor: values.estimatedCost.amountMinor,
        currency: values.estimatedCost.currency,
        area,
        categories: values.categories,
        contact,
      },
      { currency: round.currency, potMinor: round.potMinor },
    );
    if (problems.length > 0) refuse(problems);
    const repo = tx.manager.getRepository(Proposal);
    let reference = proposalReference(randomBytes(REFERENCE_RANDOM_BYTES));
    // 40 random bits: a clash is all but impossible; draw again if one happens.
    while (await repo.existsBy({ reference })) reference = proposalReference(randomBytes(REFERENCE_RANDOM_BYTES));
    return repo.save(
      Object.assign(new Proposal(), {
        roundKey: round.key,
        reference,
        title: values.title.trim(),
        description: values.description.trim(),
        area,
        categories: normaliseCategories(values.categories),
        estimatedCostMinor: values.estimatedCost.amountMinor,
        currency: values.estimatedCost.currency,
        revisedCostMinor: null,
        costRevisionReason: null,
        contact,
        contactHash: contactHash(round.key, contact),
        status: "submitted",
        reviewReason: null,
        reviewedAt: null,
        reviewedByUserKey: null,
        bidKey: null,
      }),
    );
  },
  // No contact details or reference code in the log.
  audit: (proposal) => ({
    entityType: "Proposal",
    entityId: proposal.key,
    after: {
      title: proposal.title,
      estimatedCostMinor: proposal.estimatedCostMinor,
      currency: proposal.currency,
      source: proposal.contact === null ? "no contact" : "with contact",
    },
  }),
});

async function proposalScope(tx: Tx, proposalKey: number) {
  const proposal = await tx.find(Proposal, proposalKey, { field: ["input", "proposal"], label: "proposal" });
  return { ...(await roundScope(tx, proposal.roundKey, ["input", "proposal"])), proposal };
}

/**
 * An officer's review of a proposal (BIDDING or SHORTLISTING), once: ACCEPTED puts it on the ballot
 * as a project (a bid without an organisation, at the revised cost when the officer revised it);
 * REJECTED keeps it off. The reason is what the proposer reads.
 */
export const proposalReview = defineCommand({
  name: "proposalReview",
  who: who.councilOfficer,
  action: "proposalReview",
  locks: [Proposal],
  load: (tx, input: ProposalReviewValues) => proposalScope(tx, input.proposalKey),
  guard(_tx, _input, { round, proposal }) {
    requireParticipatory(round);
    if (proposal.status !== "submitted")
      throw UserErrorException.of(UserErrorCode.FROZEN, `The proposal was already ${proposal.status}.`, [
        "input",
        "proposal",
      ]);
  },
  async run(tx, values, { round, proposal }) {
    if (values.revisedCost && values.revisedCost.currency !== round.currency)
      throw UserErrorException.of(
        UserErrorCode.CURRENCY_MISMATCH,
        `The revised cost must be in ${round.currency}, the round's currency.`,
        ["input", "revisedCost"],
      );
    const revisedCostMinor = values.revisedCost?.amountMinor ?? null;
    const costReason = blank(values.costReason);
    const problems = checkReview(
      { outcome: values.outcome, reason: values.reason, revisedCostMinor, costReason },
      { status: "submitted", estimatedCostMinor: proposal.estimatedCostMinor },
      { currency: round.currency, potMinor: round.potMinor },
    );
    if (problems.length > 0) refuse(problems);
    const manager = tx.manager;
    proposal.status = values.outcome;
    proposal.reviewReason = values.reason.trim();
    proposal.reviewedAt = tx.clock.now();
    proposal.reviewedByUserKey = tx.actor.userKey ?? null;
    proposal.revisedCostMinor = revisedCostMinor;
    proposal.costRevisionReason = revisedCostMinor === null ? null : costReason;
    if (values.outcome === "accepted") {
      const bid = await manager.save(
        Object.assign(new Bid(), {
          roundKey: round.key,
          providerKey: null,
          externalId: `P${proposal.key}`,
          title: proposal.title,
          summary: proposal.description,
          category: pabulibCategories(proposal.categories),
          amountRequestedMinor: ballotCostMinor(proposal),
          currency: proposal.currency,
          status: "submitted",
          extra: proposal.area ? { area: proposal.area } : null,
        }),
      );
      proposal.bidKey = bid.key;
    }
    return manager.save(proposal);
  },
  audit: (proposal) => ({
    entityType: "Proposal",
    entityId: proposal.key,
    before: { status: "submitted" },
    after: {
      status: proposal.status,
      reason: proposal.reviewReason,
      revisedCostMinor: proposal.revisedCostMinor,
      costRevisionReason: proposal.costRevisionReason,
      bidKey: proposal.bidKey,
    },
  }),
});
