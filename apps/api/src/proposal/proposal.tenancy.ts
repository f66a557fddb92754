import { randomBytes } from "node:crypto";
import { proposalReference, REFERENCE_RANDOM_BYTES } from "@coproduce/domain";
import { mutationQuery, type TenancyCase } from "../test/tenancy-matrix.js";
import { Proposal } from "./proposal.entity.js";

/** Tenancy cases of the proposal feature (test/tenancy-matrix.ts): intruders are refused, nothing is written. */
export const tenancyCases: TenancyCase[] = [
  {
    mutation: "proposalSubmit",
    query: mutationQuery("proposalSubmit", "ProposalSubmitInput"),
    variables: async (fx) => ({
      input: {
        round: await fx.roundId(),
        title: "Intruder's idea",
        description: "Entered by another council.",
        estimatedCost: { amountMinor: 100, currency: "GBP" },
      },
    }),
    watchTables: ["proposal"],
  },
  {
    mutation: "proposalReview",
    query: mutationQuery("proposalReview", "ProposalReviewInput"),
    variables: async (fx) => {
      const round = await fx.round();
      const proposal = await fx.dataSource.getRepository(Proposal).save(
        Object.assign(new Proposal(), {
          roundKey: round.key,
          reference: proposalReference(randomBytes(REFERENCE_RANDOM_BYTES)),
          title: "A resident's idea",
          description: "",
          area: null,
          categories: [],
          estimatedCostMinor: 100,
          currency: round.currency,
          revisedCostMinor: null,
          costRevisionReason: null,
          contact: null,
          contactHash: null,
          status: "submitted",
          reviewReason: null,
          reviewedAt: null,
          reviewedByUserKey: null,
          bidKey: null,
        }),
      );
      return { input: { proposal: proposal.id, outcome: "accepted", reason: "Intruder" } };
    },
    watchTables: ["proposal", "bid"],
  },
];
