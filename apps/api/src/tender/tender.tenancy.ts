import { mutationQuery, type TenancyCase } from "../test/tenancy-matrix.js";
import { toGlobalId } from "../graphql/node-id.js";
import { Tender } from "./tender.entity.js";

/** Tenancy cases of the tender feature (test/tenancy-matrix.ts): intruders are refused, nothing is written. */
export const tenancyCases: TenancyCase[] = [
  {
    mutation: "tenderDraft",
    query: mutationQuery("tenderDraft", "TenderDraftInput"),
    variables: async (fx) => ({
      input: {
        round: await fx.roundId("interviewing"),
        title: "T",
        specification: "",
        outcomes: [],
        criteria: [{ name: "All", weightBasisPoints: 10_000 }],
        budgetCeiling: { amountMinor: 1, currency: "GBP" },
      },
    }),
  },
  {
    mutation: "tenderPublish",
    query: mutationQuery("tenderPublish", "TenderPublishInput"),
    variables: async (fx) => ({
      input: {
        tender: toGlobalId(
          "Tender",
          (
            await fx.dataSource
              .getRepository(Tender)
              .findOneByOrFail({ roundKey: (await fx.round("interviewing")).key })
          ).key,
        ),
      },
    }),
  },
];
