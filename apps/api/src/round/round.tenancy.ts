import type { TenancyCase } from "../test/tenancy-matrix.js";

/** Tenancy cases of the round feature (test/tenancy-matrix.ts): intruders are refused, nothing is written. */
export const tenancyCases: TenancyCase[] = [
  {
    mutation: "roundCreate",
    query: `mutation($input: RoundCreateInput!) { roundCreate(input: $input) { round { id } userErrors { code } } }`,
    variables: (fx) => ({
      input: {
        council: fx.councilId(),
        title: "Intruder round",
        theme: "youth",
        potMinor: 100_000,
        currency: "GBP",
        year: 2025,
      },
    }),
  },
  {
    mutation: "roundAdvancePhase",
    query: `mutation($input: RoundAdvancePhaseInput!) { roundAdvancePhase(input: $input) { round { phase } userErrors { code } } }`,
    variables: async (fx) => ({ input: { round: await fx.roundId("recruiting"), to: "DEFINING_OUTCOMES" } }),
  },
  {
    mutation: "roundStepBack",
    query: `mutation($input: RoundStepBackInput!) { roundStepBack(input: $input) { round { phase } userErrors { code } } }`,
    variables: async (fx) => ({ input: { round: await fx.roundId("closed"), reason: "Intruder" } }),
  },
  {
    mutation: "roundUpdate",
    query: `mutation($input: RoundUpdateInput!) { roundUpdate(input: $input) { round { title } userErrors { code } } }`,
    variables: async (fx) => ({ input: { round: await fx.roundId(), title: "Intruder title" } }),
  },

  {
    mutation: "roundTranslationSet",
    query: `mutation($input: RoundTranslationSetInput!) { roundTranslationSet(input: $input) { round { title } userErrors { code } } }`,
    variables: async (fx) => ({ input: { round: await fx.roundId(), lang: "cy", title: "Teitl tresmaswr" } }),
  },
];
