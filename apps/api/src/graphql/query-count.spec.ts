import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, testDatabaseKind, type TestDatabase } from "../test/database.js";
import { TestClient } from "../test/graphql.js";
import { Council } from "../council/council.entity.js";
import { Area } from "../area/area.entity.js";
import { Round } from "../round/round.entity.js";
import { Award } from "../award/award.entity.js";
import { SpendTransaction } from "../award/spend-transaction.entity.js";
import { Provider } from "../provider/provider.entity.js";

/**
 * No N+1: a page of rounds with their council, area, awards (with provider and spend) costs the
 * same number of SQL statements for 10 rounds as for 100.
 */
describe(`DataLoader batching (${testDatabaseKind()})`, () => {
  const statements: string[] = [];
  let db: TestDatabase;
  let client: TestClient;

  beforeAll(async () => {
    db = await openTestDatabase({ dataSourceOptions: { logger: { logQuery: (q) => statements.push(q) } } });
    client = await TestClient.create(db.dataSource);
    const ds = db.dataSource;
    const councils = await ds.getRepository(Council).save(
      Array.from({ length: 5 }, (_, i) => ({
        slug: `c${i}`,
        name: `Council ${i}`,
        onsCode: null,
        region: null,
        orgIdentifier: null,
      })),
    );
    const areas = await ds.getRepository(Area).save(
      councils.map((c) => ({
        councilKey: c.key,
        parentKey: null,
        slug: `a${c.key}`,
        name: `Area ${c.key}`,
        onsCode: null,
        kind: "borough",
      })),
    );
    const provider = await ds
      .getRepository(Provider)
      .save({ slug: "p", name: "Provider", kind: "charity", identifierScheme: null, identifier: null, website: null });
    const rounds = await ds.getRepository(Round).save(
      Array.from({ length: 120 }, (_, i) => ({
        slug: `r${i}`,
        councilKey: councils[i % 5]!.key,
        areaKey: areas[i % 5]!.key,
        title: `Round ${i}`,
        description: "",
        kind: "commissioning",
        phase: "monitoring",
        theme: "youth",
        targetGroup: null,
        potMinor: 100_000 * (i + 1),
        currency: "GBP",
        compensationCurrency: null,
        ballotType: null,
        decisionMethod: "panel_scoring",
        allocationRule: null,
        allocationParams: null,
        year: 2020 + (i % 5),
        opensOn: null,
        closesOn: null,
        panelSize: null,
        lotterySeed: null,
        ballotsChangeable: false,
        dataSource: null,
      })),
      { chunk: 50 },
    );
    const awards = await ds.getRepository(Award).save(
      rounds.flatMap((r) =>
        [0, 1].map((j) => ({
          roundKey: r.key,
          bidKey: null,
          providerKey: provider.key,
          title: `Award ${r.key}-${j}`,
          kind: "grant",
          valueMinor: 50_000,
          currency: "GBP",
          awardedOn: "2024-01-01",
          startsOn: null,
          endsOn: null,
          status: "active",
        })),
      ),
      { chunk: 50 },
    );
    await ds.getRepository(SpendTransaction).save(
      awards.map((a) => ({
        awardKey: a.key,
        amountMinor: 10_000,
        currency: "GBP",
        paidOn: "2024-02-01",
        description: "q1",
        reference: `ref-${a.key}`,
      })),
      { chunk: 50 },
    );
  });
  afterAll(async () => {
    await client.stop();
    await db.close();
  });

  const query = `query($first: Int!) { rounds(first: $first) { nodes { slug council { name } area { name } awarded { amountMinor } awards { title spent { amountMinor } provider { name } } } } }`;

  async function countFor(first: number): Promise<number> {
    statements.length = 0;
    const data = await client.data<{ rounds: { nodes: { awards: unknown[] }[] } }>(query, { first });
    expect(data.rounds.nodes).toHaveLength(first);
    expect(data.rounds.nodes.every((n) => n.awards.length === 2)).toBe(true);
    return statements.filter((s) => /^\s*select/i.test(s)).length;
  }

  it("costs a constant number of SELECTs whatever the page size", async () => {
    const ten = await countFor(10);
    const hundred = await countFor(100);
    expect(hundred).toBe(ten);
    // rounds page + council + area + awarded + awards + spent + provider
    expect(hundred).toBeLessThanOrEqual(8);
  });
});
