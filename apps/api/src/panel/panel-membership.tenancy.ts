import type { TenancyCase } from "../test/tenancy-matrix.js";

/** Tenancy cases of confirm / withdraw / replace: intruders are refused, nothing is written. */
export const tenancyCases: TenancyCase[] = [
  {
    mutation: "panelMemberLanguageSet",
    query: `mutation($input: PanelMemberLanguageSetInput!) { panelMemberLanguageSet(input: $input) { member { id language } userErrors { code } } }`,
    variables: () => ({ input: { language: "cy" } }),
    authorized: (fx) => fx.memberViewer("interviewing"),
  },
  {
    mutation: "panelMemberConfirm",
    query: `mutation($input: PanelMemberConfirmInput!) { panelMemberConfirm(input: $input) { member { id } userErrors { code } } }`,
    variables: async (fx) => ({ input: { member: await fx.memberId("interviewing") } }),
    watchTables: ["panel_member_status"],
  },
  {
    mutation: "panelMemberWithdraw",
    query: `mutation($input: PanelMemberWithdrawInput!) { panelMemberWithdraw(input: $input) { member { id } userErrors { code } } }`,
    variables: async (fx) => ({ input: { member: await fx.memberId("monitoring"), reason: "Moved away." } }),
    watchTables: ["panel_member_status"],
  },
  {
    mutation: "panelMemberReplace",
    query: `mutation($input: PanelMemberReplaceInput!) { panelMemberReplace(input: $input) { member { id } quotasKept userErrors { code } } }`,
    variables: async (fx) => ({ input: { member: await fx.memberId("awarded") } }),
    watchTables: ["panel_member_status", "selection_run"],
  },
];
