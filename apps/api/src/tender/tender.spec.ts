import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../test/database.js";
import { TestClient, errorCodes as codes, type Answer, type WithUserErrors } from "../test/graphql.js";
import type { Viewer } from "../auth/actor.js";
import { toGlobalId } from "../graphql/node-id.js";
import { Council } from "../council/council.entity.js";
import { Round } from "../round/round.entity.js";
import { Outcome } from "../outcome/outcome.entity.js";

type Drafted = Answer<"tenderDraft", WithUserErrors & { tender: { id: string; criteria: { name: string }[] } | null }>;

const DRAFT = `mutation($input: TenderDraftInput!) { tenderDraft(input: $input) { tender { id criteria { name } } userErrors { code field } } }`;
const PUBLISH = `mutation($input: TenderPublishInput!) { tenderPublish(input: $input) { tender { status } userErrors { code } } }`;
const UPDATE = `mutation($input: OutcomeUpdateInput!) { outcomeUpdate(input: $input) { outcome { title } userErrors { code } } }`;

let db: TestDatabase;
let client: TestClient;
let officer: Viewer;
let councilKey: number;

beforeAll(async () => {
  db = await openTestDatabase();
  client = await TestClient.create(db.dataSource);
  councilKey = (
    await db.dataSource
      .getRepository(Council)
      .save(Object.assign(new Council(), { slug: "t", name: "T", onsCode: null, region: null, orgIdentifier: null }))
  ).key;
  officer = { kind: "officer", userKey: 3, councilKey };
});

afterAll(async () => {
  await client?.stop();
  await db?.close();
});

async function round(phase: string) {
  const r = await db.dataSource.getRepository(Round).save(
    Object.assign(new Round(), {
      slug: `t-${Math.random().toString(36).slice(2, 10)}`,
      councilKey,
      areaKey: null,
      title: "T",
      description: "",
      kind: "commissioning",
      phase,
      theme: "youth",
      targetGroup: null,
      potMinor: 500_000,
      currency: "GBP",
      compensationCurrency: null,
      ballotType: null,
      decisionMethod: "panel_scoring",
      allocationRule: null,
      allocationParams: null,
      year: 2024,
      opensOn: null,
      closesOn: null,
      panelSize: null,
      lotterySeed: null,
      ballotsChangeable: false,
      dataSource: null,
    }),
  );
  const o = await db.dataSource
    .getRepository(Outcome)
    .save(Object.assign(new Outcome(), { roundKey: r.key, title: "O", description: "", status: "draft", position: 0 }));
  return { r, roundId: toGlobalId("Round", r.key), outcomeId: toGlobalId("Outcome", o.key) };
}

const input = (roundId: string, outcomeId: string, over: Record<string, unknown> = {}) => ({
  input: {
    round: roundId,
    title: "Spec",
    specification: "…",
    outcomes: [outcomeId],
    criteria: [
      { name: "A", weightBasisPoints: 6000 },
      { name: "B", weightBasisPoints: 4000 },
    ],
    budgetCeiling: { amountMinor: 500_000, currency: "GBP" },
    ...over,
  },
});

describe("tenderDraft and tenderPublish", () => {
  it("checks phase, currency, weights and linked outcomes, then freezes the tender on publishing", async () => {
    const early = await round("defining_outcomes");
    expect(
      codes((await client.data<Drafted>(DRAFT, input(early.roundId, early.outcomeId), officer)).tenderDraft),
    ).toEqual(["WRONG_PHASE"]);
    const { r, roundId, outcomeId } = await round("tendering");
    const other = await round("tendering");
    expect(
      codes(
        (
          await client.data<Drafted>(
            DRAFT,
            input(roundId, outcomeId, { budgetCeiling: { amountMinor: 1, currency: "EUR" } }),
            officer,
          )
        ).tenderDraft,
      ),
    ).toEqual(["CURRENCY_MISMATCH"]);
    expect(codes((await client.data<Drafted>(DRAFT, input(roundId, other.outcomeId), officer)).tenderDraft)).toEqual([
      "NOT_FOUND",
    ]);
    expect(
      codes(
        (
          await client.data<Drafted>(
            DRAFT,
            input(roundId, outcomeId, {
              criteria: [
                { name: "A", weightBasisPoints: 5000 },
                { name: "a", weightBasisPoints: 5000 },
              ],
            }),
            officer,
          )
        ).tenderDraft,
      ),
    ).toEqual(["DUPLICATE"]);
    const first = (await client.data<Drafted>(DRAFT, input(roundId, outcomeId), officer)).tenderDraft;
    expect(codes(first)).toEqual([]);
    const tender = first.tender!.id;
    // Redrafting replaces the criteria.
    const second = (
      await client.data<Drafted>(
        DRAFT,
        input(roundId, outcomeId, { criteria: [{ name: "Only", weightBasisPoints: 10_000 }] }),
        officer,
      )
    ).tenderDraft;
    expect(second.tender).toEqual({ id: tender, criteria: [{ name: "Only" }] });
    expect(
      codes(
        (
          await client.data<Answer<"outcomeUpdate">>(
            UPDATE,
            { input: { outcome: outcomeId, title: "Changed" } },
            officer,
          )
        ).outcomeUpdate,
      ),
    ).toEqual(["FROZEN"]);
    expect(
      (await client.run(PUBLISH, { input: { tender } }, { kind: "panel_member", memberKey: 1, roundKey: r.key }))
        .errors?.[0]?.extensions?.code,
    ).toBe("FORBIDDEN");
    expect((await client.data<Answer<"tenderPublish">>(PUBLISH, { input: { tender } }, officer)).tenderPublish).toEqual(
      {
        tender: { status: "published" },
        userErrors: [],
      },
    );
    expect((await db.dataSource.getRepository(Round).findOneByOrFail({ key: r.key })).phase).toBe("bidding");
    expect(
      codes((await client.data<Answer<"tenderPublish">>(PUBLISH, { input: { tender } }, officer)).tenderPublish),
    ).toEqual(["FROZEN"]);
    expect(codes((await client.data<Drafted>(DRAFT, input(roundId, outcomeId), officer)).tenderDraft)).toEqual([
      "FROZEN",
    ]);
  });

  it("documents the indicator status rule in the schema", async () => {
    const result = await client.data<{ __type: { description: string; enumValues: { name: string }[] } }>(
      `{ __type(name: "IndicatorStatus") { description enumValues { name } } }`,
    );
    expect(result.__type.description).toContain("On track: target met, or progress at least expected − 10 points");
    expect(result.__type.enumValues.map((v) => v.name)).toEqual(["ON_TRACK", "AT_RISK", "OFF_TRACK", "NOT_REPORTED"]);
  });
});
