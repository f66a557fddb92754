import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, testDatabaseKind, type TestDatabase } from "../test/database.js";
import { createApp, type App } from "../server/app.js";
import { exportCommand } from "../cli/export.command.js";
import { EXIT } from "../cli/command.js";
import { ExportService } from "./export.service.js";
import { csvTable, giving360Json, ocdsJson } from "./formats.js";
import { givingValidator, ocdsValidator } from "./schemas.fixture.js";
import { insertFixture } from "../analytics/analytics.fixture.js";
import { Applicant } from "../panel/applicant.entity.js";
import { PanelMember } from "../panel/panel-member.entity.js";

let db: TestDatabase;
let app: App;
let base: string;
let server: ReturnType<App["app"]["listen"]>;
let personal: string[];

beforeAll(async () => {
  db = await openTestDatabase({ seed: true });
  app = await createApp(db.dataSource);
  server = app.app.listen(0);
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const applicants = await db.dataSource.getRepository(Applicant).find();
  const members = await db.dataSource.getRepository(PanelMember).find();
  // Pseudonyms and contact details of people: none may appear in any export.
  personal = [
    ...new Set([...applicants.flatMap((a) => [a.pseudonym, a.contact ?? ""]), ...members.map((m) => m.pseudonym)]),
  ].filter((s) => s.length >= 4);
  expect(personal.length).toBeGreaterThan(10);
  const opts = db.dataSource.options as { database?: unknown; url?: string };
  process.env.DATABASE_URL = opts.url ?? `file:${String(opts.database)}`;
  process.env.COPRODUCE_SEED = "none";
});
afterAll(async () => {
  server.close();
  await app.apollo.stop();
  await db.close();
});

function expectNoPersonalData(text: string): void {
  for (const p of personal) expect(text.includes(p), `export contains personal data "${p}"`).toBe(false);
  expect(text).not.toMatch(/"(pseudonym|contact|voterRef|importedVoter|ageBand|ethnicGroup)"/);
}

describe(`exports from the seeded demo database (${testDatabaseKind()})`, () => {
  it("loads every round with a constant number of statements per chunk (no N+1)", async () => {
    let statements = 0;
    let counting = false;
    const logged = await openTestDatabase({
      seed: true,
      dataSourceOptions: { logger: { logQuery: () => void (counting && statements++) } },
    });
    try {
      const keys = await new ExportService(logged.dataSource).select({});
      expect(keys.length).toBeGreaterThan(10);
      counting = true;
      expect(await new ExportService(logged.dataSource).load(keys.slice(0, 1))).toHaveLength(1);
      const forOne = statements;
      statements = 0;
      expect(await new ExportService(logged.dataSource).load(keys)).toHaveLength(keys.length);
      expect(forOne).toBeGreaterThan(0);
      expect(statements).toBe(forOne);
    } finally {
      await logged.close();
    }
  });

  it("OCDS for the whole database and for one council validates against the official 1.1.5 schema", async () => {
    for (const selection of [{}, { council: "lambeth" }, { round: "lambeth-2023-young-offenders-service" }]) {
      const text = await ocdsJson(db.dataSource, selection);
      const pkg = JSON.parse(text) as { releases: { ocid: string }[] };
      const result = ocdsValidator()(pkg);
      expect(result.errors).toEqual([]);
      expect(pkg.releases.length).toBeGreaterThan(0);
      expect(pkg.releases.every((r) => r.ocid.startsWith("ocds-cpdc01-"))).toBe(true);
      expectNoPersonalData(text);
    }
  });

  it("360Giving for the demo's grants to organisations validates against the official 1.4 schema, over the CLI's code path and HTTP", async () => {
    const text = await giving360Json(db.dataSource, {});
    const pkg = JSON.parse(text) as { grants: { recipientOrganization: { name: string }[] }[] };
    expect(givingValidator()(pkg).errors).toEqual([]);
    expect(pkg.grants.length).toBeGreaterThan(0);
    expect(pkg.grants.every((g) => g.recipientOrganization.length > 0)).toBe(true);
    expectNoPersonalData(text);
    const res = await fetch(`${base}/exports/360giving.json`);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { grants: unknown[] }).grants).toHaveLength(pkg.grants.length);
  });

  it("360Giving validates against the official 1.4 schema where grants go to organisations", async () => {
    const other = await openTestDatabase();
    try {
      await insertFixture(other.dataSource);
      const text = await giving360Json(other.dataSource, {});
      const result = givingValidator()(JSON.parse(text));
      expect(result.errors).toEqual([]);
      // 4 grants to Provider One/Two (BRX at its GBP peg); the beta grant has no recipient and is omitted.
      expect((JSON.parse(text) as { grants: unknown[] }).grants).toHaveLength(4);
      expect(text).not.toMatch(/p\d+-\d+/); // panel pseudonyms of the fixture
    } finally {
      await other.close();
    }
  });

  it("CSV tables for the dashboard's views, with no personal data", async () => {
    for (const table of ["awards", "spend", "rounds", "spending"] as const) {
      let text = "";
      for await (const chunk of await csvTable(db.dataSource, table, { council: "lambeth" }, "provider"))
        text += String(chunk);
      expect(text.split("\r\n").length).toBeGreaterThan(2);
      expectNoPersonalData(text);
    }
  });

  it("serves the same files over HTTP, with 404 for an unknown council", async () => {
    const ocds = await fetch(`${base}/exports/ocds.json?council=lambeth`);
    expect(ocds.status).toBe(200);
    expect(ocdsValidator()(await ocds.json()).valid).toBe(true);
    const awards = await fetch(`${base}/exports/awards.csv?council=lambeth`);
    expect(awards.headers.get("content-type")).toContain("text/csv");
    expect((await awards.text()).startsWith("council_slug,")).toBe(true);
    for (const path of ["spend.csv", "rounds.csv", "spending.csv?groupBy=theme"])
      expect((await fetch(`${base}/exports/${path}`)).status).toBe(200);
    expect((await fetch(`${base}/exports/ocds.json?council=nowhere`)).status).toBe(404);
  });

  it("the command line prints one package to stdout, with EXIT codes for bad usage and unknown rounds", async () => {
    let out = "";
    let err = "";
    const io = { stdout: (t: string) => (out += t), stderr: (t: string) => (err += t) };
    expect(await exportCommand.run(["ocds", "--council", "lambeth"], io)).toBe(EXIT.ok);
    expect(ocdsValidator()(JSON.parse(out)).valid).toBe(true);
    out = "";
    expect(
      await exportCommand.run(["csv", "--table", "spend", "--round", "lambeth-2023-young-offenders-service"], io),
    ).toBe(EXIT.ok);
    expect(out.startsWith("council_slug,round_slug,award_id")).toBe(true);
    await expect(exportCommand.run(["xml"], io)).rejects.toMatchObject({ exitCode: EXIT.usage });
    await expect(exportCommand.run(["ocds", "--round", "no-such-round"], io)).rejects.toMatchObject({
      exitCode: EXIT.notFound,
    });
    void err;
  });
});
