import type { TenancyCase } from "../test/tenancy-matrix.js";

/** Tenancy cases of commit-then-draw (test/tenancy-matrix.ts): intruders are refused, nothing is written. */
export const tenancyCases: TenancyCase[] = [
  {
    mutation: "panelDrawCommit",
    query: `mutation($input: PanelDrawCommitInput!) { panelDrawCommit(input: $input) { draw { commitmentSha256 } userErrors { code } } }`,
    variables: async (fx) => ({
      input: {
        round: await fx.roundId("recruiting"),
        randomnessDate: "2099-01-01",
        randomnessSource: "Dice thrown at the public meeting",
      },
    }),
    watchTables: ["panel_draw"],
  },
];
