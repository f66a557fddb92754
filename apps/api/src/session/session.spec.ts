import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../test/database.js";
import { TestClient } from "../test/graphql.js";
import type { Viewer } from "../auth/actor.js";
import { PanelMember } from "../panel/panel-member.entity.js";
import { Payment } from "../compensation/payment.entity.js";
import { Round } from "../round/round.entity.js";
import { fromGlobalId } from "../graphql/node-id.js";
import { apply, createRecruitingRound, officerOf, selectPanel } from "../panel/recruiting-round.fixture.js";

const SESSION = `mutation($input: SessionCreateInput!) { sessionCreate(input: $input) { session { id date } userErrors { code } } }`;
const ATTEND = `mutation($input: AttendanceRecordInput!) { attendanceRecord(input: $input) { userErrors { code } } }`;
const CONTRIB = `mutation($input: ContributionRecordInput!) { contributionRecord(input: $input) { userErrors { code } } }`;
const TRUST = `mutation($input: TrustResponseRecordInput!) { trustResponseRecord(input: $input) { userErrors { code } } }`;
const RATE = `mutation($input: CompensationRateSetInput!) { compensationRateSet(input: $input) { entries userErrors { code } } }`;
const PAY = `mutation($input: PaymentRecordInput!) { paymentRecord(input: $input) { payment { id amount { formatted } } replayed userErrors { code } } }`;

