import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, testDatabaseKind, type TestDatabase } from "../test/database.js";
import { TestClient, type Answer, type WithUserErrors } from "../test/graphql.js";
import type { Viewer } from "../auth/actor.js";
import { Council } from "../council/council.entity.js";
import { UserAccount } from "../auth/user.entity.js";
import { AuditLogEntry } from "../audit/audit-log.entity.js";
import { PanelMember } from "../panel/panel-member.entity.js";
import { fromGlobalId, toGlobalId } from "../graphql/node-id.js";

/**
 * Phase requirements through GraphQL: a round cannot leave a phase before its work is done
 * (REQUIREMENTS_UNMET, one userError per unmet requirement, the same messages as
 * Round.nextPhaseRequirements), and an officer can step a round back with a reason, audited.
 */
interface Moved {
  round: { phase: string } | null;
  userErrors: { code: string; field: string[] | null; message: string }[];
}
interface Requirements {
  phase: string;
  nextPhase: string | null;
  previousPhase: string | null;
  nextPhaseRequirements: { code: string; met: boolean; message: string }[];
  stages: { phase: string; status: string }[];
}
/** A payload's entity, by the name the mutation gives it, with the id the walk goes on with. */
type Made<Name extends string, Extra = unknown> = { [K in Name]: { id: string } & Extra };

const ADVANCE = `mutation($input: RoundAdvancePhaseInput!) { roundAdvancePhase(input: $input) { round { phase } userErrors { code field message } } }`;
const STEP_BACK = `mutation($input: RoundStepBackInput!) { roundStepBack(input: $input) { round { phase } userErrors { code field message } } }`;
const REQUIREMENTS = `query($id: ID!) { round(id: $id) { phase nextPhase previousPhase nextPhaseRequirements { code met message } stages { phase status } } }`;

