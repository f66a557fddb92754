import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../test/database.js";
import { TestClient } from "../test/graphql.js";
import type { Viewer } from "../auth/actor.js";
import { Council } from "../council/council.entity.js";
import type { Round } from "../round/round.entity.js";
import { issueVoterTokens, pbRound } from "../ballot/pb-round.fixture.js";

interface Decided {
  decisionTake: {
    decision: { projects: { bid: { externalId: string }; funded: boolean; reasonFacts: { decisive: unknown } }[] };
    userErrors: { code: string; message: string }[];
  };
}

process.env.VOTER_TOKEN_SECRET ??= "test-secret-for-voter-tokens-0123456789";

const CAST = `mutation($input: BallotCastInput!) { ballotCast(input: $input) { userErrors { code message } } }`;
const DECIDE = `mutation($input: DecisionTakeInput!) { decisionTake(input: $input) { decision { projects { bid { externalId } funded reasonFacts } } userErrors { code message } } }`;
const RULES = `query($id: ID!) { node(id: $id) { ... on Round { ballotRules { type minLength maxLength maxSumCost { amountMinor currency } maxSumPoints maxPointsPerProject shuffle changeable } } } }`;

let db: TestDatabase;
let client: TestClient;
let officer: Viewer;
let councilKey: number;

beforeAll(async () => {
  db = await openTestDatabase();
  client = await TestClient.create(db.dataSource);
  const council = await db.dataSource.getRepository(Council).save(
    Object.assign(new Council(), {
      slug: "reason-town",
      name: "Reason Town",
      onsCode: null,
      region: null,
      orgIdentifier: null,
    }),
  );
  councilKey = council.key;
  officer = { kind: "officer", userKey: 7, councilKey };
});

afterAll(async () => {
  await client?.stop();
  await db?.close();
});

const makeRound = (overrides: Partial<Round>, projects: { id: string; cost: number }[]) =>
  pbRound(db.dataSource, { councilKey, overrides, projects });

async function vote(roundId: string, bidId: Record<string, string>, ballots: string[][]) {
  const tokens = await issueVoterTokens(client, roundId, officer, ballots.length);
  for (const [i, b] of ballots.entries()) {
    const r = await client.data<{ ballotCast: { userErrors: unknown[] } }>(CAST, {
      input: { round: roundId, voterToken: tokens[i], choices: b.map((id) => ({ bid: bidId[id] })) },
    });
    expect(r.ballotCast.userErrors).toEqual([]);
  }
}

describe("reasonFacts on a decided PB round", () => {
  it("greedy: rank by votes, money left when reached and the shortfall, in minor units (£39 needed, £9.14 left)", async () => {
    // Pot £100.00 (minor units, as amounts are not whole pounds): A £90.86 (3 votes) funded, leaving £9.14;
    // B £39.00 (2 votes) does not fit: £29.86 short.
    const { roundId, bidId } = await makeRound({}, [
      { id: "A", cost: 9_086 },
      { id: "B", cost: 3_900 },
    ]);
    await vote(roundId, bidId, [["A", "B"], ["A", "B"], ["A"]]);
    const decided = (await client.data<Decided>(DECIDE, { input: { round: roundId } }, officer)).decisionTake;
    expect(decided.userErrors).toEqual([]);
    const by = new Map(decided.decision.projects.map((p) => [p.bid.externalId, p]));
    expect(by.get("A")!.reasonFacts.decisive).toMatchObject({ kind: "greedy", funded: true, rank: 1 });
    expect(by.get("B")!.reasonFacts.decisive).toEqual({
      kind: "greedy",
      funded: false,
      rank: 2,
      moneyLeft: { exact: "914", minor: 914 },
      cost: { exact: "3900", minor: 3_900 },
      shortfall: { exact: "2986", minor: 2_986 },
      stage: "greedy",
    });
  });

  it("Equal Shares: the supporters' share, what they paid for and what they held (whole pounds: £ units)", async () => {
    // 6 voters, pot £120 → £20 each. C £50 by all (each pays £8.33⅓); A £60 by 3 then holds £35: £25 short, 2 more supporters.
    const { roundId, bidId } = await makeRound({ potMinor: 12_000, allocationRule: "mes" }, [
      { id: "A", cost: 6_000 },
      { id: "B", cost: 4_000 },
      { id: "C", cost: 5_000 },
    ]);
    await vote(roundId, bidId, [["A", "C"], ["A", "C"], ["A", "C"], ["B", "C"], ["B", "C"], ["C"]]);
    const decided = (await client.data<Decided>(DECIDE, { input: { round: roundId } }, officer)).decisionTake;
    expect(decided.userErrors).toEqual([]);
    const by = new Map(decided.decision.projects.map((p) => [p.bid.externalId, p]));
    expect(by.get("C")!.funded).toBe(true);
    expect(by.get("A")!.reasonFacts.decisive).toMatchObject({
      kind: "mes",
      funded: false,
      share: { minor: 2_000 },
      supporters: 3,
      paidFor: [{ projectId: "C", paid: { minor: 2_500 } }],
      after: "C",
      moneyLeft: { minor: 3_500 },
      shortfall: { minor: 2_500 },
      moreSupportersNeeded: 2,
    });
  });

  it("ballotRules: the round's settings with defaults, money in the round's currency", async () => {
    const { roundId } = await makeRound(
      {
        allocationParams: { ballot: { maxLength: 3, maxSumCostMinor: 5_000, shuffle: true } },
        ballotsChangeable: true,
      },
      [{ id: "A", cost: 1_000 }],
    );
    const data = await client.data<{ node: { ballotRules: unknown } }>(RULES, { id: roundId });
    expect(data.node.ballotRules).toEqual({
      type: "APPROVAL",
      minLength: 1,
      maxLength: 3,
      maxSumCost: { amountMinor: 5_000, currency: "GBP" },
      maxSumPoints: null,
      maxPointsPerProject: 1,
      shuffle: true,
      changeable: true,
    });
  });
});
