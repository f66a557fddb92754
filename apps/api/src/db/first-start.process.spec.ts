import pg from "pg";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, scratchDatabase, startServer, type Running } from "../test/processes.js";

async function count(url: string, sql: string): Promise<number> {
  if (url.startsWith("file:")) {
    const db = new Database(url.slice("file:".length), { readonly: true });
    try {
      return Number((db.prepare(sql).get() as { n: number }).n);
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return Number((await client.query<{ n: string }>(sql)).rows[0]!.n);
  } finally {
    await client.end();
  }
}

/**
 * Two replicas started at the same moment on an empty database: one migrates and seeds (holding the
 * migration lock), the other waits, and both serve the same data — no crash, no double seed.
 */
describe(`two servers starting at once on an empty database (${process.env.TEST_DATABASE_URL ? "postgres" : "sqlite"})`, () => {
  let db: Awaited<ReturnType<typeof scratchDatabase>>;
  const servers: Running[] = [];
  beforeAll(async () => {
    db = await scratchDatabase();
  });
  afterAll(async () => {
    for (const s of servers) await s.stop();
    await db.drop();
  });

  it("both come up, the migrations and the demo seed run exactly once", async () => {
    // The reference: the same database kind started by one server alone.
    const alone = await scratchDatabase();
    let councils: number;
    try {
      const single = await startServer(await freePort(), { DATABASE_URL: alone.url });
      await single.stop();
      councils = await count(alone.url, `SELECT COUNT(*) AS n FROM council`);
    } finally {
      await alone.drop();
    }
    expect(councils).toBeGreaterThan(0);

    const [a, b] = [await freePort(), await freePort()];
    const started = await Promise.all([
      startServer(a, { DATABASE_URL: db.url }),
      startServer(b, { DATABASE_URL: db.url }),
    ]);
    servers.push(...started);
    const logs = started.map((s) => s.stdout());
    // Exactly one of them applied the migrations and seeded; the other found them done.
    expect(logs.filter((l) => l.includes("migrations applied")).length).toBe(1);
    expect(logs.filter((l) => l.includes("demo data seeded")).length).toBe(1);
    // The demo's councils, once (a second seed would have doubled them or failed on unique slugs).
    expect(await count(db.url, `SELECT COUNT(*) AS n FROM council`)).toBe(councils);
    for (const s of started) {
      const res = await fetch(`${s.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ councils(first: 10) { totalCount } }" }),
      });
      expect(((await res.json()) as { data: { councils: { totalCount: number } } }).data.councils.totalCount).toBe(
        councils,
      );
    }
  });
});
