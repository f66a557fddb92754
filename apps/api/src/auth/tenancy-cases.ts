import type { TenancyCase } from "./tenancy-matrix.js";

/**
 * One case per tenant-scoped mutation. Append new mutations here (or pass your own list to
 * `describeTenancyMatrix`), and remove them from `NOT_YET_IN_MATRIX` in tenancy.spec.ts.
 */
export const TENANCY_CASES: TenancyCase[] = [
  {
    mutation: "roundCreate",
    query: `mutation($input: RoundCreateInput!) { roundCreate(input: $input) { round { id } userErrors { code } } }`,
    variables: (fx) => ({ input: { council: fx.councilId(), title: "Intruder round", theme: "youth", potMinor: 100_000, currency: "GBP", year: 2025 } }),
  },
  {
    mutation: "roundAdvancePhase",
    query: `mutation($input: RoundAdvancePhaseInput!) { roundAdvancePhase(input: $input) { round { phase } userErrors { code } } }`,
    variables: async (fx) => ({ input: { round: await fx.roundId("recruiting"), to: "DEFINING_OUTCOMES" } }),
  },
  {
    mutation: "analystKeyCreate",
    query: `mutation($input: AnalystKeyCreateInput!) { analystKeyCreate(input: $input) { key userErrors { code } } }`,
    variables: () => ({ input: { email: "intruder@example.org", displayName: "Intruder" } }),
  },
];

/** Mutations that act on no council's data, with the reason. */
export const TENANCY_EXEMPT: Record<string, string> = {
  officerLogin: "public: signs in (no tenant data touched)",
  logout: "revokes only the caller's own token",
  panelJoin: "public: redeems an invitation code (the code itself is the authorisation)",
};
