import type { TenancyCase } from "../test/tenancy-matrix.js";

/** Tenancy cases of the panel feature (test/tenancy-matrix.ts): intruders are refused, nothing is written. */
export const tenancyCases: TenancyCase[] = [
  {
    mutation: "applicantApply",
    query: `mutation($input: ApplicantApplyInput!) { applicantApply(input: $input) { applicant { id } userErrors { code } } }`,
    variables: async (fx) => ({
      input: { round: await fx.roundId("recruiting"), pseudonym: "X-1", sex: "Female", consent: true, eligible: true },
    }),
  },
  {
    mutation: "applicantReview",
    query: `mutation($input: ApplicantReviewInput!) { applicantReview(input: $input) { applicant { name } userErrors { code } } }`,
    variables: async (fx) => ({
      input: { applicant: await fx.applicantId("recruiting"), accept: false, reason: "Lives outside the area." },
    }),
  },
  {
    mutation: "panelQuotasSet",
    query: `mutation($input: PanelQuotasSetInput!) { panelQuotasSet(input: $input) { round { id } userErrors { code } } }`,
    variables: async (fx) => ({
      input: {
        round: await fx.roundId("recruiting"),
        panelSize: 4,
        quotas: [{ dimension: "sex", category: "Female", min: 1, max: 3 }],
      },
    }),
  },
  {
    mutation: "panelSelect",
    query: `mutation($input: PanelSelectInput!) { panelSelect(input: $input) { quotasMet userErrors { code } } }`,
    variables: async (fx) => ({ input: { round: await fx.roundId("recruiting") } }),
  },
  {
    mutation: "invitationsSentSet",
    query: `mutation($input: InvitationsSentSetInput!) { invitationsSentSet(input: $input) { invitationsSent userErrors { code } } }`,
    variables: async (fx) => ({ input: { round: await fx.roundId("recruiting"), invitationsSent: 2000 } }),
  },
  {
    mutation: "panelMemberInvite",
    query: `mutation($input: PanelMemberInviteInput!) { panelMemberInvite(input: $input) { invitationCode userErrors { code } } }`,
    variables: async (fx) => ({ input: { member: await fx.memberId() } }),
  },
];
