import type { TenancyCase } from "./tenancy-matrix.js";
import { toGlobalId } from "../graphql/node-id.js";
import type { Viewer } from "../graphql/context.js";
import { Outcome } from "../outcome/outcome.entity.js";
import { Indicator } from "../outcome/indicator.entity.js";
import { Milestone } from "../outcome/milestone.entity.js";
import { Tender } from "../tender/tender.entity.js";
import { Criterion } from "../tender/criterion.entity.js";
import { Provider } from "../provider/provider.entity.js";
import { Bid } from "../bid/bid.entity.js";
import { Decision } from "../decision/decision.entity.js";
import { Award } from "../award/award.entity.js";
import { PanelMember } from "../panel/panel-member.entity.js";
import type { TenancyFixture } from "./tenancy-matrix.js";

/**
 * One case per tenant-scoped mutation. Append new mutations here (or pass your own list to
 * `describeTenancyMatrix`), and remove them from `NOT_YET_IN_MATRIX` in tenancy.spec.ts.
 */
export const TENANCY_CASES: TenancyCase[] = [
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
    mutation: "analystKeyCreate",
    query: `mutation($input: AnalystKeyCreateInput!) { analystKeyCreate(input: $input) { key userErrors { code } } }`,
    variables: () => ({ input: { email: "intruder@example.org", displayName: "Intruder" } }),
    authorized: () => ({ kind: "administrator", userKey: 1, councilKey: null }),
  },
  {
    mutation: "applicantApply",
    query: `mutation($input: ApplicantApplyInput!) { applicantApply(input: $input) { applicant { id } userErrors { code } } }`,
    variables: async (fx) => ({
      input: { round: await fx.roundId("recruiting"), pseudonym: "X-1", sex: "Female", consent: true, eligible: true },
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
    mutation: "panelMemberInvite",
    query: `mutation($input: PanelMemberInviteInput!) { panelMemberInvite(input: $input) { invitationCode userErrors { code } } }`,
    variables: async (fx) => ({ input: { member: await fx.memberId() } }),
  },
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
  // Part 2 of running a round: outcomes to monitoring.
  ...part2Cases(),
];

/** Ids of the target council's data for the outcome-to-monitoring mutations. */
async function outcomeOf(fx: TenancyFixture, phase?: string): Promise<Outcome> {
  return fx.dataSource
    .getRepository(Outcome)
    .findOneOrFail({ where: { roundKey: (await fx.round(phase)).key }, order: { key: "ASC" } });
}
async function bidOf(fx: TenancyFixture, phase?: string, status?: string): Promise<Bid> {
  return fx.dataSource.getRepository(Bid).findOneOrFail({
    where: { roundKey: (await fx.round(phase)).key, ...(status ? { status } : {}) },
    order: { key: "ASC" },
  });
}
async function awardOf(fx: TenancyFixture): Promise<Award> {
  return fx.dataSource
    .getRepository(Award)
    .findOneOrFail({ where: { roundKey: (await fx.round()).key }, order: { key: "ASC" } });
}

function part2Cases(): TenancyCase[] {
  const payload = (field: string) => (inputType: string) =>
    `mutation($input: ${inputType}!) { ${field}(input: $input) { userErrors { code } } }`;
  // The seeded Lambeth rounds are in recruiting, interviewing, awarded, monitoring and closed; the intruders
  // are refused before any phase check, and the own officer's control may get WRONG_PHASE userErrors.
  // Panel members act in their own round; the control for their mutations is such a member.
  const members = new Map<string, Viewer>();
  const memberOf = async (fx: TenancyFixture, phase: string, mutation: string) => {
    const m = await fx.dataSource
      .getRepository(PanelMember)
      .findOneOrFail({ where: { roundKey: (await fx.round(phase)).key }, order: { key: "ASC" } });
    members.set(mutation, { kind: "panel_member", memberKey: m.key, roundKey: m.roundKey });
  };
  return [
    {
      mutation: "outcomeCreate",
      query: payload("outcomeCreate")("OutcomeCreateInput"),
      variables: async (fx) => ({ input: { round: await fx.roundId("interviewing"), title: "Intruder outcome" } }),
    },
    {
      mutation: "outcomeUpdate",
      query: payload("outcomeUpdate")("OutcomeUpdateInput"),
      variables: async (fx) => ({
        input: { outcome: toGlobalId("Outcome", (await outcomeOf(fx, "interviewing")).key), title: "Changed" },
      }),
    },
    {
      mutation: "indicatorCreate",
      query: payload("indicatorCreate")("IndicatorCreateInput"),
      variables: async (fx) => ({
        input: {
          outcome: toGlobalId("Outcome", (await outcomeOf(fx, "interviewing")).key),
          name: "I",
          unit: "%",
          baseline: 1,
          target: 2,
          direction: "HIGHER_IS_BETTER",
          startsOn: "2024-01-01",
          dueOn: "2024-12-31",
        },
      }),
    },
    {
      mutation: "tenderDraft",
      query: payload("tenderDraft")("TenderDraftInput"),
      variables: async (fx) => ({
        input: {
          round: await fx.roundId("interviewing"),
          title: "T",
          specification: "",
          outcomes: [],
          criteria: [{ name: "All", weightBasisPoints: 10_000 }],
          budgetCeiling: { amountMinor: 1, currency: "GBP" },
        },
      }),
    },
    {
      mutation: "tenderPublish",
      query: payload("tenderPublish")("TenderPublishInput"),
      variables: async (fx) => ({
        input: {
          tender: toGlobalId(
            "Tender",
            (
              await fx.dataSource
                .getRepository(Tender)
                .findOneByOrFail({ roundKey: (await fx.round("interviewing")).key })
            ).key,
          ),
        },
      }),
    },
    {
      mutation: "bidSubmit",
      query: payload("bidSubmit")("BidSubmitInput"),
      variables: async (fx) => ({
        input: {
          round: await fx.roundId("interviewing"),
          provider: toGlobalId(
            "Provider",
            (await fx.dataSource.getRepository(Provider).findOneOrFail({ where: {}, order: { key: "ASC" } })).key,
          ),
          title: "Intruder bid",
          amountRequested: { amountMinor: 1, currency: "GBP" },
        },
      }),
    },
    {
      mutation: "bidShortlist",
      query: payload("bidShortlist")("BidShortlistInput"),
      variables: async (fx) => ({
        input: { bid: toGlobalId("Bid", (await bidOf(fx, "interviewing")).key), reason: "Intruder" },
      }),
    },
    {
      mutation: "interviewScoreSubmit",
      query: payload("interviewScoreSubmit")("InterviewScoreSubmitInput"),
      variables: async (fx) => {
        await memberOf(fx, "interviewing", "interviewScoreSubmit");
        const round = await fx.round("interviewing");
        const tender = await fx.dataSource.getRepository(Tender).findOneByOrFail({ roundKey: round.key });
        const criterion = await fx.dataSource
          .getRepository(Criterion)
          .findOneOrFail({ where: { tenderKey: tender.key }, order: { key: "ASC" } });
        return {
          input: {
            bid: toGlobalId("Bid", (await bidOf(fx, "interviewing", "shortlisted")).key),
            scores: [{ criterion: toGlobalId("Criterion", criterion.key), score: 3 }],
          },
        };
      },
      authorized: () => members.get("interviewScoreSubmit")!,
      watchTables: ["interview_score"],
    },
    {
      // An officer entering a member's paper scoring sheet: only the round's own council's officers.
      mutation: "interviewScoreSubmit",
      label: "interviewScoreSubmit (an officer entering a member's paper sheet)",
      query: payload("interviewScoreSubmit")("InterviewScoreSubmitInput"),
      variables: async (fx) => {
        const round = await fx.round("interviewing");
        const tender = await fx.dataSource.getRepository(Tender).findOneByOrFail({ roundKey: round.key });
        const criterion = await fx.dataSource
          .getRepository(Criterion)
          .findOneOrFail({ where: { tenderKey: tender.key }, order: { key: "ASC" } });
        const bid = await bidOf(fx, "interviewing", "shortlisted");
        return {
          input: {
            bid: toGlobalId("Bid", bid.key),
            panelMember: await fx.memberId("interviewing"),
            scores: [{ criterion: toGlobalId("Criterion", criterion.key), score: 0 }],
          },
        };
      },
      watchTables: ["interview_score"],
    },
    {
      mutation: "decisionRecordRecommendation",
      query: payload("decisionRecordRecommendation")("DecisionRecordRecommendationInput"),
      variables: async (fx) => ({
        input: {
          round: await fx.roundId("interviewing"),
          bid: toGlobalId("Bid", (await bidOf(fx, "interviewing")).key),
          note: "Intruder",
        },
      }),
    },
    {
      mutation: "ballotCast",
      query: payload("ballotCast")("BallotCastInput"),
      variables: async (fx) => {
        await memberOf(fx, "interviewing", "ballotCast");
        return {
          input: {
            round: await fx.roundId("interviewing"),
            choices: [{ bid: toGlobalId("Bid", (await bidOf(fx, "interviewing")).key) }],
          },
        };
      },
      authorized: () => members.get("ballotCast")!,
      watchTables: ["ballot", "ballot_choice", "ballot_participation"],
    },
    {
      mutation: "voterTokensIssue",
      query: payload("voterTokensIssue")("VoterTokensIssueInput"),
      variables: async (fx) => ({ input: { round: await fx.roundId("interviewing"), count: 1 } }),
    },
    {
      mutation: "decisionTake",
      query: payload("decisionTake")("DecisionTakeInput"),
      variables: async (fx) => ({ input: { round: await fx.roundId("interviewing") } }),
      watchTables: ["decision", "decision_project", "bid"],
    },
    {
      mutation: "decisionRecompute",
      query: payload("decisionRecompute")("DecisionRecomputeInput"),
      variables: async (fx) => ({
        input: {
          decision: toGlobalId(
            "Decision",
            (await fx.dataSource.getRepository(Decision).findOneByOrFail({ roundKey: (await fx.round()).key })).key,
          ),
        },
      }),
    },
    {
      mutation: "awardCreate",
      query: payload("awardCreate")("AwardCreateInput"),
      variables: async (fx) => ({
        input: {
          bid: toGlobalId("Bid", (await bidOf(fx, "interviewing")).key),
          value: { amountMinor: 1, currency: "GBP" },
          awardedOn: "2024-01-01",
        },
      }),
    },
    {
      mutation: "awardVary",
      query: payload("awardVary")("AwardVaryInput"),
      variables: async (fx) => ({
        input: {
          award: toGlobalId("Award", (await awardOf(fx)).key),
          delta: { amountMinor: 1, currency: "GBP" },
          reason: "Tenancy check",
        },
      }),
      watchTables: ["award", "award_variation"],
    },
    {
      mutation: "spendRecord",
      query: payload("spendRecord")("SpendRecordInput"),
      variables: async (fx) => ({
        input: {
          award: toGlobalId("Award", (await awardOf(fx)).key),
          amount: { amountMinor: 1, currency: "GBP" },
          paidOn: "2024-06-01",
          description: "Tenancy check",
          reference: "tenancy-check-1",
        },
      }),
      watchTables: ["spend_transaction"],
    },
    {
      mutation: "measurementRecord",
      query: payload("measurementRecord")("MeasurementRecordInput"),
      variables: async (fx) => ({
        input: {
          indicator: toGlobalId(
            "Indicator",
            (
              await fx.dataSource
                .getRepository(Indicator)
                .findOneOrFail({ where: { outcomeKey: (await outcomeOf(fx)).key } })
            ).key,
          ),
          value: 1,
          measuredOn: "2024-06-01",
          source: "Tenancy check",
        },
      }),
    },
    {
      mutation: "milestoneCreate",
      query: payload("milestoneCreate")("MilestoneCreateInput"),
      variables: async (fx) => ({
        input: { round: await fx.roundId(), title: "Intruder milestone", dueOn: "2024-06-01" },
      }),
    },
    {
      mutation: "milestoneUpdate",
      query: payload("milestoneUpdate")("MilestoneUpdateInput"),
      variables: async (fx) => ({
        input: {
          milestone: toGlobalId(
            "Milestone",
            (
              await fx.dataSource
                .getRepository(Milestone)
                .findOneOrFail({ where: { roundKey: (await fx.round()).key }, order: { key: "ASC" } })
            ).key,
          ),
          title: "Changed",
        },
      }),
      watchTables: ["milestone"],
    },
  ];
}

/** Mutations that act on no council's data, with the reason. */
export const TENANCY_EXEMPT: Record<string, string> = {
  officerLogin: "public: signs in (no tenant data touched)",
  logout: "revokes only the caller's own token",
  panelJoin: "public: redeems an invitation code (the code itself is the authorisation)",
  providerCreate:
    "organisations are shared by all councils: any officer may register one (analysts and panel members are refused; provider spec)",
};
