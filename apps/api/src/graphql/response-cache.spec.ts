import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../test/database.js";
import { TestClient } from "../test/graphql.js";
import { createContext } from "./context.js";
import { defineCommand } from "../command/define-command.js";
import { execute } from "../command/execute.js";
import { who } from "../command/permissions.js";
import { commandContextOf } from "./commands.js";
import { Round } from "../round/round.entity.js";
import { insertFixture, type Fixture } from "../analytics/analytics.fixture.js";
import { responseCacheSeconds } from "./response-cache.js";

let db: TestDatabase;
let client: TestClient;
let f: Fixture;
let statements = 0;
beforeAll(async () => {
  db = await openTestDatabase();
  f = await insertFixture(db.dataSource);
  client = await TestClient.create(db.dataSource, { responseCacheSeconds: 30 });
  const query = db.dataSource.query.bind(db.dataSource);
  db.dataSource.query = ((...args: Parameters<typeof query>) => {
    statements++;
    return query(...args);
  }) as typeof query;
});
afterAll(async () => {
  await client.stop();
  await db.close();
});

const ROUNDS = `{ spending(groupBy: COUNCIL) { totals { roundCount } } }`;
async function roundCount(viewer?: Parameters<TestClient["data"]>[2]): Promise<{ count: number; statements: number }> {
  const before = statements;
  const data = await client.data<{ spending: { totals: { roundCount: number } } }>(ROUNDS, {}, viewer);
  return { count: data.spending.totals.roundCount, statements: statements - before };
}
const extraRound = (slug: string) =>
  Object.assign(new Round(), {
    slug,
    councilKey: f.r1.councilKey,
    areaKey: null,
    title: slug,
    description: "",
    kind: "commissioning",
    phase: "draft",
    theme: "youth",
    potMinor: 100,
    currency: "GBP",
    decisionMethod: "panel_scoring",
    year: 2025,
    ballotsChangeable: false,
  });

describe(`anonymous response cache (${process.env.TEST_DATABASE_URL ? "postgres" : "sqlite"})`, () => {
  it("answers a repeated anonymous query without touching the database, until a command commits", async () => {
    const first = await roundCount();
    expect(first.statements).toBeGreaterThan(0);
    const again = await roundCount();
    expect(again).toEqual({ count: first.count, statements: 0 });

    // A write behind the application's back (another replica, the CLI) is seen only after the max age …
    await db.dataSource.getRepository(Round).save(extraRound("written-elsewhere"));
    expect((await roundCount()).count).toBe(first.count);

    // … but a command committed in this process makes every cached answer stale at once.
    const ctx = createContext(db.dataSource, { kind: "officer", userKey: 1, councilKey: f.r1.councilKey });
    const saveRound = defineCommand({
      name: "testSaveRound",
      who: who.signedIn,
      load: async (_tx, _input: Record<string, never>) => ({ councilKey: f.r1.councilKey }),
      run: (tx) => tx.manager.save(extraRound("written-here")),
      audit: () => null,
    });
    const result = await execute(saveRound, commandContextOf(ctx), {});
    expect(result.ok).toBe(true);
    const fresh = await roundCount();
    expect(fresh.statements).toBeGreaterThan(0);
    expect(fresh.count).toBe(first.count + 2);
  });

  it("never serves or stores answers for signed-in viewers", async () => {
    const officer = { kind: "officer" as const, userKey: 1, councilKey: f.r1.councilKey };
    const a = await roundCount(officer);
    const b = await roundCount(officer);
    expect(a.statements).toBeGreaterThan(0);
    expect(b.statements).toBeGreaterThan(0);
  });

  it("reads its max age from RESPONSE_CACHE_SECONDS, refusing nonsense", () => {
    expect(responseCacheSeconds({})).toBe(30);
    expect(responseCacheSeconds({ RESPONSE_CACHE_SECONDS: "0" })).toBe(0);
    expect(responseCacheSeconds({ RESPONSE_CACHE_SECONDS: "120" })).toBe(120);
    expect(() => responseCacheSeconds({ RESPONSE_CACHE_SECONDS: "soon" })).toThrow(/RESPONSE_CACHE_SECONDS/);
    expect(() => responseCacheSeconds({ RESPONSE_CACHE_SECONDS: "-5" })).toThrow(/RESPONSE_CACHE_SECONDS/);
  });
});
