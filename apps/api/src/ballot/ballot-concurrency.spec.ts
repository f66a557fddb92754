import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../test/database.js";
import { TestClient } from "../test/graphql.js";
import { toGlobalId } from "../graphql/node-id.js";
import { issueVoterTokens, pbRound } from "./pb-round.fixture.js";
import { Ballot } from "./ballot.entity.js";
import { BallotChoice } from "./ballot-choice.entity.js";
import { BallotParticipation } from "./ballot-participation.entity.js";

/**
 * Hundreds of voters cast at once, many of them twice at the same moment. The database's unique
 * (round, voter) index decides: each voter's ballot is stored exactly once, every duplicate is
 * ALREADY_VOTED, and no duplicate leaves content behind. PostgreSQL runs it with real concurrency
 * (a pool of connections); better-sqlite3 serialises writes, so SQLite runs fewer voters.
 */
process.env.VOTER_TOKEN_SECRET ??= "test-secret-for-voter-tokens-0123456789";

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let db: TestDatabase;
let client: TestClient;

beforeAll(async () => {
  db = await openTestDatabase({
    dataSourceOptions: process.env.TEST_DATABASE_URL?.startsWith("postgres")
      ? ({ extra: { max: 20 } } as never)
      : undefined,
  });
  client = await TestClient.create(db.dataSource);
});

afterAll(async () => {
  await client?.stop();
  await db?.close();
});

describe("ballotCast under concurrency", () => {
  it("stores each voter's ballot exactly once and rejects simultaneous duplicates as ALREADY_VOTED", async () => {
    const voters = db.kind === "postgres" ? 400 : 60;
    const duplicates = db.kind === "postgres" ? 150 : 20;
    const { officer, round, roundId, bids } = await pbRound(db.dataSource, {
      councilName: "Concurrent Council",
      overrides: { title: "Concurrent PB", theme: "parks", potMinor: 100_000 },
      projects: ["P1", "P2", "P3"].map((id, i) => ({ id, title: id, cost: 30_000 + i * 10_000 })),
    });
    const tokens = await issueVoterTokens(client, roundId, officer, voters);
    // Voter i approves 1 + (i mod 3) projects; the first `duplicates` voters also send a second, different ballot at the same time.
    const ballotOf = (i: number) => bids.slice(0, 1 + (i % 3)).map((b) => ({ bid: toGlobalId("Bid", b.key) }));
    const attempts = [
      ...tokens.map((voterToken, i) => ({ voterToken, choices: ballotOf(i) })),
      ...tokens.slice(0, duplicates).map((voterToken, i) => ({ voterToken, choices: ballotOf(i + 1) })),
    ];
    const results = await Promise.all(
      attempts.map((a) =>
        client.run<Data>(
          `mutation($input: BallotCastInput!) { ballotCast(input: $input) { round { id } userErrors { code } } }`,
          { input: { round: roundId, ...a } },
        ),
      ),
    );
    expect(results.filter((r) => r.errors).map((r) => r.errors)).toEqual([]);
    const outcome = results.map(
      (r) => ((r.data!.ballotCast as Data).userErrors as { code: string }[]).map((e) => e.code).join(",") || "OK",
    );
    expect(outcome.filter((o) => o === "OK")).toHaveLength(voters);
    expect(outcome.filter((o) => o === "ALREADY_VOTED")).toHaveLength(duplicates);
    expect(outcome.filter((o) => o !== "OK" && o !== "ALREADY_VOTED")).toEqual([]);
    // Per voter, exactly one of their attempts succeeded.
    const okPerToken = new Map<string, number>();
    attempts.forEach(
      (a, i) => outcome[i] === "OK" && okPerToken.set(a.voterToken, (okPerToken.get(a.voterToken) ?? 0) + 1),
    );
    expect([...okPerToken.values()].every((n) => n === 1) && okPerToken.size === voters).toBe(true);

    expect(await db.dataSource.getRepository(BallotParticipation).countBy({ roundKey: round.key })).toBe(voters);
    expect(await db.dataSource.getRepository(Ballot).countBy({ roundKey: round.key })).toBe(voters);
    const choices = await db.dataSource
      .getRepository(BallotChoice)
      .createQueryBuilder("c")
      .innerJoin(Ballot, "b", `b."key" = c."ballotKey"`)
      .where(`b."roundKey" = :r`, { r: round.key })
      .getCount();
    // Which of a duplicate pair won is up to the race: each winner stored 1–3 choices and nothing else.
    const min = Array.from({ length: voters }, (_, i) =>
      i < duplicates ? Math.min(1 + (i % 3), 1 + ((i + 1) % 3)) : 1 + (i % 3),
    ).reduce((s, n) => s + n, 0);
    const max = Array.from({ length: voters }, (_, i) =>
      i < duplicates ? Math.max(1 + (i % 3), 1 + ((i + 1) % 3)) : 1 + (i % 3),
    ).reduce((s, n) => s + n, 0);
    expect(choices).toBeGreaterThanOrEqual(min);
    expect(choices).toBeLessThanOrEqual(max);
    const orphans: { n: string | number }[] = await db.dataSource.query(
      `SELECT COUNT(*) AS "n" FROM ballot b WHERE NOT EXISTS (SELECT 1 FROM ballot_choice c WHERE c."ballotKey" = b."key")`,
    );
    expect(Number(orphans[0]!.n)).toBe(0);
  });
});
