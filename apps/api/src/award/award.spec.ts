import { describe, expect, it } from "vitest";
import { specClient } from "../test/spec-client.js";
import { errorCodes as codes, type Answer, type WithUserErrors } from "../test/graphql.js";
import { Round } from "../round/round.entity.js";
import { Bid } from "../bid/bid.entity.js";
import { panelRound } from "../decision/panel-round.fixture.js";

type Awarded = Answer<"awardCreate", WithUserErrors & { award: { id: string } | null }>;

const DECIDE = `mutation($input: DecisionTakeInput!) { decisionTake(input: $input) { decision { id } userErrors { code message } } }`;
const AWARD = `mutation($input: AwardCreateInput!) { awardCreate(input: $input) { award { id } userErrors { code message } } }`;
const SPEND = `mutation($input: SpendRecordInput!) { spendRecord(input: $input) { spendTransaction { id } userErrors { code } } }`;
const VARY = `mutation($input: AwardVaryInput!) { awardVary(input: $input) { award { value { amountMinor } } userErrors { code } } }`;

const { db, client } = specClient();

describe("awards and spend", () => {
  it("keeps awards within the pot and spend within the award plus audited variations", async () => {
    // Pot £1,000: X £600 and Y £400 both funded.
    const fx = await panelRound(db.dataSource, {
      phase: "deciding",
      potMinor: 100_000,
      bids: [
        { title: "X", amountMinor: 60_000, scores: [5] },
        { title: "Y", amountMinor: 40_000, scores: [4] },
      ],
    });
    expect(
      codes(
        (await client.data<Answer<"decisionTake">>(DECIDE, { input: { round: fx.roundId } }, fx.officer)).decisionTake,
      ),
    ).toEqual([]);
    const award = async (bid: string, amountMinor: number, currency = "GBP") =>
      (
        await client.data<Awarded>(
          AWARD,
          { input: { bid, value: { amountMinor, currency }, awardedOn: "2024-01-10" } },
          fx.officer,
        )
      ).awardCreate;
    expect(codes(await award(fx.bidIds[0]!, 60_000, "EUR"))).toEqual(["CURRENCY_MISMATCH"]);
    const x = await award(fx.bidIds[0]!, 60_000);
    expect(codes(x)).toEqual([]);
    expect(codes(await award(fx.bidIds[0]!, 1_000))).toEqual(["DUPLICATE"]);
    // Even within Y's own amount, the round's awards may not exceed the pot: make the pot smaller behind the scenes.
    await db.dataSource.getRepository(Round).update(fx.round.key, { potMinor: 90_000 });
    expect(codes(await award(fx.bidIds[1]!, 40_000))).toEqual(["EXCEEDS_POT"]);
    const y = await award(fx.bidIds[1]!, 30_000);
    expect(codes(y)).toEqual([]);

    const awardId = x.award!.id;
    const pay = (amountMinor: number, reference: string) => ({
      input: {
        award: awardId,
        amount: { amountMinor, currency: "GBP" },
        paidOn: "2024-02-01",
        description: "Payment",
        reference,
      },
    });
    expect(
      codes((await client.data<Answer<"spendRecord">>(SPEND, pay(10_000, "R-1"), fx.officer)).spendRecord),
    ).toEqual(["WRONG_PHASE"]);
    await db.dataSource.getRepository(Round).update(fx.round.key, { phase: "monitoring" });
    expect(
      codes((await client.data<Answer<"spendRecord">>(SPEND, pay(50_000, "R-1"), fx.officer)).spendRecord),
    ).toEqual([]);
    expect(
      codes((await client.data<Answer<"spendRecord">>(SPEND, pay(10_001, "R-2"), fx.officer)).spendRecord),
    ).toEqual(["EXCEEDS_AWARD"]);
    expect(
      codes(
        (
          await client.data<Answer<"awardVary">>(
            VARY,
            { input: { award: awardId, delta: { amountMinor: -10_001, currency: "GBP" }, reason: "Cut" } },
            fx.officer,
          )
        ).awardVary,
      ),
    ).toEqual(["EXCEEDS_AWARD"]);
    expect(
      codes(
        (
          await client.data<Answer<"awardVary">>(
            VARY,
            { input: { award: awardId, delta: { amountMinor: 5_000, currency: "EUR" }, reason: "More" } },
            fx.officer,
          )
        ).awardVary,
      ),
    ).toEqual(["CURRENCY_MISMATCH"]);
    const varied = (
      await client.data<Answer<"awardVary", unknown>>(
        VARY,
        { input: { award: awardId, delta: { amountMinor: 5_000, currency: "GBP" }, reason: "More sessions" } },
        fx.officer,
      )
    ).awardVary;
    expect(varied).toEqual({ award: { value: { amountMinor: 65_000 } }, userErrors: [] });
    // Y (£300, nothing spent) cannot be varied down to nothing: an award keeps a value above zero.
    const toNothing = (
      await client.data<Answer<"awardVary", unknown>>(
        VARY,
        { input: { award: y.award!.id, delta: { amountMinor: -30_000, currency: "GBP" }, reason: "Cancel" } },
        fx.officer,
      )
    ).awardVary;
    expect(toNothing).toEqual({ award: null, userErrors: [{ code: "OUT_OF_RANGE" }] });
    expect(
      codes((await client.data<Answer<"spendRecord">>(SPEND, pay(15_000, "R-2"), fx.officer)).spendRecord),
    ).toEqual([]);
    expect(codes((await client.data<Answer<"spendRecord">>(SPEND, pay(1, "R-3"), fx.officer)).spendRecord)).toEqual([
      "EXCEEDS_AWARD",
    ]);
    const other = await panelRound(db.dataSource, {
      phase: "monitoring",
      potMinor: 100_000,
      bids: [{ title: "Z", amountMinor: 1_000, scores: [1] }],
    });
    expect((await client.run(SPEND, pay(1, "R-9"), other.officer)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const totals = await client.data<Answer<"round", unknown>>(
      `query($id: ID!) { round(id: $id) { awarded { amountMinor } spent { amountMinor } } }`,
      { id: fx.roundId },
    );
    expect(totals.round).toEqual({ awarded: [{ amountMinor: 95_000 }], spent: [{ amountMinor: 65_000 }] });
  });

  it("records concurrent payments against one award without overspending", async () => {
    const fx = await panelRound(db.dataSource, {
      phase: "deciding",
      potMinor: 100_000,
      bids: [{ title: "X", amountMinor: 100_000, scores: [5] }],
    });
    expect(
      codes(
        (await client.data<Answer<"decisionTake">>(DECIDE, { input: { round: fx.roundId } }, fx.officer)).decisionTake,
      ),
    ).toEqual([]);
    const created = (
      await client.data<Awarded>(
        AWARD,
        { input: { bid: fx.bidIds[0], value: { amountMinor: 100_000, currency: "GBP" }, awardedOn: "2024-01-10" } },
        fx.officer,
      )
    ).awardCreate;
    await db.dataSource.getRepository(Round).update(fx.round.key, { phase: "monitoring" });
    // 30 payments of £50 against £1,000 at once: exactly 20 fit.
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        client.data<Answer<"spendRecord">>(
          SPEND,
          {
            input: {
              award: created.award!.id,
              amount: { amountMinor: 5_000, currency: "GBP" },
              paidOn: "2024-03-01",
              description: "Instalment",
              reference: `C-${i}`,
            },
          },
          fx.officer,
        ),
      ),
    );
    const outcome = results.map((r) => codes(r.spendRecord).join(",") || "OK");
    expect(outcome.filter((o) => o === "OK")).toHaveLength(20);
    expect(outcome.filter((o) => o === "EXCEEDS_AWARD")).toHaveLength(10);
    const bid = await db.dataSource.getRepository(Bid).findOneByOrFail({ key: fx.bids[0]!.key });
    expect(bid.status).toBe("funded");
  });
});
