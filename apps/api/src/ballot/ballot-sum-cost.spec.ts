import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../test/database.js";
import { TestClient } from "../test/graphql.js";
import type { Viewer } from "../auth/actor.js";
import { toGlobalId } from "../graphql/node-id.js";
import { Council } from "../council/council.entity.js";
import { Round } from "../round/round.entity.js";
import { Bid } from "../bid/bid.entity.js";
import { BallotParticipation } from "./ballot-participation.entity.js";

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

process.env.VOTER_TOKEN_SECRET ??= "test-secret-for-voter-tokens-0123456789";
const CAST = `mutation($input: BallotCastInput!) { ballotCast(input: $input) { userErrors { code message field } } }`;
const TOKENS = `mutation($input: VoterTokensIssueInput!) { voterTokensIssue(input: $input) { tokens } }`;

let db: TestDatabase;
let client: TestClient;

beforeAll(async () => {
  db = await openTestDatabase();
  client = await TestClient.create(db.dataSource);
});
afterAll(async () => {
  await client?.stop();
  await db?.close();
});

describe("ballotCast: the round's maximum and minimum total cost", () => {
  it("rejects a ballot costing more than the budget bar allows (INVALID_BALLOT), accepts one within it", async () => {
    const council = await db.dataSource.getRepository(Council).save(
      Object.assign(new Council(), {
        slug: "cost-town",
        name: "Cost Town",
        onsCode: null,
        region: null,
        orgIdentifier: null,
      }),
    );
    const officer: Viewer = { kind: "officer", userKey: 1, councilKey: council.key };
    const round = await db.dataSource.getRepository(Round).save(
      Object.assign(new Round(), {
        slug: "cost-town-pb",
        councilKey: council.key,
        areaKey: null,
        title: "Fund",
        description: "",
        kind: "participatory_budgeting",
        phase: "deciding",
        theme: "environment",
        targetGroup: null,
        potMinor: 10_000,
        currency: "GBP",
        compensationCurrency: null,
        ballotType: "approval",
        decisionMethod: "voting",
        allocationRule: "greedy",
        allocationParams: { ballot: { maxSumCostMinor: 10_000, minSumCostMinor: 2_000 } },
        year: 2026,
        opensOn: null,
        closesOn: null,
        panelSize: null,
        lotterySeed: null,
        ballotsChangeable: false,
        dataSource: null,
      }),
    );
    const bids = await db.dataSource.getRepository(Bid).save(
      [6_000, 5_000, 1_000].map((cost, i) =>
        Object.assign(new Bid(), {
          roundKey: round.key,
          providerKey: null,
          externalId: String(i + 1),
          title: `P${i + 1}`,
          summary: "",
          category: null,
          amountRequestedMinor: cost,
          currency: "GBP",
          status: "submitted",
          extra: null,
        }),
      ),
    );
    const id = (i: number) => ({ bid: toGlobalId("Bid", bids[i]!.key) });
    const roundId = toGlobalId("Round", round.key);
    const tokens = (
      (await client.data<Data>(TOKENS, { input: { round: roundId, count: 3 } }, officer)).voterTokensIssue as Data
    ).tokens as string[];
    const cast = async (token: string, choices: object[]) =>
      ((await client.data<Data>(CAST, { input: { round: roundId, voterToken: token, choices } })).ballotCast as Data)
        .userErrors as { code: string; message: string }[];
    // £60 + £50 = £110 > £100
    expect(await cast(tokens[0]!, [id(0), id(1)])).toEqual([
      {
        code: "INVALID_BALLOT",
        message: "The chosen projects cost £110: at most £100 in all.",
        field: ["input", "choices"],
      },
    ]);
    // £10 < £20
    expect((await cast(tokens[1]!, [id(2)]))[0]?.message).toBe("The chosen projects cost £10: at least £20 in all.");
    expect(await db.dataSource.getRepository(BallotParticipation).countBy({ roundKey: round.key })).toBe(0);
    // £60 + £10 = £70: within (the vote is recorded; its content waits sealed in the mixing pool)
    expect(await cast(tokens[0]!, [id(0), id(2)])).toEqual([]);
    expect(await db.dataSource.getRepository(BallotParticipation).countBy({ roundKey: round.key })).toBe(1);
  });
});
