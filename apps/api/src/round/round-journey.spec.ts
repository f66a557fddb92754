import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../test/database.js";
import { TestClient, errorCodes, type WithUserErrors } from "../test/graphql.js";
import type { Viewer } from "../auth/actor.js";
import { Council } from "../council/council.entity.js";
import { PanelMember } from "../panel/panel-member.entity.js";
import { fromGlobalId } from "../graphql/node-id.js";

/**
 * One commissioning round from draft to monitoring, through GraphQL, as the real roles: the officer
 * creates the round and moves it through its phases, the panel defines outcomes, drafts the tender,
 * shortlists and scores the bids the officer entered; the officer records a recommendation before the
 * decision, takes it, awards, pays and records outcome measurements. Every number at the end is checked.
 */
/** What the walk reads of each payload (the rest is checked by equality). */
type Id = { id: string };
interface FinalView {
  phase: string;
  pot: unknown;
  awarded: unknown;
  spent: unknown;
  scoring: {
    scorers: number;
    tie: boolean;
    pivotalScorers: number;
    topRanked: unknown;
    influence: unknown;
    bids: {
      bid: { title: string };
      rank: number;
      score: number;
      scorers: number;
      standardDeviation: number;
      range: number;
    }[];
  };
  decision: {
    method: string;
    followedRecommendation: boolean | null;
    officerRecommendation: unknown;
    summary: string;
    projects: { bid: { title: string; status: string }; funded: boolean; rank: number; explanationText: string }[];
    verify: unknown;
  };
  outcomes: {
    indicators: {
      name: string;
      direction: string;
      progress: number | null;
      status: { status: string; expected: number; rule: string };
    }[];
  }[];
  awards: unknown[];
  milestones: unknown;
}

let db: TestDatabase;
let client: TestClient;
let officer: Viewer;
const members: Viewer[] = [];

async function ok<P = unknown>(
  query: string,
  variables: Record<string, unknown>,
  viewer: Viewer,
  field: string,
): Promise<P & WithUserErrors> {
  const data = await client.data<Record<string, P & WithUserErrors>>(query, variables, viewer);
  const payload = data[field]!;
  expect(payload.userErrors, `${field} userErrors`).toEqual([]);
  return payload;
}

async function codes(
  query: string,
  variables: Record<string, unknown>,
  viewer: Viewer,
  field: string,
): Promise<string[]> {
  const data = await client.data<Record<string, WithUserErrors>>(query, variables, viewer);
  return errorCodes(data[field]!);
}

const ADVANCE = `mutation($input: RoundAdvancePhaseInput!) { roundAdvancePhase(input: $input) { round { phase } userErrors { code message } } }`;
const OUTCOME_CREATE = `mutation($input: OutcomeCreateInput!) { outcomeCreate(input: $input) { outcome { id title status } userErrors { code message field } } }`;
const INDICATOR_CREATE = `mutation($input: IndicatorCreateInput!) { indicatorCreate(input: $input) { indicator { id name direction } userErrors { code message field } } }`;
const TENDER_DRAFT = `mutation($input: TenderDraftInput!) { tenderDraft(input: $input) { tender { id status criteria { id name weightBasisPoints } outcomes { title status } } userErrors { code message field } } }`;
const PROVIDER_CREATE = `mutation($input: ProviderCreateInput!) { providerCreate(input: $input) { provider { id slug identifierScheme identifier } userErrors { code message field } } }`;
const BID_SUBMIT = `mutation($input: BidSubmitInput!) { bidSubmit(input: $input) { bid { id title status externalId } userErrors { code message field } } }`;
const SHORTLIST = `mutation($input: BidShortlistInput!) { bidShortlist(input: $input) { bid { id status shortlisting { proposedByRole reason reasonStatus } } userErrors { code message field } } }`;
const REASON_REVIEW = `mutation($input: ShortlistReasonReviewInput!) { shortlistReasonReview(input: $input) { bid { id shortlisting { reason reasonStatus } } userErrors { code message field } } }`;
const SHORTLISTING = `query($id: ID!) { node(id: $id) { ... on Bid { shortlisting { proposedByRole reason reasonStatus } } } }`;
const SCORE = `mutation($input: InterviewScoreSubmitInput!) { interviewScoreSubmit(input: $input) { bid { id } userErrors { code message field } } }`;
const RECOMMEND = `mutation($input: DecisionRecordRecommendationInput!) { decisionRecordRecommendation(input: $input) { decision { id recommendationRecordedAt } userErrors { code message field } } }`;
const DECIDE = `mutation($input: DecisionTakeInput!) { decisionTake(input: $input) { decision { id rule decidedAt } userErrors { code message field } } }`;
const AWARD = `mutation($input: AwardCreateInput!) { awardCreate(input: $input) { award { id value { amountMinor currency } } userErrors { code message field } } }`;
const SPEND = `mutation($input: SpendRecordInput!) { spendRecord(input: $input) { spendTransaction { id reference amount { amountMinor } } userErrors { code message field } } }`;
const VARY = `mutation($input: AwardVaryInput!) { awardVary(input: $input) { award { id value { amountMinor } } userErrors { code message field } } }`;
const MEASURE = `mutation($input: MeasurementRecordInput!) { measurementRecord(input: $input) { measurement { id value measuredOn } userErrors { code message field } } }`;
const MILESTONE_CREATE = `mutation($input: MilestoneCreateInput!) { milestoneCreate(input: $input) { milestone { id status award { id } } userErrors { code message field } } }`;
const MILESTONE_UPDATE = `mutation($input: MilestoneUpdateInput!) { milestoneUpdate(input: $input) { milestone { id status completedOn } userErrors { code message field } } }`;

