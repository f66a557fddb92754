import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, testDatabaseKind, type TestDatabase } from "../test/database.js";
import { Council } from "../council/council.entity.js";
import { Round } from "../round/round.entity.js";
import { ENTITIES } from "./entities.js";

describe(`migrations (${testDatabaseKind()})`, () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(() => db.close());

  it("create every entity's table from zero", async () => {
    const runner = db.dataSource.createQueryRunner();
    try {
      for (const entity of ENTITIES) {
        const table = db.dataSource.getMetadata(entity).tableName;
        expect(await runner.hasTable(table), table).toBe(true);
      }
    } finally {
      await runner.release();
    }
  });

  it("leave nothing for synchronize to change (migrations match the entities)", async () => {
    const sql = await db.dataSource.driver.createSchemaBuilder().log();
    expect(sql.upQueries.map((q) => q.query)).toEqual([]);
  });

  it("index every foreign key column", async () => {
    for (const entity of ENTITIES) {
      const meta = db.dataSource.getMetadata(entity);
      for (const fk of meta.foreignKeys) {
        const columns = fk.columnNames;
        const indexed =
          meta.indices.some((index) => index.columns[0]?.databaseName === columns[0]) ||
          meta.primaryColumns.some((c) => c.databaseName === columns[0]);
        expect(indexed, `${meta.tableName}.${columns.join(",")}`).toBe(true);
      }
    }
  });

  it("store money beyond 32 bits exactly and read it back as a number on this driver", async () => {
    const council = await db.dataSource
      .getRepository(Council)
      .save({ slug: "big", name: "Big", onsCode: null, region: null, orgIdentifier: null });
    const potMinor = 9_007_199_254_740_000; // close to 2^53: £90 trillion in pence
    await db.dataSource.getRepository(Round).save({
      slug: "big-round",
      councilKey: council.key,
      areaKey: null,
      title: "Big",
      description: "",
      kind: "commissioning",
      phase: "draft",
      theme: "t",
      targetGroup: null,
      potMinor,
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
    });
    const loaded = await db.dataSource.getRepository(Round).findOneByOrFail({ slug: "big-round" });
    expect(loaded.potMinor).toBe(potMinor);
    expect(typeof loaded.potMinor).toBe("number");
  });
});
