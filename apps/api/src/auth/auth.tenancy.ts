import { mutationQuery, type TenancyCase } from "../test/tenancy-matrix.js";

/** Tenancy cases of the auth feature (test/tenancy-matrix.ts): intruders are refused, nothing is written. */
export const tenancyCases: TenancyCase[] = [
  {
    mutation: "analystKeyCreate",
    query: `mutation($input: AnalystKeyCreateInput!) { analystKeyCreate(input: $input) { key userErrors { code } } }`,
    variables: () => ({ input: { email: "intruder@example.org", displayName: "Intruder" } }),
    authorized: () => ({ kind: "administrator", userKey: 1, councilKey: null }),
  },
  {
    // The target council's officer account: only its own council's officers (and administrators) may unlock it.
    mutation: "accountUnlock",
    query: mutationQuery("accountUnlock", "AccountUnlockInput"),
    variables: () => ({ input: { email: "officer@lambeth.example" } }),
    watchTables: ["account_security"],
  },
  {
    mutation: "twoFactorRequire",
    query: mutationQuery("twoFactorRequire", "TwoFactorRequireInput"),
    variables: (fx) => ({ input: { council: fx.councilId(), required: true } }),
    authorized: () => ({ kind: "administrator", userKey: 1, councilKey: null }),
    watchTables: ["two_factor_requirement"],
  },
];

/** Mutations that act on no council's data, with the reason. */
export const tenancyExempt: Record<string, string> = {
  officerLogin: "public: signs in (no tenant data touched)",
  logout: "revokes only the caller's own token",
  panelJoin: "public: redeems an invitation code (the code itself is the authorisation)",
  twoFactorEnrolStart: "acts only on the caller's own account",
  twoFactorEnrolConfirm: "acts only on the caller's own account",
  twoFactorDisable: "acts only on the caller's own account",
};