describe("sessions, voice equity, participation, pay and the audit log through GraphQL", () => {
  let db: TestDatabase;
  let client: TestClient;
  let officer: Viewer & { councilKey: number };
  let round: string;
  let members: PanelMember[];
  let s1: string;
  let s2: string;
  const mid = (i: number) => members[i]!.id;
  beforeAll(async () => {
    db = await openTestDatabase({ seed: true });
    client = await TestClient.create(db.dataSource);
    officer = await officerOf(db.dataSource, "lewisham");
    round = await createRecruitingRound(client, db.dataSource, officer, "sessions-round", "BRX");
    await apply(
      client,
      officer,
      round,
      ["A", "B", "C", "D", "E"].map((p) => ({ pseudonym: p })),
    );
    await selectPanel(client, officer, round, 5, [], "sessions-seed");
    members = await db.dataSource
      .getRepository(PanelMember)
      .find({ where: { roundKey: fromGlobalId(round)!.id }, order: { key: "ASC" } });
    const mk = async (date: string, durationMinutes: number) =>
      (
        await client.data<{ sessionCreate: { session: { id: string } } }>(
          SESSION,
          { input: { round, date, kind: "deliberation", title: `Session ${date}`, durationMinutes } },
          officer,
        )
      ).sessionCreate.session.id;
    s1 = await mk("2025-03-04", 90);
    s2 = await mk("2025-03-18", 50);
  });
  afterAll(async () => {
    await client.stop();
    await db.close();
  });

  it("computes a hand-worked voice-equity example (turns 6, 2, 1, 1 and one silent member)", async () => {
    for (let i = 0; i < 5; i++)
      await client.data(ATTEND, { input: { session: s1, member: mid(i), present: true } }, officer);
    for (const [i, turns] of [
      [0, 6],
      [1, 2],
      [2, 1],
      [3, 1],
    ] as const) {
      const r = await client.data<{ contributionRecord: { userErrors: unknown[] } }>(
        CONTRIB,
        { input: { session: s1, member: mid(i), kind: "SPEAKING_TURNS", amount: turns } },
        officer,
      );
      expect(r.contributionRecord.userErrors).toEqual([]);
    }
    const q = await client.data<{ node: { voiceEquity: Record<string, unknown> } }>(
      `query($id: ID!) { node(id: $id) { ... on PanelSession { voiceEquity { participants totalWeight gini topCount topShare dominant silentParticipants dominantParticipants { pseudonym } } } } }`,
      { id: s1 },
    );
    // sorted 0,1,1,2,6: Σ i·x = 43, n = 5, X = 10 ⇒ G = 2·43/(5·10) − 6/5 = 0.52; top ⌈5/5⌉ = 1 holds 6/10;
    // 0.6 > 2 × 1/5 ⇒ dominance by member A (shown publicly by pseudonym only).
    expect(q.node.voiceEquity).toMatchObject({
      participants: 5,
      totalWeight: 10,
      topCount: 1,
      topShare: 0.6,
      dominant: true,
      silentParticipants: 1,
      dominantParticipants: [{ pseudonym: "Panel member A" }],
    });
    expect(q.node.voiceEquity.gini).toBeCloseTo(0.52, 12);
  });

  it("keeps a hand-worked pay ledger in Brixton Pounds, with idempotent payments", async () => {
    await client.data(ATTEND, { input: { session: s2, member: mid(0), present: true } }, officer);
    await client.data(ATTEND, { input: { session: s2, member: mid(1), present: false } }, officer);
    const rate = await client.data<{ compensationRateSet: { entries: number; userErrors: unknown[] } }>(
      RATE,
      { input: { round, basis: "HOURLY", rateMinor: 1000 } },
      officer,
    );
    expect(rate.compensationRateSet).toEqual({ entries: 6, userErrors: [] });
    const key = "pay-2025-03-20-member-a";
    const input = {
      member: mid(0),
      amountMinor: 1500,
      paidOn: "2025-03-20",
      method: "Brixton Pound pay-by-text",
      idempotencyKey: key,
    };
    const first = await client.data<{
      paymentRecord: { replayed: boolean; payment: { id: string; amount: { formatted: string } } };
    }>(PAY, { input }, officer);
    const second = await client.data<{ paymentRecord: { replayed: boolean; payment: { id: string } } }>(
      PAY,
      { input },
      officer,
    );
    expect(first.paymentRecord).toMatchObject({ replayed: false, payment: { amount: { formatted: "B£15" } } });
    expect(second.paymentRecord).toMatchObject({ replayed: true, payment: { id: first.paymentRecord.payment.id } });
    expect(await db.dataSource.getRepository(Payment).countBy({ idempotencyKey: key })).toBe(1);
    const clash = await client.data<{ paymentRecord: { payment: null; userErrors: { code: string }[] } }>(
      PAY,
      { input: { ...input, amountMinor: 9999 } },
      officer,
    );
    expect(clash.paymentRecord.userErrors).toEqual([{ code: "DUPLICATE" }]);
    const wrongCurrency = await client.data<{ paymentRecord: { userErrors: { code: string }[] } }>(
      PAY,
      { input: { ...input, idempotencyKey: "other-key-123", currency: "GBP" } },
      officer,
    );
    expect(wrongCurrency.paymentRecord.userErrors).toEqual([{ code: "CURRENCY_MISMATCH" }]);

    const LEDGER = `query($id: ID!) { round(id: $id) { compensation { currency owed { amountMinor formatted } paid { amountMinor } outstanding { amountMinor formatted } participants { member { pseudonym } owed { amountMinor } paid { amountMinor } outstanding { amountMinor } } } } }`;
    const ledger = await client.data<{
      round: {
        compensation: {
          owed: { amountMinor: number; formatted: string };
          paid: { amountMinor: number };
          outstanding: { amountMinor: number; formatted: string };
          participants: {
            member: { pseudonym: string };
            owed: { amountMinor: number };
            paid: { amountMinor: number };
            outstanding: { amountMinor: number };
          }[];
        };
      };
    }>(LEDGER, { id: round }, officer);
    // Session 1 (90 min): 5 × 1000 × 90/60 = 5 × 1500. Session 2 (50 min): A only, 1000 × 50/60 = 833.33 → 833.
    // Owed 7500 + 833 = 8333 (B£83.33); paid 1500; outstanding 6833 (B£68.33). A: 2333 owed, 1500 paid.
    expect(ledger.round.compensation).toMatchObject({
      currency: "BRX",
      owed: { amountMinor: 8333, formatted: "B£83.33" },
      paid: { amountMinor: 1500 },
      outstanding: { amountMinor: 6833, formatted: "B£68.33" },
    });
    expect(ledger.round.compensation.participants[0]).toEqual({
      member: { pseudonym: "Panel member A" },
      owed: { amountMinor: 2333 },
      paid: { amountMinor: 1500 },
      outstanding: { amountMinor: 833 },
    });
    const publicLedger = await client.data<{
      round: { compensation: { participants: null; owed: { amountMinor: number } } };
    }>(LEDGER, { id: round });
    expect(publicLedger.round.compensation.participants).toBeNull();
    expect(publicLedger.round.compensation.owed.amountMinor).toBe(8333);
  });

  it("reports retention and paired trust change", async () => {
    const panelViewer: Viewer = { kind: "panel_member", memberKey: members[0]!.key, roundKey: members[0]!.roundKey };
    expect(
      (
        await client.data<{ trustResponseRecord: { userErrors: unknown[] } }>(
          TRUST,
          { input: { session: s1, score: 2 } },
          panelViewer,
        )
      ).trustResponseRecord.userErrors,
    ).toEqual([]);
    await client.data(TRUST, { input: { session: s2, score: 4 } }, panelViewer);
    await client.data(TRUST, { input: { session: s1, member: mid(1), score: 3 } }, officer); // B answered only at the first
    const other = await client.run(TRUST, { input: { session: s1, member: mid(1), score: 5 } }, panelViewer);
    expect(other.errors?.[0]?.extensions?.code).toBe("FORBIDDEN"); // a member answers only for themselves
    type Q = {
      round: {
        participation: {
          panelSize: number;
          attendanceRate: number | null;
          retentionAtLast: number | null;
          sessions: { presentCount: { display: string } }[];
        };
        trustChange: {
          pairedRespondents: number | null;
          respondents: { display: string };
          meanFirst: number | null;
          meanLast: number | null;
          change: number | null;
        };
      };
    };
    const query = `query($id: ID!) { round(id: $id) { participation { panelSize attendanceRate retentionAtLast sessions { presentCount { display } } } trustChange { pairedRespondents respondents { display } meanFirst meanLast change } } }`;
    // The council's officers see the exact figures.
    const q = await client.data<Q>(query, { id: round }, officer);
    expect(q.round.participation).toMatchObject({ panelSize: 5, attendanceRate: 0.6, retentionAtLast: 0.2 });
    expect(q.round.trustChange).toEqual({
      pairedRespondents: 1,
      respondents: { display: "1" },
      meanFirst: 2,
      meanLast: 4,
      change: 2,
    });
    // The public sees what suppression allows: a session with 1 of 5 present is "<5", and so every
    // figure that would reveal it (the round's rate, the retention at it); one paired respondent
    // is "<5" and their answers are not shown as means.
    const pub = await client.data<Q>(query, { id: round });
    expect(pub.round.participation.sessions.map((x) => x.presentCount.display)).toEqual(["5", "<5"]);
    expect(pub.round.participation).toMatchObject({ panelSize: 5, attendanceRate: null, retentionAtLast: null });
    expect(pub.round.trustChange).toEqual({
      pairedRespondents: null,
      respondents: { display: "<5" },
      meanFirst: null,
      meanLast: null,
      change: null,
    });
  });

  it("flags the dominant participant in the Lambeth reference round", async () => {
    const lambeth = await db.dataSource
      .getRepository(Round)
      .findOneByOrFail({ slug: "lambeth-2023-young-offenders-service" });
    const q = await client.data<{
      round: {
        voiceEquity: {
          pooled: { dominant: boolean; dominantParticipants: { pseudonym: string }[]; gini: number };
          sessionsWithDominance: number;
        };
      };
    }>(
      `query($id: ID!) { round(id: $id) { voiceEquity { pooled { dominant gini dominantParticipants { pseudonym } } sessionsWithDominance } } }`,
      { id: lambeth.id },
    );
    expect(q.round.voiceEquity.pooled.dominant).toBe(true);
    expect(q.round.voiceEquity.pooled.dominantParticipants).toEqual([{ pseudonym: "Panel member A" }]);
    expect(q.round.voiceEquity.sessionsWithDominance).toBeGreaterThan(0);
  });

  it("writes one audit entry per mutation, readable only by the council's officers", async () => {
    const AUDIT = `query($id: ID!) { auditLog(round: $id, first: 100) { totalCount nodes { action actor } } }`;
    const log = await client.data<{ auditLog: { totalCount: number; nodes: { action: string; actor: string }[] } }>(
      AUDIT,
      { id: round },
      officer,
    );
    const count = (action: string) => log.auditLog.nodes.filter((n) => n.action === action).length;
    expect(count("roundCreate")).toBe(1);
    expect(count("roundAdvancePhase")).toBe(1);
    expect(count("applicantApply")).toBe(5);
    expect(count("panelQuotasSet")).toBe(1);
    expect(count("panelDrawCommit")).toBe(1);
    expect(count("panelSelect")).toBe(1);
    expect(count("sessionCreate")).toBe(2);
    expect(count("attendanceRecord")).toBe(7);
    expect(count("contributionRecord")).toBe(4);
    expect(count("compensationRateSet")).toBe(1);
    expect(count("paymentRecord")).toBe(2); // the payment and its idempotent replay
    expect(count("trustResponseRecord")).toBe(3);
    expect(log.auditLog.nodes.some((n) => n.actor === `member:${members[0]!.key}`)).toBe(true);
    const foreign = await officerOf(db.dataSource, "southwark");
    expect((await client.run(AUDIT, { id: round }, foreign)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await client.run(AUDIT, { id: round })).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const councilLog = await client.data<{ auditLog: { totalCount: number } }>(
      `query($c: ID!) { auditLog(council: $c, first: 5) { totalCount } }`,
      { c: `${Buffer.from(`Council:${officer.councilKey}`).toString("base64url")}` },
      officer,
    );
    expect(councilLog.auditLog.totalCount).toBe(log.auditLog.totalCount);
  });
});
