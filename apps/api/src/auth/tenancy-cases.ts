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
    authorized: () => ({ kind: "administrator", userKey: 1, councilKey: null }),
  },
  {
    mutation: "applicantApply",
    query: `mutation($input: ApplicantApplyInput!) { applicantApply(input: $input) { applicant { id } userErrors { code } } }`,
    variables: async (fx) => ({ input: { round: await fx.roundId("recruiting"), pseudonym: "X-1", sex: "Female", consent: true, eligible: true } }),
  },
  {
    mutation: "panelQuotasSet",
    query: `mutation($input: PanelQuotasSetInput!) { panelQuotasSet(input: $input) { round { id } userErrors { code } } }`,
    variables: async (fx) => ({ input: { round: await fx.roundId("recruiting"), panelSize: 4, quotas: [{ dimension: "sex", category: "Female", min: 1, max: 3 }] } }),
  },
  {
    mutation: "panelSelect",
    query: `mutation($input: PanelSelectInput!) { panelSelect(input: $input) { quotasMet userErrors { code } } }`,
    variables: async (fx) => ({ input: { round: await fx.roundId("recruiting") } }),
  },
  {
    mutation: "panelMemberInvite",
    query: `mutation($input: PanelMemberInviteInput!) { panelMemberInvite(input: $input) { invitationCode userErrors { code } } }`,
    variables: async (fx) => ({ input: { member: await fx.memberId() } }),
  },
  {
    mutation: "sessionCreate",
    query: `mutation($input: SessionCreateInput!) { sessionCreate(input: $input) { session { id } userErrors { code } } }`,
    variables: async (fx) => ({ input: { round: await fx.roundId(), date: "2024-05-01", kind: "review", title: "Intruder session", durationMinutes: 60 } }),
  },
  {
    mutation: "attendanceRecord",
    query: `mutation($input: AttendanceRecordInput!) { attendanceRecord(input: $input) { userErrors { code } } }`,
    variables: async (fx) => ({ input: { session: await fx.sessionId(), member: await fx.memberId(), present: false } }),
  },
  {
    mutation: "contributionRecord",
    query: `mutation($input: ContributionRecordInput!) { contributionRecord(input: $input) { userErrors { code } } }`,
    variables: async (fx) => ({ input: { session: await fx.sessionId(), member: await fx.memberId(), kind: "SPEAKING_TURNS", amount: 99 } }),
  },
  {
    mutation: "trustResponseRecord",
    query: `mutation($input: TrustResponseRecordInput!) { trustResponseRecord(input: $input) { userErrors { code } } }`,
    variables: async (fx) => ({ input: { session: await fx.sessionId(), member: await fx.memberId(), score: 1 } }),
  },
  {
    mutation: "compensationRateSet",
    query: `mutation($input: CompensationRateSetInput!) { compensationRateSet(input: $input) { entries userErrors { code } } }`,
    variables: async (fx) => ({ input: { round: await fx.roundId(), basis: "FLAT", rateMinor: 1 } }),
  },
  {
    mutation: "paymentRecord",
    query: `mutation($input: PaymentRecordInput!) { paymentRecord(input: $input) { payment { id } userErrors { code } } }`,
    variables: async (fx) => ({ input: { member: await fx.memberId(), amountMinor: 100, paidOn: "2024-05-01", idempotencyKey: "intruder-payment-1" } }),
  },
];

/** Mutations that act on no council's data, with the reason. */
export const TENANCY_EXEMPT: Record<string, string> = {
  officerLogin: "public: signs in (no tenant data touched)",
  logout: "revokes only the caller's own token",
  panelJoin: "public: redeems an invitation code (the code itself is the authorisation)",
};
