import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../test/database.js";
import { createApp, type App } from "./app.js";

const METRICS_TOKEN = "metrics-token-for-tests-0123456789";
const PER_MINUTE = 2000;

/** Every route answers bad requests with a GraphQL-shaped JSON error and a code; refusals cost budget. */
describe(`HTTP guards (${process.env.TEST_DATABASE_URL ? "postgres" : "sqlite"})`, () => {
  let db: TestDatabase;
  let app: App;
  let server: Server;
  let base: string;
  beforeAll(async () => {
    db = await openTestDatabase();
    process.env.TRUST_PROXY = "1";
    app = await createApp(db.dataSource, {
      webDist: "/nonexistent",
      rateLimitPerMinute: PER_MINUTE,
      responseCacheSeconds: 0,
      metricsToken: METRICS_TOKEN,
    });
    delete process.env.TRUST_PROXY;
    server = app.app.listen(0);
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await app.apollo.stop();
    await db.close();
  });

  const post = (body: string, from: string, headers: Record<string, string> = {}) =>
    fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": from, ...headers },
      body,
    });
  const query = (q: string, from: string) => post(JSON.stringify({ query: q }), from);
  type Body = { errors?: { message: string; extensions: { code: string } }[] };
  const expectCoded = async (res: Response, status: number, code: string) => {
    expect(res.status).toBe(status);
    expect(res.headers.get("content-type")).toMatch(/application\/json/);
    const text = await res.text();
    expect(text).not.toMatch(/<html|<pre>|\bat \S+ \(|node_modules/i);
    const body = JSON.parse(text) as Body;
    expect(body.errors?.[0]?.extensions.code).toBe(code);
    return body;
  };

  it("answers malformed JSON with 400 BAD_REQUEST, never an HTML stack trace", async () => {
    const body = await expectCoded(await post('{"query": "{ councils', "192.0.2.1"), 400, "BAD_REQUEST");
    expect(body.errors?.[0]?.message).toBe("The request body is not valid JSON");
  });

  it("answers a body over 1 MB with 413 PAYLOAD_TOO_LARGE", async () => {
    const big = JSON.stringify({ query: "{ __typename }", variables: { pad: "x".repeat(1_100_000) } });
    await expectCoded(await post(big, "192.0.2.2"), 413, "PAYLOAD_TOO_LARGE");
  });

  it("refuses NUL characters on the export routes, and unknown routes, with coded JSON errors", async () => {
    await expectCoded(await fetch(`${base}/exports/awards.csv?council=lam%00beth`), 400, "BAD_USER_INPUT");
    await expectCoded(await fetch(`${base}/exports/nothing.txt`), 404, "NOT_FOUND");
    await expectCoded(await fetch(`${base}/exports/nothing.csv`), 404, "NOT_FOUND");
    await expectCoded(await fetch(`${base}/exports/spending.csv?groupBy=planet`), 400, "BAD_USER_INPUT");
    await expectCoded(await fetch(`${base}/exports/awards.csv?council=no-such-council`), 404, "NOT_FOUND");
    await expectCoded(await fetch(`${base}/no/such/page`), 404, "NOT_FOUND");
  });

  it("gives every response a request id, keeping a caller's plain one", async () => {
    const fresh = await fetch(`${base}/healthz`);
    expect(fresh.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    const kept = await fetch(`${base}/healthz`, { headers: { "x-request-id": "trace-42.a" } });
    expect(kept.headers.get("x-request-id")).toBe("trace-42.a");
    const replaced = await fetch(`${base}/healthz`, { headers: { "x-request-id": "no spaces <allowed>" } });
    expect(replaced.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("charges documents that are not GraphQL: two of them spend a 2,000-point budget", async () => {
    const from = "198.51.100.10";
    await expectCoded(await query("{ councils(first: 1) {", from), 400, "GRAPHQL_PARSE_FAILED");
    await expectCoded(await query("{ noSuchField }", from), 400, "GRAPHQL_VALIDATION_FAILED");
    // 1,000 points each (REJECTED_MIN_CHARGE): nothing is left (the budget refills 33 points a second),
    // so a 102-point query is refused.
    const refused = await query("{ councils(first: 100) { nodes { name } } }", from);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    await expectCoded(refused, 429, "RATE_LIMITED");
    expect((await query("{ councils(first: 1) { totalCount } }", "198.51.100.11")).status).toBe(200);
  });

  it("charges an over-limit query its estimate, at most the largest allowed query's cost", async () => {
    // rounds(first: 1000) { nodes { slug } } is estimated at 2 + 1000 × 1 = 1,002: refused (page size)
    // and charged 1,002; a second takes the budget to 0 (2,004 > 2,000).
    const from = "198.51.100.12";
    const oversized = "{ rounds(first: 1000) { nodes { slug } } }";
    await expectCoded(await query(oversized, from), 400, "BAD_USER_INPUT");
    expect((await query("{ councils(first: 1) { totalCount } }", from)).status).toBe(200);
    await expectCoded(await query(oversized, from), 400, "BAD_USER_INPUT");
    await expectCoded(await query("{ councils(first: 100) { nodes { name } } }", from), 429, "RATE_LIMITED");
  });

  it("refuses a document whose validation would be quadratic before Apollo reads it, and charges it", async () => {
    // 900 fields answering as `a` with different arguments: graphql-js would compare ~400,000 pairs.
    const fields = Array.from({ length: 900 }, (_, i) => `a: councils(first: ${(i % 2) + 1}) { totalCount }`);
    const from = "198.51.100.30";
    const refused = await expectCoded(await query(`{ ${fields.join(" ")} }`, from), 400, "GRAPHQL_VALIDATION_FAILED");
    expect(refused.errors?.[0]?.message).toBe("`a` is selected 900 times in one selection set; the limit is 20");
    // Through fragments too (each brings one more `a`).
    const viaFragments =
      "{ " +
      Array.from({ length: 30 }, (_, i) => `...F${i}`).join(" ") +
      " } " +
      Array.from(
        { length: 30 },
        (_, i) => `fragment F${i} on Query { a: councils(first: ${i + 1}) { totalCount } }`,
      ).join(" ");
    await expectCoded(await query(viaFragments, "198.51.100.31"), 400, "GRAPHQL_VALIDATION_FAILED");
    // Twenty identical ones are a valid (if odd) query and run.
    const twenty = await query(
      `{ ${Array(20).fill("a: councils(first: 1) { totalCount }").join(" ")} }`,
      "198.51.100.32",
    );
    expect(twenty.status).toBe(200);
    // The refusal cost the first client 1,000 points: a second one and the budget is gone.
    await expectCoded(await query(`{ ${fields.join(" ")} }`, from), 400, "GRAPHQL_VALIDATION_FAILED");
    await expectCoded(await query("{ councils(first: 100) { nodes { name } } }", from), 429, "RATE_LIMITED");
  });

  it("serves Prometheus metrics only with METRICS_TOKEN", async () => {
    expect((await fetch(`${base}/metrics`)).status).toBe(401);
    expect((await fetch(`${base}/metrics`, { headers: { authorization: "Bearer wrong" } })).status).toBe(401);
    // Over the cost limit: 100 × (1 + 20 × (1 + 20 × (1 + 20 × 1))) > 50,000.
    const costly = "{ councils(first: 100) { nodes { areas { council { areas { council { areas { name } } } } } } } }";
    await expectCoded(await query(costly, "198.51.100.20"), 400, "MAX_COST_EXCEEDED");
    const res = await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/text\/plain/);
    const text = await res.text();
    const value = (line: RegExp) => Number(line.exec(text)?.[1] ?? NaN);
    expect(value(/^coproduce_graphql_rejected_total\{code="MAX_COST_EXCEEDED"\} (\d+)/m)).toBeGreaterThanOrEqual(1);
    expect(value(/^coproduce_graphql_rejected_total\{code="GRAPHQL_PARSE_FAILED"\} (\d+)/m)).toBeGreaterThanOrEqual(1);
    expect(value(/^coproduce_rate_limited_total (\d+)/m)).toBeGreaterThanOrEqual(2);
    expect(
      value(/^coproduce_http_requests_total\{route="\/graphql",method="POST",status="429"\} (\d+)/m),
    ).toBeGreaterThanOrEqual(2);
    expect(text).toMatch(
      /^coproduce_http_request_duration_seconds_bucket\{le="0\.1",route="\/graphql",method="POST"\} \d+/m,
    );
    expect(value(/^coproduce_db_pool_connections\{state="total"\} (\d+)/m)).toBeGreaterThanOrEqual(1);
    // Without REDIS_URL there is no Redis gauge at all.
    expect(text).not.toMatch(/^coproduce_redis_up/m);
    // No client address or query text ever becomes a label.
    expect(text).not.toMatch(/198\.51\.100|councils/);
  });
});
