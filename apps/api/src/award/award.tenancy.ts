import { mutationQuery, type TenancyCase } from "../test/tenancy-matrix.js";
import { toGlobalId } from "../graphql/node-id.js";

/** Tenancy cases of the award feature (test/tenancy-matrix.ts): intruders are refused, nothing is written. */
export const tenancyCases: TenancyCase[] = [
  {
    mutation: "awardCreate",
    query: mutationQuery("awardCreate", "AwardCreateInput"),
    variables: async (fx) => ({
      input: {
        bid: toGlobalId("Bid", (await fx.bid("interviewing")).key),
        value: { amountMinor: 1, currency: "GBP" },
        awardedOn: "2024-01-01",
      },
    }),
  },
  {
    mutation: "awardVary",
    query: mutationQuery("awardVary", "AwardVaryInput"),
    variables: async (fx) => ({
      input: {
        award: toGlobalId("Award", (await fx.award()).key),
        delta: { amountMinor: 1, currency: "GBP" },
        reason: "Tenancy check",
      },
    }),
    watchTables: ["award", "award_variation"],
  },
  {
    mutation: "spendRecord",
    query: mutationQuery("spendRecord", "SpendRecordInput"),
    variables: async (fx) => ({
      input: {
        award: toGlobalId("Award", (await fx.award()).key),
        amount: { amountMinor: 1, currency: "GBP" },
        paidOn: "2024-06-01",
        description: "Tenancy check",
        reference: "tenancy-check-1",
      },
    }),
    watchTables: ["spend_transaction"],
  },
];
