import type { AddressInfo } from "node:net";
import { request as httpRequest } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, testDatabaseKind, type TestDatabase } from "../test/database.js";
import { createApp, type App } from "../server/app.js";
import { exportCommand } from "../cli/export.command.js";
import { EXIT } from "../cli/command.js";
import { ExportService } from "./export.service.js";
import { csvTable, giving360Json, ocdsJson, publicUrlOf } from "./formats.js";
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

const PUBLIC = { publicUrl: "https://coproduce.example.org" };

/** A GET with the headers given, Host included (fetch cannot set Host). */
function get(path: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  const url = new URL(path, base);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: url.hostname, port: url.port, path: `${url.pathname}${url.search}`, headers },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (c: string) => (body += c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on("error", reject);
    req.end();
  });
}

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
      const text = await ocdsJson(db.dataSource, selection, PUBLIC);
      const pkg = JSON.parse(text) as { releases: { ocid: string }[] };
      const result = ocdsValidator()(pkg);
      expect(result.errors).toEqual([]);
      expect(pkg.releases.length).toBeGreaterThan(0);
      expect(pkg.releases.every((r) => r.ocid.startsWith("ocds-cpdc01-"))).toBe(true);
      expectNoPersonalData(text);
    }
  });

  it("360Giving for the demo's grants to organisations validates against the official 1.4 schema, over the CLI's code path and HTTP", async () => {
    const text = await giving360Json(db.dataSource, {}, PUBLIC);
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
      const text = await giving360Json(other.dataSource, {}, PUBLIC);
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

  it("names the address the request came to: OCDS uri, 360Giving publisher website and downloadURL", async () => {
    const before = process.env.COPRODUCE_PUBLIC_URL;
    delete process.env.COPRODUCE_PUBLIC_URL;
    try {
      // Without TRUST_PROXY the forwarded headers are the client's word, not the proxy's: ignored.
      const headers = {
        host: "coproduce.example.org",
        "x-forwarded-host": "evil.example",
        "x-forwarded-proto": "https",
      };
      const ocds = await get("/exports/ocds.json?council=lambeth", headers);
      expect(ocds.status).toBe(200);
      const pkg = JSON.parse(ocds.body) as { uri: string; publisher: { uri?: string } };
      expect(pkg.uri).toBe("http://coproduce.example.org/exports/ocds.json?council=lambeth");
      expect(pkg.publisher.uri).toBe("http://coproduce.example.org");
      expect(ocdsValidator()(pkg).errors).toEqual([]);

      const giving = await get("/exports/360giving.json", { host: "coproduce.example.org:8443" });
      expect(giving.status).toBe(200);
      const grants = JSON.parse(giving.body) as { publisher: { website: string }; downloadURL?: string };
      expect(grants.publisher.website).toBe("http://coproduce.example.org:8443");
      expect(grants.downloadURL).toBe("http://coproduce.example.org:8443/exports/360giving.json");
      expect(givingValidator()(grants).errors).toEqual([]);
      expect(giving.body).not.toContain("localhost");

      // A Host that is not a host name is refused, never written into a package.
      const bad = await get("/exports/ocds.json", { host: "coproduce.example.org/evil?x=" });
      expect(bad.status).toBe(400);
      expect(JSON.parse(bad.body)).toMatchObject({ errors: [{ extensions: { code: "BAD_USER_INPUT" } }] });

      // COPRODUCE_PUBLIC_URL, when set, wins over the request.
      process.env.COPRODUCE_PUBLIC_URL = "https://open.lambeth.example/";
      const configured = await get("/exports/ocds.json?round=lambeth-2023-young-offenders-service", headers);
      expect((JSON.parse(configured.body) as { uri: string }).uri).toBe(
        "https://open.lambeth.example/exports/ocds.json?round=lambeth-2023-young-offenders-service",
      );
    } finally {
      if (before === undefined) delete process.env.COPRODUCE_PUBLIC_URL;
      else process.env.COPRODUCE_PUBLIC_URL = before;
    }
  });

  it("behind a trusted proxy (TRUST_PROXY), takes the forwarded protocol and host", async () => {
    const before = { trust: process.env.TRUST_PROXY, url: process.env.COPRODUCE_PUBLIC_URL };
    process.env.TRUST_PROXY = "loopback";
    delete process.env.COPRODUCE_PUBLIC_URL;
    const proxied = await createApp(db.dataSource);
    const listening = proxied.app.listen(0);
    try {
      const port = (listening.address() as AddressInfo).port;
      const res = await get(`http://127.0.0.1:${port}/exports/ocds.json?council=lambeth`, {
        host: "127.0.0.1",
        "x-forwarded-host": "coproduce.example.org",
        "x-forwarded-proto": "https",
      });
      expect(res.status).toBe(200);
      expect((JSON.parse(res.body) as { uri: string }).uri).toBe(
        "https://coproduce.example.org/exports/ocds.json?council=lambeth",
      );
    } finally {
      listening.close();
      await proxied.apollo.stop();
      for (const [k, v] of [
        ["TRUST_PROXY", before.trust],
        ["COPRODUCE_PUBLIC_URL", before.url],
      ] as const)
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
    }
  });

  it("reads https and a forwarded host only as Express gives them (TRUST_PROXY), and validates the host", () => {
    const env = {};
    expect(publicUrlOf({ protocol: "https", host: "coproduce.example.org" }, env)).toBe(
      "https://coproduce.example.org",
    );
    expect(publicUrlOf({ protocol: "http", host: "[::1]:4110" }, env)).toBe("http://[::1]:4110");
    for (const host of [undefined, "", "a b", "evil.example/x", "x@evil.example", "-bad.example"])
      expect(() => publicUrlOf({ protocol: "http", host }, env)).toThrow(/Host/);
    expect(publicUrlOf({ protocol: "http", host: "x y" }, { COPRODUCE_PUBLIC_URL: "https://a.example//" })).toBe(
      "https://a.example",
    );
  });

  it("the command line prints one package to stdout, with EXIT codes for bad usage and unknown rounds", async () => {
    let out = "";
    let err = "";
    const io = { stdout: (t: string) => (out += t), stderr: (t: string) => (err += t) };
    const before = process.env.COPRODUCE_PUBLIC_URL;
    delete process.env.COPRODUCE_PUBLIC_URL;
    // No request to take the address from, and none is guessed: the package's uri must be given.
    await expect(exportCommand.run(["ocds", "--council", "lambeth"], io)).rejects.toMatchObject({
      exitCode: EXIT.usage,
      message: expect.stringContaining("--public-url") as unknown,
    });
    await expect(
      exportCommand.run(["ocds", "--council", "lambeth", "--public-url", "ftp://x"], io),
    ).rejects.toMatchObject({ exitCode: EXIT.usage });
    expect(
      await exportCommand.run(["ocds", "--council", "lambeth", "--public-url", "https://coproduce.example.org/"], io),
    ).toBe(EXIT.ok);
    expect(ocdsValidator()(JSON.parse(out)).valid).toBe(true);
    expect((JSON.parse(out) as { uri: string }).uri).toBe(
      "https://coproduce.example.org/exports/ocds.json?council=lambeth",
    );
    out = "";
    process.env.COPRODUCE_PUBLIC_URL = "https://open.example.org";
    try {
      expect(await exportCommand.run(["360giving"], io)).toBe(EXIT.ok);
    } finally {
      if (before === undefined) delete process.env.COPRODUCE_PUBLIC_URL;
      else process.env.COPRODUCE_PUBLIC_URL = before;
    }
    expect((JSON.parse(out) as { downloadURL: string }).downloadURL).toBe(
      "https://open.example.org/exports/360giving.json",
    );
    out = "";
    expect(
      await exportCommand.run(["csv", "--table", "spend", "--round", "lambeth-2023-young-offenders-service"], io),
    ).toBe(EXIT.ok);
    expect(out.startsWith("council_slug,round_slug,award_id")).toBe(true);
    await expect(exportCommand.run(["xml"], io)).rejects.toMatchObject({ exitCode: EXIT.usage });
    await expect(
      exportCommand.run(["ocds", "--round", "no-such-round", "--public-url", "https://x.example"], io),
    ).rejects.toMatchObject({
      exitCode: EXIT.notFound,
    });
    void err;
  });
});
