import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, graphql, scratchDatabase, startServer, type Running } from "../test/processes.js";

const REDIS_URL = process.env.TEST_REDIS_URL;
const POSTGRES = process.env.TEST_DATABASE_URL?.startsWith("postgres");

// { councils(first: 50) { totalCount nodes { name } } } costs 2 + 50 × 1 = 52 (API.md §10: a
// connection is 2 + first × its node's cost, at least 1 a node; scalars are free).
const BUDGET_QUERY = "{ councils(first: 50) { totalCount nodes { name } } }";
const BUDGET_QUERY_COST = 52;
const COUNT = "{ rounds(first: 1) { totalCount } }";

/**
 * Two replicas against one PostgreSQL and one Redis (REDIS_URL): the response cache, its
 * invalidation and the clients' budgets are shared, as docs/operations.md says.
 */
describe("two server processes sharing PostgreSQL and Redis", () => {
  if (!REDIS_URL || !POSTGRES) throw new Error("needs TEST_REDIS_URL and TEST_DATABASE_URL=postgres://…");
  const prefix = `coproduce-test-${randomBytes(4).toString("hex")}:`;
  let db: Awaited<ReturnType<typeof scratchDatabase>>;
  let a: Running & { url: string };
  let b: Running & { url: string };
  let redis: Redis;
  beforeAll(async () => {
    db = await scratchDatabase();
    const env = {
      DATABASE_URL: db.url,
      REDIS_URL: REDIS_URL,
      REDIS_KEY_PREFIX: prefix,
      RESPONSE_CACHE_SECONDS: "300",
      RATE_LIMIT_COST_PER_MINUTE: String(3 * BUDGET_QUERY_COST),
      TRUST_PROXY: "1",
    };
    a = await startServer(await freePort(), env);
    b = await startServer(await freePort(), env);
    redis = new Redis(REDIS_URL);
  });
  afterAll(async () => {
    await a?.stop();
    await b?.stop();
    if (redis) {
      const keys = await redis.keys(`${prefix}*`);
      if (keys.length > 0) await redis.del(...keys);
      redis.disconnect();
    }
    await db?.drop();
  });

  let address = 0;
  /** An anonymous ask from a fresh address each time (the budget part below uses one address). */
  const ask = (server: { url: string }) =>
    graphql<{ rounds: { totalCount: number } }>(
      server.url,
      COUNT,
      {},
      { "x-forwarded-for": `198.51.100.${++address}` },
    );

  it("serves B's cached answer from A too, and a write through A makes it stale on B at once", async () => {
    const first = await ask(b);
    const n = first.body.data!.rounds.totalCount;
    expect(first.headers.get("age")).toBeNull(); // computed
    const again = await ask(b);
    expect(again.body.data!.rounds.totalCount).toBe(n);
    expect(again.headers.get("age")).not.toBeNull(); // a cache hit
    const onA = await ask(a);
    expect(onA.body.data!.rounds.totalCount).toBe(n);
    expect(onA.headers.get("age")).not.toBeNull(); // A never computed it: the cache is shared

    const login = await graphql<{ officerLogin: { token: string } }>(
      a.url,
      `
        mutation ($input: OfficerLoginInput!) {
          officerLogin(input: $input) {
            token
          }
        }
      `,
      { input: { email: "officer@lambeth.example", password: "coproduce-demo" } },
    );
    const token = login.body.data!.officerLogin.token;
    const created = await graphql<{ roundCreate: { round: { slug: string } | null; userErrors: unknown[] } }>(
      a.url,
      `
        mutation ($input: RoundCreateInput!) {
          roundCreate(input: $input) {
            round {
              slug
            }
            userErrors {
              code
              message
            }
          }
        }
      `,
      { input: { title: "Replica test round", theme: "youth", potMinor: 100_000, currency: "GBP", year: 2026 } },
      { authorization: `Bearer ${token}` },
    );
    expect(created.body.errors).toBeUndefined();
    expect(created.body.data!.roundCreate.userErrors).toEqual([]);

    const fresh = await ask(b);
    expect(fresh.headers.get("age")).toBeNull();
    expect(fresh.body.data!.rounds.totalCount).toBe(n + 1);
  });

  it("shares one client's budget across A and B", async () => {
    const from = { "x-forwarded-for": "203.0.113.77" };
    const spend = async (server: { url: string }) => graphql(server.url, BUDGET_QUERY, {}, from);
    const one = await spend(a);
    expect(one.status).toBe(200);
    expect((one.body as { extensions?: { cost?: number } }).extensions?.cost).toBe(BUDGET_QUERY_COST);
    expect((await spend(b)).status).toBe(200);
    expect((await spend(a)).status).toBe(200);
    // Three queries spent the minute's budget, two on A and one on B: B refuses the fourth.
    const refused = await spend(b);
    expect(refused.status).toBe(429);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    // Another client is unaffected.
    expect((await graphql(b.url, BUDGET_QUERY, {}, { "x-forwarded-for": "203.0.113.78" })).status).toBe(200);
  });
});