beforeAll(async () => {
  db = await openTestDatabase();
  client = await TestClient.create(db.dataSource);
  const council = await db.dataSource.getRepository(Council).save(
    Object.assign(new Council(), {
      slug: "lambeth",
      name: "London Borough of Lambeth",
      onsCode: "E09000022",
      region: "London",
      orgIdentifier: "GB-LAE-LBH",
    }),
  );
  officer = { kind: "officer", userKey: 1, councilKey: council.key };
});

afterAll(async () => {
  await client?.stop();
  await db?.close();
});

describe("a co-produced commissioning round, draft to monitoring", () => {
  it("runs through GraphQL and shows the right numbers at the end", async () => {
    // The officer creates the round: £32,000 for a service for young offenders.
    const created = await ok<{ round: Id }>(
      `mutation($input: RoundCreateInput!) { roundCreate(input: $input) { round { id phase pot { amountMinor currency } } userErrors { code message } } }`,
      {
        input: {
          title: "Young offenders service",
          theme: "youth",
          targetGroup: "young offenders",
          potMinor: 3_200_000,
          currency: "GBP",
          compensationCurrency: "BRX",
          year: 2024,
          panelSize: 3,
        },
      },
      officer,
      "roundCreate",
    );
    const roundId = created.round.id;
    const roundKey = fromGlobalId(roundId)!.id;
    const advance = (to: string) => ok(ADVANCE, { input: { round: roundId, to } }, officer, "roundAdvancePhase");

    await advance("RECRUITING");
    // Three young people join the panel (recruitment is part 1; here they are set up directly).
    for (const pseudonym of ["Panel member A", "Panel member B", "Panel member C"]) {
      const m = await db.dataSource
        .getRepository(PanelMember)
        .save(Object.assign(new PanelMember(), { roundKey, pseudonym, role: "member", active: true }));
      members.push({ kind: "panel_member", memberKey: m.key, roundKey });
    }
    const [m1, m2, m3] = members as [Viewer, Viewer, Viewer];

    // Outcomes cannot be written before the defining-outcomes phase.
    expect(await codes(OUTCOME_CREATE, { input: { round: roundId, title: "Too early" } }, m1, "outcomeCreate")).toEqual(
      ["WRONG_PHASE"],
    );
    await advance("DEFINING_OUTCOMES");
    const o1 = (
      await ok<{ outcome: Id }>(
        OUTCOME_CREATE,
        { input: { round: roundId, title: "Fewer young people reoffend" } },
        m1,
        "outcomeCreate",
      )
    ).outcome;
    const o2 = (
      await ok<{ outcome: Id }>(
        OUTCOME_CREATE,
        { input: { round: roundId, title: "More young people in education, training or work", description: "Draft" } },
        officer,
        "outcomeCreate",
      )
    ).outcome;
    await ok(
      `mutation($input: OutcomeUpdateInput!) { outcomeUpdate(input: $input) { outcome { description } userErrors { code } } }`,
      { input: { outcome: o2.id, description: "As the panel put it." } },
      m2,
      "outcomeUpdate",
    );
    const period = { startsOn: "2024-01-01", dueOn: "2024-12-31" };
    const reoffending = (
      await ok<{ indicator: Id & { direction: string } }>(
        INDICATOR_CREATE,
        {
          input: {
            outcome: o1.id,
            name: "Reoffending rate",
            unit: "%",
            baseline: 40,
            target: 25,
            direction: "LOWER_IS_BETTER",
            ...period,
          },
        },
        m1,
        "indicatorCreate",
      )
    ).indicator;
    const eet = (
      await ok<{ indicator: Id }>(
        INDICATOR_CREATE,
        {
          input: {
            outcome: o2.id,
            name: "In education, training or work",
            unit: "%",
            baseline: 50,
            target: 70,
            direction: "HIGHER_IS_BETTER",
            ...period,
          },
        },
        m2,
        "indicatorCreate",
      )
    ).indicator;
    await ok(
      INDICATOR_CREATE,
      {
        input: {
          outcome: o2.id,
          name: "Young people performing",
          unit: "young people",
          baseline: 0,
          target: 100,
          direction: "HIGHER_IS_BETTER",
          ...period,
        },
      },
      m3,
      "indicatorCreate",
    );
    expect(reoffending.direction).toBe("LOWER_IS_BETTER");

    await advance("TENDERING");
    expect(await codes(OUTCOME_CREATE, { input: { round: roundId, title: "Too late" } }, m1, "outcomeCreate")).toEqual([
      "FROZEN",
    ]);
    const tenderInput = {
      round: roundId,
      title: "A service young offenders shape",
      specification: "Designed with young people who have offended…",
      outcomes: [o1.id, o2.id],
      criteria: [
        { name: "Involves young people", weightBasisPoints: 5000 },
        { name: "Value for money", weightBasisPoints: 3000 },
        { name: "Track record", weightBasisPoints: 1000 },
      ],
      budgetCeiling: { amountMinor: 3_200_000, currency: "GBP" },
      submissionDeadline: "2023-11-30",
    };
    expect(await codes(TENDER_DRAFT, { input: tenderInput }, m1, "tenderDraft")).toEqual(["WEIGHTS_MUST_SUM_TO_100"]);
    expect(
      await codes(
        TENDER_DRAFT,
        {
          input: {
            ...tenderInput,
            criteria: [{ name: "All", weightBasisPoints: 10_000 }],
            budgetCeiling: { amountMinor: 3_200_001, currency: "GBP" },
          },
        },
        m1,
        "tenderDraft",
      ),
    ).toEqual(["EXCEEDS_POT"]);
    tenderInput.criteria[2]!.weightBasisPoints = 2000;
    const tender = (
      await ok<{ tender: Id & { outcomes: unknown; criteria: Id[] } }>(
        TENDER_DRAFT,
        { input: tenderInput },
        m1,
        "tenderDraft",
      )
    ).tender;
    expect(tender.outcomes).toEqual([
      { title: "Fewer young people reoffend", status: "frozen" },
      { title: "More young people in education, training or work", status: "frozen" },
    ]);
    const [c1, c2, c3] = tender.criteria.map((c) => c.id) as [string, string, string];
    const published = await ok<{ tender: unknown }>(
      `mutation($input: TenderPublishInput!) { tenderPublish(input: $input) { tender { status round { phase } } userErrors { code } } }`,
      { input: { tender: tender.id } },
      officer,
      "tenderPublish",
    );
    expect(published.tender).toEqual({ status: "published", round: { phase: "BIDDING" } });

    // Providers register; the officer enters their bids.
    const provider = async (name: string, kind: string, scheme: string, identifier: string) =>
      (
        await ok<{ provider: Id }>(
          PROVIDER_CREATE,
          { input: { name, kind, identifierScheme: scheme, identifier } },
          officer,
          "providerCreate",
        )
      ).provider.id;
    const talent = await provider("Brixton Youth Talent", "CHARITY", "GB-CHC", "1100001");
    const mentoring = await provider("Second Chance Mentoring Ltd", "COMPANY", "GB-COH", "01234567");
    const sports = await provider("Street Sports CIC", "COMPANY", "GB-COH", "07654321");
    expect(
      await codes(
        PROVIDER_CREATE,
        { input: { name: "Copy", kind: "CHARITY", identifierScheme: "GB-CHC", identifier: "1100001" } },
        officer,
        "providerCreate",
      ),
    ).toEqual(["DUPLICATE"]);
    const bid = (providerId: string, title: string, amountMinor: number) => ({
      input: {
        round: roundId,
        provider: providerId,
        title,
        amountRequested: { amountMinor, currency: "GBP" },
        outcomes: [o1.id],
      },
    });
    expect(await codes(BID_SUBMIT, bid(talent, "Too dear", 3_300_000), officer, "bidSubmit")).toEqual([
      "EXCEEDS_CEILING",
    ]);
    const show = (
      await ok<{ bid: Id & { externalId: string } }>(
        BID_SUBMIT,
        bid(talent, "Talent show organised by local youth", 2_800_000),
        officer,
        "bidSubmit",
      )
    ).bid;
    const mentor = (
      await ok<{ bid: Id & { externalId: string } }>(
        BID_SUBMIT,
        bid(mentoring, "One-to-one mentoring", 3_000_000),
        officer,
        "bidSubmit",
      )
    ).bid;
    const sport = (
      await ok<{ bid: Id & { externalId: string } }>(
        BID_SUBMIT,
        bid(sports, "Evening football", 2_500_000),
        officer,
        "bidSubmit",
      )
    ).bid;
    expect([show.externalId, mentor.externalId, sport.externalId]).toEqual(["B1", "B2", "B3"]);

    await advance("SHORTLISTING");
    expect(await codes(BID_SUBMIT, bid(sports, "Late", 100_000), officer, "bidSubmit")).toEqual(["WRONG_PHASE"]);
    const s1 = await ok<{ bid: { shortlisting: unknown } }>(
      SHORTLIST,
      { input: { bid: show.id, reason: "Young people run it themselves." } },
      m1,
      "bidShortlist",
    );
    // A panel member's words are not public until an officer of the council has reviewed them.
    expect(s1.bid.shortlisting).toEqual({
      proposedByRole: "panel_member",
      reason: null,
      reasonStatus: "awaiting_review",
    });
    const publicReason = async () =>
      (await client.data<{ node: { shortlisting: unknown } }>(SHORTLISTING, { id: show.id })).node.shortlisting;
    expect(await publicReason()).toEqual({
      proposedByRole: "panel_member",
      reason: null,
      reasonStatus: "awaiting_review",
    });
    const officerView = await client.data<{ node: { shortlisting: { reason: string } } }>(
      SHORTLISTING,
      { id: show.id },
      officer,
    );
    expect(officerView.node.shortlisting.reason).toBe("Young people run it themselves.");
    const byMember = await client.run(REASON_REVIEW, { input: { bid: show.id, publish: true } }, m1);
    expect(byMember.errors?.[0]?.extensions?.code).toBe("FORBIDDEN"); // only the council's officers review
    const reviewed = await ok<{ bid: { shortlisting: unknown } }>(
      REASON_REVIEW,
      { input: { bid: show.id, publish: true } },
      officer,
      "shortlistReasonReview",
    );
    expect(reviewed.bid.shortlisting).toEqual({ reason: "Young people run it themselves.", reasonStatus: "published" });
    expect(await publicReason()).toEqual({
      proposedByRole: "panel_member",
      reason: "Young people run it themselves.",
      reasonStatus: "published",
    });
    await ok(SHORTLIST, { input: { bid: mentor.id, reason: "Proven model." } }, officer, "bidShortlist");
    expect(await codes(SHORTLIST, { input: { bid: show.id, reason: "Again" } }, m2, "bidShortlist")).toEqual([
      "DUPLICATE",
    ]);
    const scores = (bidId: string, values: [number, number, number]) => ({
      input: { bid: bidId, scores: [c1, c2, c3].map((criterion, i) => ({ criterion, score: values[i] })) },
    });
    expect(await codes(SCORE, scores(show.id, [5, 4, 3]), m1, "interviewScoreSubmit")).toEqual(["WRONG_PHASE"]);

    await advance("INTERVIEWING");
    expect(await codes(SCORE, scores(show.id, [6, 4, 3]), m1, "interviewScoreSubmit")).toEqual(["OUT_OF_RANGE"]);
    expect(await codes(SCORE, scores(sport.id, [5, 4, 3]), m1, "interviewScoreSubmit")).toEqual(["INVALID"]);
    await ok(SCORE, scores(show.id, [1, 1, 1]), m1, "interviewScoreSubmit");
    await ok(SCORE, scores(show.id, [5, 4, 3]), m1, "interviewScoreSubmit"); // corrects (upsert)
    await ok(SCORE, scores(show.id, [4, 4, 4]), m2, "interviewScoreSubmit");
    await ok(SCORE, scores(show.id, [5, 3, 2]), m3, "interviewScoreSubmit");
    await ok(SCORE, scores(mentor.id, [3, 4, 5]), m1, "interviewScoreSubmit");
    await ok(SCORE, scores(mentor.id, [3, 3, 4]), m2, "interviewScoreSubmit");
    await ok(SCORE, scores(mentor.id, [2, 4, 5]), m3, "interviewScoreSubmit");
    // an officer enters scores only on a named member's behalf (their paper sheet)
    expect(await codes(SCORE, scores(show.id, [5, 5, 5]), officer, "interviewScoreSubmit")).toEqual(["REQUIRED"]);

    // The commissioning manager's first choice is on the record before the decision.
    await ok(
      RECOMMEND,
      { input: { round: roundId, bid: mentor.id, note: "Mentoring has the strongest evidence base." } },
      officer,
      "decisionRecordRecommendation",
    );
    expect(await codes(DECIDE, { input: { round: roundId } }, officer, "decisionTake")).toEqual(["WRONG_PHASE"]);
    await advance("DECIDING");
    const decided = await ok<{ decision: { rule: string } }>(
      DECIDE,
      { input: { round: roundId } },
      officer,
      "decisionTake",
    );
    expect(decided.decision.rule).toBe("weighted_scores");
    expect(
      await codes(
        RECOMMEND,
        { input: { round: roundId, bid: show.id, note: "Changed my mind" } },
        officer,
        "decisionRecordRecommendation",
      ),
    ).toEqual(["FROZEN"]);
    expect(await codes(DECIDE, { input: { round: roundId } }, officer, "decisionTake")).toEqual(["FROZEN"]);

    // Award the funded bid, plan and deliver.
    expect(
      await codes(
        AWARD,
        { input: { bid: mentor.id, value: { amountMinor: 3_000_000, currency: "GBP" }, awardedOn: "2023-12-15" } },
        officer,
        "awardCreate",
      ),
    ).toEqual(["NOT_ELIGIBLE"]);
    expect(
      await codes(
        AWARD,
        { input: { bid: show.id, value: { amountMinor: 2_900_000, currency: "GBP" }, awardedOn: "2023-12-15" } },
        officer,
        "awardCreate",
      ),
    ).toEqual(["EXCEEDS_BID"]);
    const award = (
      await ok<{ award: Id }>(
        AWARD,
        {
          input: {
            bid: show.id,
            value: { amountMinor: 2_800_000, currency: "GBP" },
            awardedOn: "2023-12-15",
            startsOn: "2024-01-01",
            endsOn: "2024-12-31",
          },
        },
        officer,
        "awardCreate",
      )
    ).award;
    const milestone = (
      await ok<{ milestone: Id & { award: unknown } }>(
        MILESTONE_CREATE,
        { input: { round: roundId, award: award.id, title: "Talent show final", dueOn: "2024-06-30" } },
        officer,
        "milestoneCreate",
      )
    ).milestone;
    expect(milestone.award).toEqual({ id: award.id });
    await advance("AWARDED");
    await advance("MONITORING");

    const pay = (amountMinor: number, reference: string, paidOn: string) => ({
      input: {
        award: award.id,
        amount: { amountMinor, currency: "GBP" },
        paidOn,
        description: "Quarterly payment",
        reference,
      },
    });
    const q1 = (
      await ok<{ spendTransaction: Id }>(SPEND, pay(700_000, "LBL-2024-0001", "2024-01-05"), officer, "spendRecord")
    ).spendTransaction;
    const again = (
      await ok<{ spendTransaction: Id }>(SPEND, pay(700_000, "LBL-2024-0001", "2024-01-05"), officer, "spendRecord")
    ).spendTransaction;
    expect(again.id).toBe(q1.id); // idempotent by reference
    expect(await codes(SPEND, pay(10, "LBL-2024-0001", "2024-01-05"), officer, "spendRecord")).toEqual(["DUPLICATE"]);
    await ok(SPEND, pay(700_000, "LBL-2024-0002", "2024-04-05"), officer, "spendRecord");
    expect(await codes(SPEND, pay(1_500_000, "LBL-2024-0003", "2024-07-05"), officer, "spendRecord")).toEqual([
      "EXCEEDS_AWARD",
    ]);
    const varied = (
      await ok<{ award: { value: { amountMinor: number } } }>(
        VARY,
        {
          input: {
            award: award.id,
            delta: { amountMinor: 100_000, currency: "GBP" },
            reason: "Extra venue hire for the final",
          },
        },
        officer,
        "awardVary",
      )
    ).award;
    expect(varied.value.amountMinor).toBe(2_900_000);
    await ok(SPEND, pay(1_400_000, "LBL-2024-0003", "2024-07-05"), officer, "spendRecord");

    await ok(
      MEASURE,
      { input: { indicator: reoffending.id, value: 34, measuredOn: "2024-07-01", source: "Youth Offending Service" } },
      officer,
      "measurementRecord",
    );
    await ok(
      MEASURE,
      { input: { indicator: eet.id, value: 56, measuredOn: "2024-07-01", source: "Provider quarterly report" } },
      officer,
      "measurementRecord",
    );
    const memberMeasures = await client.run(
      MEASURE,
      { input: { indicator: eet.id, value: 57, measuredOn: "2024-07-02", source: "x" } },
      m1,
    );
    expect(memberMeasures.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    await ok(
      MILESTONE_UPDATE,
      { input: { milestone: milestone.id, status: "MET", completedOn: "2024-06-29" } },
      officer,
      "milestoneUpdate",
    );

    // What everyone sees at the end.
    const view = await client.data<{ round: FinalView }>(
      `query($id: ID!) { round(id: $id) {
        phase pot { amountMinor currency } awarded { amountMinor currency } spent { amountMinor currency }
        scoring { scorers tie pivotalScorers topRanked { title } influence { scorer pivotal }
          bids { bid { title } rank score scorers standardDeviation range } }
        decision { method rule followedRecommendation officerRecommendation { title } summary
          projects { bid { title status } funded rank score explanationText } verify { matches differences } }
        outcomes { title indicators { name direction progress(asOf: "2024-07-01") status(asOf: "2024-07-01") { status progress expected rule } } }
        awards { value { amountMinor } originalValue { amountMinor } spent { amountMinor } provider { name identifierScheme identifier }
          variations { reason delta { amountMinor currency } } transactions { reference amount { amountMinor } } }
        milestones { title status completedOn }
      } }`,
      { id: roundId },
    );
    const round = view.round;
    expect(round.phase).toBe("MONITORING");
    expect(round.pot).toEqual({ amountMinor: 3_200_000, currency: "GBP" });
    expect(round.awarded).toEqual([{ amountMinor: 2_900_000, currency: "GBP" }]);
    expect(round.spent).toEqual([{ amountMinor: 2_800_000, currency: "GBP" }]);

    // Weighted scores: Σ weight × score / 10,000 per member, averaged.
    // Talent show: 4.3, 4.0, 3.8 → 4.0333; mentoring: 3.7, 3.2, 3.2 → 3.3667.
    const scoring = round.scoring;
    expect(scoring.scorers).toBe(3);
    expect(scoring.tie).toBe(false);
    expect(scoring.topRanked).toEqual([{ title: "Talent show organised by local youth" }]);
    expect(scoring.pivotalScorers).toBe(0);
    expect(scoring.influence).toEqual([
      { scorer: "Scorer 1", pivotal: false },
      { scorer: "Scorer 2", pivotal: false },
      { scorer: "Scorer 3", pivotal: false },
    ]);
    const [first, second] = scoring.bids;
    expect(first!.bid.title).toBe("Talent show organised by local youth");
    expect(first!.rank).toBe(1);
    expect(first!.score).toBeCloseTo(12.1 / 3, 10);
    expect(first!.scorers).toBe(3);
    expect(first!.range).toBeCloseTo(0.5, 10);
    expect(first!.standardDeviation).toBeCloseTo(
      Math.sqrt(((4.3 - 12.1 / 3) ** 2 + (4.0 - 12.1 / 3) ** 2 + (3.8 - 12.1 / 3) ** 2) / 3),
      10,
    );
    expect(second!.bid.title).toBe("One-to-one mentoring");
    expect(second!.rank).toBe(2);
    expect(second!.score).toBeCloseTo(10.1 / 3, 10);
    expect(second!.standardDeviation).toBeCloseTo(
      Math.sqrt(((3.7 - 10.1 / 3) ** 2 + 2 * (3.2 - 10.1 / 3) ** 2) / 3),
      10,
    );

    // The panel did not follow the commissioning manager's first choice.
    const decision = round.decision;
    expect(decision.method).toBe("PANEL_SCORING");
    expect(decision.followedRecommendation).toBe(false);
    expect(decision.officerRecommendation).toEqual({ title: "One-to-one mentoring" });
    expect(decision.summary).toBe(
      "The panel's weighted interview scores funded “Talent show organised by local youth”.",
    );
    expect(decision.projects.map((p) => [p.bid.title, p.bid.status, p.funded, p.rank])).toEqual([
      ["Talent show organised by local youth", "FUNDED", true, 1],
      ["One-to-one mentoring", "NOT_FUNDED", false, 2],
    ]);
    expect(decision.projects[1]!.explanationText).toBe(
      "Ranked 2 with a weighted score of 3.37 out of 5; its £30,000 did not fit the £4,000 left.",
    );
    expect(decision.verify).toEqual({ matches: true, differences: [] });

    // Outcomes on 1 July 2024: 49.86 % of the monitoring period elapsed.
    const expected = (182 / 365) * 100;
    const indicators = round.outcomes.flatMap((o) => o.indicators);
    expect(indicators.map((i) => [i.name, i.direction, i.status.status])).toEqual([
      ["Reoffending rate", "LOWER_IS_BETTER", "ON_TRACK"],
      ["In education, training or work", "HIGHER_IS_BETTER", "AT_RISK"],
      ["Young people performing", "HIGHER_IS_BETTER", "NOT_REPORTED"],
    ]);
    expect(indicators[0]!.progress).toBeCloseTo(40, 10); // (40 − 34) / (40 − 25)
    expect(indicators[1]!.progress).toBeCloseTo(30, 10); // (56 − 50) / (70 − 50)
    expect(indicators[2]!.progress).toBeNull();
    expect(indicators[0]!.status.expected).toBeCloseTo(expected, 10);
    expect(indicators[0]!.status.rule).toContain("On track");

    const [awardView] = round.awards;
    expect(awardView).toEqual({
      value: { amountMinor: 2_900_000 },
      originalValue: { amountMinor: 2_800_000 },
      spent: { amountMinor: 2_800_000 },
      provider: { name: "Brixton Youth Talent", identifierScheme: "GB-CHC", identifier: "1100001" },
      variations: [{ reason: "Extra venue hire for the final", delta: { amountMinor: 100_000, currency: "GBP" } }],
      transactions: [
        { reference: "LBL-2024-0001", amount: { amountMinor: 700_000 } },
        { reference: "LBL-2024-0002", amount: { amountMinor: 700_000 } },
        { reference: "LBL-2024-0003", amount: { amountMinor: 1_400_000 } },
      ],
    });
    expect(round.milestones).toEqual([{ title: "Talent show final", status: "met", completedOn: "2024-06-29" }]);

    // Every mutation left an audit entry in its transaction.
    const audit = await db.dataSource.query<{ action: string; n: string | number }[]>(
      `SELECT "action" AS "action", COUNT(*) AS "n" FROM audit_log GROUP BY "action" ORDER BY "action"`,
    );
    const count = Object.fromEntries(audit.map((a) => [a.action, Number(a.n)]));
    expect(count).toMatchObject({
      outcomeCreate: 2,
      indicatorCreate: 3,
      tenderDraft: 1,
      tenderPublish: 1,
      bidSubmit: 3,
      bidShortlist: 2,
      interviewScoreSubmit: 7,
      decisionTake: 1,
      awardCreate: 1,
      awardVary: 1,
      spendRecord: 3,
      measurementRecord: 2,
    });
  });
});
