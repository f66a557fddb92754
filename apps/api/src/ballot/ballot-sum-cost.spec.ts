import { describe, expect, it } from "vitest";
import { specClient } from "../test/spec-client.js";
import { toGlobalId } from "../graphql/node-id.js";
import { issueVoterTokens, pbRound } from "./pb-round.fixture.js";
import { BallotParticipation } from "./ballot-participation.entity.js";

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

process.env.VOTER_TOKEN_SECRET ??= "test-secret-for-voter-tokens-0123456789";
const CAST = `mutation($input: BallotCastInput!) { ballotCast(input: $input) { userErrors { code message field } } }`;

const { db, client } = specClient();

describe("ballotCast: the round's maximum and minimum total cost", () => {
  it("rejects a ballot costing more than the budget bar allows (INVALID_BALLOT), accepts one within it", async () => {
    const { officer, round, roundId, bids } = await pbRound(db.dataSource, {
      councilName: "Cost Town",
      overrides: {
        title: "Fund",
        year: 2026,
        allocationParams: { ballot: { maxSumCostMinor: 10_000, minSumCostMinor: 2_000 } },
      },
      projects: [6_000, 5_000, 1_000].map((cost, i) => ({ id: String(i + 1), title: `P${i + 1}`, cost })),
    });
    const id = (i: number) => ({ bid: toGlobalId("Bid", bids[i]!.key) });
    const tokens = await issueVoterTokens(client, roundId, officer, 3);
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
