import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../test/database.js";
import { TestClient } from "../test/graphql.js";
import type { Viewer } from "../auth/actor.js";
import { PanelMember } from "../panel/panel-member.entity.js";
import { fromGlobalId } from "../graphql/node-id.js";
import { apply, createRecruitingRound, officerOf, selectPanel } from "../panel/recruiting-round.fixture.js";

const SESSION = `mutation($input: SessionCreateInput!) { sessionCreate(input: $input) { session { id } userErrors { code } } }`;
const ATTEND = `mutation($input: AttendanceRecordInput!) { attendanceRecord(input: $input) { userErrors { code } } }`;
const RATE = `mutation($input: CompensationRateSetInput!) { compensationRateSet(input: $input) { entries userErrors { code } } }`;
const PAY = `mutation($input: PaymentRecordInput!) { paymentRecord(input: $input) { payment { amount { currency formatted } } userErrors { code } } }`;
const LEDGER = `query($id: ID!) { round(id: $id) { compensationCurrency compensation { currency owed { amountMinor currency } outstanding { amountMinor } } } }`;

interface Ledger {
  round: {
    compensationCurrency: string | null;
    compensation: {
      currency: string | null;
      owed: { amountMinor: number; currency: string } | null;
      outstanding: { amountMinor: number } | null;
    };
  };
}

// "Same as the pot" on the round form sends no compensation currency: the panel is then paid in the pot's.
describe("a round with no compensation currency pays its panel in the pot's currency", () => {
  let db: TestDatabase;
  let client: TestClient;
  let officer: Viewer & { councilKey: number };
  let round: string;
  let member: string;
  let session: string;
  beforeAll(async () => {
    db = await openTestDatabase({ seed: true });
    client = await TestClient.create(db.dataSource);
    officer = await officerOf(db.dataSource, "lewisham");
    // the fixture's pot is in GBP
    round = await createRecruitingRound(client, db.dataSource, officer, "same-as-pot-round", null);
    await apply(
      client,
      officer,
      round,
      ["A", "B", "C", "D", "E"].map((p) => ({ pseudonym: p })),
    );
    await selectPanel(client, officer, round, 5, [], "same-as-pot-seed");
    const first = await db.dataSource
      .getRepository(PanelMember)
      .findOneOrFail({ where: { roundKey: fromGlobalId(round)!.id }, order: { key: "ASC" } });
    member = first.id;
    const created = await client.data<{ sessionCreate: { session: { id: string }; userErrors: unknown[] } }>(
      SESSION,
      { input: { round, date: "2025-05-06", kind: "deliberation", title: "First session", durationMinutes: 120 } },
      officer,
    );
    session = created.sessionCreate.session.id;
  });
  afterAll(async () => {
    await client.stop();
    await db.close();
  });

  it("sets the rate, records a payment and keeps the ledger in GBP", async () => {
    const attended = await client.data<{ attendanceRecord: { userErrors: unknown[] } }>(
      ATTEND,
      { input: { session, member, present: true } },
      officer,
    );
    expect(attended.attendanceRecord.userErrors).toEqual([]);
    const rate = await client.data<{ compensationRateSet: { entries: number; userErrors: unknown[] } }>(
      RATE,
      { input: { round, basis: "HOURLY", rateMinor: 1500 } },
      officer,
    );
    // one member present for 120 minutes at £15.00 an hour
    expect(rate.compensationRateSet).toEqual({ entries: 1, userErrors: [] });
    const paid = await client.data<{
      paymentRecord: { payment: { amount: { currency: string; formatted: string } } | null; userErrors: unknown[] };
    }>(
      PAY,
      {
        input: {
          member,
          amountMinor: 1000,
          paidOn: "2025-05-07",
          method: "bank transfer",
          idempotencyKey: "same-as-pot-1",
        },
      },
      officer,
    );
    expect(paid.paymentRecord).toEqual({
      payment: { amount: { currency: "GBP", formatted: "£10" } },
      userErrors: [],
    });
    const ledger = await client.data<Ledger>(LEDGER, { id: round }, officer);
    expect(ledger.round).toEqual({
      compensationCurrency: null,
      compensation: {
        currency: "GBP",
        owed: { amountMinor: 3000, currency: "GBP" },
        outstanding: { amountMinor: 2000 },
      },
    });
  });
});
