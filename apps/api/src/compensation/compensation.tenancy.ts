import type { TenancyCase } from "../test/tenancy-matrix.js";

/** Tenancy cases of the compensation feature (test/tenancy-matrix.ts): intruders are refused, nothing is written. */
export const tenancyCases: TenancyCase[] = [
  {
    mutation: "compensationRateSet",
    query: `mutation($input: CompensationRateSetInput!) { compensationRateSet(input: $input) { entries userErrors { code } } }`,
    variables: async (fx) => ({ input: { round: await fx.roundId(), basis: "FLAT", rateMinor: 1 } }),
  },
  {
    mutation: "paymentRecord",
    query: `mutation($input: PaymentRecordInput!) { paymentRecord(input: $input) { payment { id } userErrors { code } } }`,
    variables: async (fx) => ({
      input: {
        member: await fx.memberId(),
        amountMinor: 100,
        paidOn: "2024-05-01",
        idempotencyKey: "intruder-payment-1",
      },
    }),
  },
];
