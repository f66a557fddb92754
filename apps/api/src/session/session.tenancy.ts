import type { TenancyCase } from "../test/tenancy-matrix.js";

/** Tenancy cases of the session feature (test/tenancy-matrix.ts): intruders are refused, nothing is written. */
export const tenancyCases: TenancyCase[] = [
  {
    mutation: "sessionCreate",
    query: `mutation($input: SessionCreateInput!) { sessionCreate(input: $input) { session { id } userErrors { code } } }`,
    variables: async (fx) => ({
      input: {
        round: await fx.roundId(),
        date: "2024-05-01",
        kind: "review",
        title: "Intruder session",
        durationMinutes: 60,
      },
    }),
  },
  {
    mutation: "attendanceRecord",
    query: `mutation($input: AttendanceRecordInput!) { attendanceRecord(input: $input) { userErrors { code } } }`,
    variables: async (fx) => ({
      input: { session: await fx.sessionId(), member: await fx.memberId(), present: false },
    }),
  },
  {
    mutation: "contributionRecord",
    query: `mutation($input: ContributionRecordInput!) { contributionRecord(input: $input) { userErrors { code } } }`,
    variables: async (fx) => ({
      input: { session: await fx.sessionId(), member: await fx.memberId(), kind: "SPEAKING_TURNS", amount: 99 },
    }),
  },
  {
    mutation: "trustResponseRecord",
    query: `mutation($input: TrustResponseRecordInput!) { trustResponseRecord(input: $input) { userErrors { code } } }`,
    variables: async (fx) => ({ input: { session: await fx.sessionId(), member: await fx.memberId(), score: 1 } }),
  },
];