describe(`phase requirements and step back (${testDatabaseKind()})`, () => {
  const statements: string[] = [];
  let counting = false;
  let db: TestDatabase;
  let client: TestClient;
  let officer: Viewer;
  let foreignOfficer: Viewer;

  beforeAll(async () => {
    db = await openTestDatabase({
      seed: true,
      dataSourceOptions: { logger: { logQuery: (q) => void (counting && statements.push(q)) } },
    });
    client = await TestClient.create(db.dataSource);
    const officerOf = async (slug: string): Promise<Viewer> => {
      const council = await db.dataSource.getRepository(Council).findOneByOrFail({ slug });
      const user = await db.dataSource.getRepository(UserAccount).findOneByOrFail({ councilKey: council.key });
      return { kind: "officer", userKey: user.key, councilKey: council.key };
    };
    officer = await officerOf("hackney");
    foreignOfficer = await officerOf("southwark");
  });
  afterAll(async () => {
    await client?.stop();
    await db?.close();
  });

  async function ok<P = unknown>(
    query: string,
    input: Record<string, unknown>,
    field: string,
    viewer = officer,
  ): Promise<P & WithUserErrors> {
    const data = await client.data<Record<string, P & WithUserErrors>>(query, { input }, viewer);
    const payload = data[field]!;
    expect(payload.userErrors, field).toEqual([]);
    return payload;
  }
  const advance = (round: string, to: string) =>
    client
      .data<Answer<"roundAdvancePhase", Moved>>(ADVANCE, { input: { round, to } }, officer)
      .then((d) => d.roundAdvancePhase);
  const requirements = (id: string) =>
    client.data<Answer<"round", Requirements>>(REQUIREMENTS, { id }).then((d) => d.round);
  const refusal = (messages: string[]) => ({
    round: null,
    userErrors: messages.map((message) => ({ code: "REQUIREMENTS_UNMET", field: ["input", "to"], message })),
  });

  it("refuses to leave each phase until its requirements are met, and says which", async () => {
    const created = await ok<Made<"round">>(
      `mutation($input: RoundCreateInput!) { roundCreate(input: $input) { round { id } userErrors { code field message } } }`,
      { title: "Requirements walk", theme: "youth", potMinor: 3_200_000, currency: "GBP", year: 2025, panelSize: 2 },
      "roundCreate",
    );
    const round = created.round.id;
    const roundKey = fromGlobalId(round)!.id;

    // Draft has no requirements.
    expect((await requirements(round)).nextPhaseRequirements).toEqual([]);
    expect(await advance(round, "RECRUITING")).toEqual({ round: { phase: "RECRUITING" }, userErrors: [] });

    // Recruiting: the panel drawn, 2 members confirmed.
    expect(await requirements(round)).toMatchObject({
      phase: "RECRUITING",
      nextPhase: "DEFINING_OUTCOMES",
      previousPhase: "DRAFT",
      nextPhaseRequirements: [
        { code: "PANEL_DRAWN", met: false, message: "Draw the panel from the applicants." },
        { code: "PANEL_CONFIRMED", met: false, message: "At least 2 members confirmed on the panel (0 so far)." },
      ],
    });
    expect(await advance(round, "DEFINING_OUTCOMES")).toEqual(
      refusal(["Draw the panel from the applicants.", "At least 2 members confirmed on the panel (0 so far)."]),
    );
    // (the draw is the lottery's feature: members are inserted here; a withdrawn one does not count)
    const members = await db.dataSource
      .getRepository(PanelMember)
      .save(
        ["Panel member A", "Panel member B", "Panel member C"].map((pseudonym, i) =>
          Object.assign(new PanelMember(), { roundKey, pseudonym, role: "member", active: i < 2 }),
        ),
      );
    const [a, b] = members.map((m) => toGlobalId("PanelMember", m.key)) as [string, string];
    // Counting statements: the facts cost a constant handful however much the round holds.
    statements.length = 0;
    counting = true;
    const recruiting = await requirements(round);
    counting = false;
    expect(statements.length).toBeLessThanOrEqual(5); // the round, then the facts' three statements
    expect(recruiting.nextPhaseRequirements.map((r) => r.met)).toEqual([true, true]);
    expect(await advance(round, "DEFINING_OUTCOMES")).toEqual({
      round: { phase: "DEFINING_OUTCOMES" },
      userErrors: [],
    });

    // Defining outcomes: an outcome with an indicator that has a due date.
    const missing = "At least one outcome needs an indicator with a unit, baseline, target and due date.";
    expect(await advance(round, "TENDERING")).toEqual(refusal([missing]));
    const outcome = (
      await ok<Made<"outcome">>(
        `mutation($input: OutcomeCreateInput!) { outcomeCreate(input: $input) { outcome { id } userErrors { code field message } } }`,
        { round, title: "Young people feel safer" },
        "outcomeCreate",
      )
    ).outcome.id;
    const INDICATOR = `mutation($input: IndicatorCreateInput!) { indicatorCreate(input: $input) { indicator { id } userErrors { code field message } } }`;
    const indicator = { outcome, unit: "%", baseline: 40, target: 60, direction: "HIGHER_IS_BETTER" };
    expect(await advance(round, "TENDERING")).toEqual(refusal([missing])); // an outcome alone is not enough
    const indicatorId = (
      await ok<Made<"indicator">>(
        INDICATOR,
        { ...indicator, name: "Feel safe", startsOn: "2026-01-01", dueOn: "2026-12-31" },
        "indicatorCreate",
      )
    ).indicator.id;
    expect(await advance(round, "TENDERING")).toEqual({ round: { phase: "TENDERING" }, userErrors: [] });

    // Tendering: nothing drafted yet.
    expect(await advance(round, "BIDDING")).toEqual(
      refusal([
        "Draft the tender and publish it.",
        "The tender needs award criteria whose weights add up to 100%.",
        "The tender needs a budget ceiling within the pot.",
      ]),
    );
    const tender = (
      await ok<Made<"tender", { criteria: { id: string }[] }>>(
        `mutation($input: TenderDraftInput!) { tenderDraft(input: $input) { tender { id criteria { id } } userErrors { code field message } } }`,
        {
          round,
          title: "Safer streets",
          specification: "As the panel wrote it.",
          outcomes: [outcome],
          criteria: [
            { name: "Young people at the heart", weightBasisPoints: 6000 },
            { name: "Value for money", weightBasisPoints: 4000 },
          ],
          budgetCeiling: { amountMinor: 3_000_000, currency: "GBP" },
        },
        "tenderDraft",
      )
    ).tender;
    expect(await advance(round, "BIDDING")).toEqual(refusal(["Publish the tender."]));
    // publishing moves the round to bidding itself
    await ok(
      `mutation($input: TenderPublishInput!) { tenderPublish(input: $input) { tender { id } userErrors { code field message } } }`,
      { tender: tender.id },
      "tenderPublish",
    );

    // Bidding: at least one bid.
    expect(await advance(round, "SHORTLISTING")).toEqual(refusal(["At least one bid must be received."]));
    const provider = (
      await ok<Made<"provider">>(
        `mutation($input: ProviderCreateInput!) { providerCreate(input: $input) { provider { id } userErrors { code field message } } }`,
        { name: "Requirements Youth CIC", kind: "COMPANY", identifierScheme: "GB-COH", identifier: "09999999" },
        "providerCreate",
      )
    ).provider.id;
    const bid = (
      await ok<Made<"bid">>(
        `mutation($input: BidSubmitInput!) { bidSubmit(input: $input) { bid { id } userErrors { code field message } } }`,
        { round, provider, title: "Street mentors", amountRequested: { amountMinor: 2_500_000, currency: "GBP" } },
        "bidSubmit",
      )
    ).bid.id;
    expect(await advance(round, "SHORTLISTING")).toEqual({ round: { phase: "SHORTLISTING" }, userErrors: [] });

    // Shortlisting: at least one shortlisted bid.
    expect(await advance(round, "INTERVIEWING")).toEqual(refusal(["Shortlist at least one bid."]));
    await ok(
      `mutation($input: BidShortlistInput!) { bidShortlist(input: $input) { bid { id } userErrors { code field message } } }`,
      { bid, reason: "Strong local roots." },
      "bidShortlist",
    );
    expect(await advance(round, "INTERVIEWING")).toEqual({ round: { phase: "INTERVIEWING" }, userErrors: [] });

    // Interviewing: 2 confirmed members → quorum 2 (a majority); one sheet is not enough.
    const [c1, c2] = tender.criteria.map((c) => c.id) as [string, string];
    const SCORE = `mutation($input: InterviewScoreSubmitInput!) { interviewScoreSubmit(input: $input) { bid { id } userErrors { code field message } } }`;
    const sheet = (panelMember: string) => ({
      bid,
      panelMember,
      scores: [
        { criterion: c1, score: 4 },
        { criterion: c2, score: 3 },
      ],
    });
    const quorum = (n: number) =>
      `Every shortlisted bid scored on every criterion by at least 2 members (a majority of the 2 confirmed members): ${n} of 1 so far.`;
    expect(await advance(round, "DECIDING")).toEqual(refusal([quorum(0)]));
    await ok(SCORE, sheet(a), "interviewScoreSubmit");
    expect(await advance(round, "DECIDING")).toEqual(refusal([quorum(0)]));
    await ok(SCORE, sheet(b), "interviewScoreSubmit");
    expect((await requirements(round)).nextPhaseRequirements).toEqual([
      { code: "SHORTLIST_SCORED_BY_QUORUM", met: true, message: quorum(1) },
    ]);
    expect(await advance(round, "DECIDING")).toEqual({ round: { phase: "DECIDING" }, userErrors: [] });

    // Deciding: the decision taken. Awarded: an award for the funded bid.
    expect(await advance(round, "AWARDED")).toEqual(refusal(["Take the decision."]));
    await ok(
      `mutation($input: DecisionTakeInput!) { decisionTake(input: $input) { decision { id } userErrors { code field message } } }`,
      { round },
      "decisionTake",
    );
    expect(await advance(round, "AWARDED")).toEqual({ round: { phase: "AWARDED" }, userErrors: [] });
    expect(await advance(round, "MONITORING")).toEqual(refusal(["An award for each funded bid (0 of 1 so far)."]));
    await ok(
      `mutation($input: AwardCreateInput!) { awardCreate(input: $input) { award { id } userErrors { code field message } } }`,
      { bid, value: { amountMinor: 2_500_000, currency: "GBP" }, awardedOn: "2025-12-01" },
      "awardCreate",
    );
    expect(await advance(round, "MONITORING")).toEqual({ round: { phase: "MONITORING" }, userErrors: [] });
    // Monitoring: the round closes once its indicator has been measured (no milestones were planned).
    expect(await advance(round, "CLOSED")).toEqual(
      refusal(["A measurement of each outcome indicator (0 of 1 so far)."]),
    );
    await ok(
      `mutation($input: MeasurementRecordInput!) { measurementRecord(input: $input) { measurement { id } userErrors { code field message } } }`,
      { indicator: indicatorId, value: 55, measuredOn: "2026-06-30", source: "Provider quarterly report" },
      "measurementRecord",
    );
    expect(await advance(round, "CLOSED")).toEqual({ round: { phase: "CLOSED" }, userErrors: [] });

    // Every stage happened, so every stage is done.
    const closed = await requirements(round);
    expect(closed.stages.map((s) => s.status)).toEqual(Array<string>(11).fill("DONE"));
    expect(closed).toMatchObject({ nextPhase: null, previousPhase: null, nextPhaseRequirements: [] });
    // A closed round does not step back.
    expect(
      (await client.data<Answer<"roundStepBack", Moved>>(STEP_BACK, { input: { round, reason: "Oops" } }, officer))
        .roundStepBack,
    ).toEqual({
      round: null,
      userErrors: [{ code: "FROZEN", field: ["input", "round"], message: "A closed round cannot step back." }],
    });
  });

  it("steps a round back one phase with a reason, audited; nothing is deleted", async () => {
    const council = await db.dataSource.getRepository(Council).findOneByOrFail({ slug: "hackney" });
    const [bidding] = await db.dataSource.query<{ key: number | string }[]>(
      `SELECT "key" FROM "round" WHERE "councilKey" = ${council.key} AND "phase" = 'bidding' ORDER BY "key" LIMIT 1`,
    );
    const round = toGlobalId("Round", Number(bidding!.key));
    const before = await client.data<Answer<"round", { bids: unknown[] }>>(
      `query($id: ID!) { round(id: $id) { outcomes { title } bids { title } tender { status } } }`,
      { id: round },
    );
    const step = (reason: string, viewer = officer) =>
      client
        .data<Answer<"roundStepBack", Moved>>(STEP_BACK, { input: { round, reason } }, viewer)
        .then((d) => d.roundStepBack);

    expect(await step("   ")).toEqual({
      round: null,
      userErrors: [{ code: "REQUIRED", field: ["input", "reason"], message: "Say why the round is stepping back." }],
    });
    const foreign = await client.run(STEP_BACK, { input: { round, reason: "Not mine" } }, foreignOfficer);
    expect(foreign.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const anonymous = await client.run(STEP_BACK, { input: { round, reason: "Nobody" } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");

    expect(await step("Advanced by mistake: the panel has not finished the outcomes.")).toEqual({
      round: { phase: "TENDERING" },
      userErrors: [],
    });
    expect(before.round.bids.length).toBeGreaterThan(0);
    const after = await client.data<Answer<"round", unknown>>(
      `query($id: ID!) { round(id: $id) { outcomes { title } bids { title } tender { status } } }`,
      { id: round },
    );
    expect(after).toEqual(before);
    const audit = await db.dataSource
      .getRepository(AuditLogEntry)
      .findBy({ action: "roundStepBack", roundKey: Number(bidding!.key) });
    expect(audit.map((e) => [e.actor, e.before, e.after])).toEqual([
      [
        `user:${officer.userKey}`,
        { phase: "bidding" },
        { phase: "tendering", reason: "Advanced by mistake: the panel has not finished the outcomes." },
      ],
    ]);
  });

  it("cannot step back from the first phase", async () => {
    const created = await ok<Made<"round">>(
      `mutation($input: RoundCreateInput!) { roundCreate(input: $input) { round { id } userErrors { code field message } } }`,
      { title: "Still a draft", theme: "youth", potMinor: 100_000, currency: "GBP", year: 2025 },
      "roundCreate",
    );
    expect(
      (
        await client.data<Answer<"roundStepBack", Moved>>(
          STEP_BACK,
          { input: { round: created.round.id, reason: "Why not" } },
          officer,
        )
      ).roundStepBack,
    ).toEqual({
      round: null,
      userErrors: [
        {
          code: "TRANSITION_NOT_ALLOWED",
          field: ["input", "round"],
          message: "A round in phase DRAFT (Draft) has no earlier phase.",
        },
      ],
    });
  });
});
