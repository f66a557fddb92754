import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// Every call of the domain's allocation engine, counted (the real engine still runs).
const calls = vi.hoisted(() => ({ n: 0 }));
vi.mock("@coproduce/domain", async (importOriginal) => {
  const original = await importOriginal<typeof import("@coproduce/domain")>();
  return {
    ...original,
    allocate: (...args: Parameters<typeof original.allocate>) => {
      calls.n++;
      return original.allocate(...args);
    },
  };
});

const { openTestDatabase, testDatabaseKind } = await import("../test/database.js");
const { TestClient } = await import("../test/graphql.js");
const { Decision } = await import("../decision/decision.entity.js");
const { Round } = await import("../round/round.entity.js");
const { backfillRuleComparisons } = await import("./rule-comparison.js");

let db: Awaited<ReturnType<typeof openTestDatabase>>;
let client: Awaited<ReturnType<typeof TestClient.create>>;

beforeAll(async () => {
  db = await openTestDatabase({ seed: true });
  client = await TestClient.create(db.dataSource, { responseCacheSeconds: 0 });
});
afterAll(async () => {
  await client.stop();
  await db.close();
});

describe(`fairness.ruleComparison is stored, never computed at read time (${testDatabaseKind()})`, () => {
  it("30 aliases of the comparison run the allocation engine zero times, and match what was stored", async () => {
    const voted = await db.dataSource.getRepository(Round).findBy({ decisionMethod: "voting" });
    expect(voted.length).toBeGreaterThan(0);
    const slug = voted[0]!.slug;
    const aliases = Array.from(
      { length: 30 },
      (_, i) =>
        `a${i}: fairness(rounds: ["${slug}"]) { ruleComparison { greedy mes greedyProportionality mesProportionality } }`,
    ).join("\n");
    calls.n = 0;
    const data = await client.data<Record<string, { ruleComparison: { greedy: string[]; mes: string[] } | null }[]>>(
      `{ ${aliases} }`,
    );
    expect(calls.n).toBe(0);
    const first = data.a0![0]!.ruleComparison;
    expect(first).not.toBeNull();
    for (let i = 1; i < 30; i++) expect(data[`a${i}`]![0]!.ruleComparison).toEqual(first);
    // What the import stored when the election was loaded.
    const stored = await db.dataSource.getRepository(Decision).findOneByOrFail({ roundKey: voted[0]!.key });
    expect((stored.ruleComparison as { mes: number[] }).mes.length).toBe(first!.mes.length);
  });

  it("the start-up backfill computes a missing comparison once, then has nothing to do", async () => {
    const round = (await db.dataSource.getRepository(Round).findBy({ decisionMethod: "voting" }))[0]!;
    await db.dataSource.getRepository(Decision).update({ roundKey: round.key }, { ruleComparison: null });
    calls.n = 0;
    expect(await backfillRuleComparisons(db.dataSource)).toBe(1);
    expect(calls.n).toBe(2); // greedy and MES, once each
    expect(await backfillRuleComparisons(db.dataSource)).toBe(0);
    expect(calls.n).toBe(2);
  });
});
