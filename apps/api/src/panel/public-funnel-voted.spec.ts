import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, testDatabaseKind, type TestDatabase } from "../test/database.js";
import { TestClient } from "../test/graphql.js";
import { toGlobalId } from "../graphql/node-id.js";
import { insertFixture, type Fixture } from "../analytics/analytics.fixture.js";

/**
 * The public funnel's "voted" stage (ADR 0005 decision 6, point 7): a round's ballots by voters' sex
 * and age band — exactly the voter make-up `participation(rounds:)` publishes, beside the target
 * group's census share. The fixture's round beta-2023-youth: 10 ballots, 6 women and 4 men (no age
 * band), in an area of 250 women and 250 men.
 */
let db: TestDatabase;
let client: TestClient;
let f: Fixture;
beforeAll(async () => {
  db = await openTestDatabase();
  f = await insertFixture(db.dataSource);
  client = await TestClient.create(db.dataSource);
});
afterAll(async () => {
  await client.stop();
  await db.close();
});

interface Cat {
  category: string;
  targetShare: number | null;
  stages: { stage: string; share: number | null; count: { value: number | null; display: string } }[];
}

describe(`the public funnel's voted stage (${testDatabaseKind()})`, () => {
  it("is the published voter make-up, with the target group's shares", async () => {
    const id = toGlobalId("Round", f.r4.key);
    const data = await client.data<{
      round: { publicFunnel: { voted: { total: number; dimensions: { dimension: string; categories: Cat[] }[] } } };
      participation: {
        voters: {
          dimension: string;
          categories: { category: string; count: { display: string } }[];
          noData: { display: string };
        }[];
      };
    }>(
      `query($id: ID!) {
        round(id: $id) { publicFunnel { voted { total dimensions { dimension categories { category targetShare stages { stage share count { value display } } } } } } }
        participation(rounds: [$id]) { voters { dimension categories { category count { display } } noData { display } } }
      }`,
      { id },
    );
    const voted = data.round.publicFunnel.voted;
    expect(voted.total).toBe(10);
    const sex = voted.dimensions.find((d) => d.dimension === "sex")!;
    // 4 men → "<5"; 10 − 6 would reveal it, so the 6 women are "[c]"; nobody without an answer.
    expect(
      sex.categories.map((c) => [c.category, c.targetShare, c.stages[0]!.stage, c.stages[0]!.count.display]),
    ).toEqual([
      ["Female", 0.5, "voted", "[c]"],
      ["Male", 0.5, "voted", "<5"],
      ["no_data", null, "voted", "0"],
    ]);
    expect(sex.categories.every((c) => c.stages[0]!.share === null)).toBe(true);
    // The same cells as participation's voters, dimension by dimension.
    for (const d of data.participation.voters) {
      const mine = voted.dimensions.find((x) => x.dimension === d.dimension)!;
      expect(mine.categories.map((c) => c.stages[0]!.count.display)).toEqual([
        ...d.categories.map((c) => c.count.display),
        d.noData.display,
      ]);
    }
    // Age band: no census table and no answers — all 10 "no data".
    const age = voted.dimensions.find((d) => d.dimension === "age_band")!;
    expect(age.categories.map((c) => [c.category, c.stages[0]!.count.display])).toEqual([["no_data", "10"]]);
  });
});
