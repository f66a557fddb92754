import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../test/database.js";
import { createApp, type App } from "../server/app.js";
import { CostBudget, DEFAULT_COST_PER_MINUTE, costPerMinute } from "./rate-limit.js";
import { rateLimitClient } from "./context.js";

describe("the per-minute cost budget", () => {
  it("takes what a client can afford, refuses the rest with the seconds to wait, and refills", () => {
    let now = 0;
    const budget = new CostBudget(() => now);
    // 600 points a minute = 10 a second.
    expect(budget.take("a", 500, 600)).toBe(0);
    expect(budget.take("a", 200, 600)).toBe(10); // 100 left: 100 more take 10 s
    expect(budget.take("b", 600, 600)).toBe(0); // another client has its own budget
    now += 9_000;
    expect(budget.take("a", 200, 600)).toBe(1); // nothing was taken by the refusal: 190 now
    now += 1_000;
    expect(budget.take("a", 200, 600)).toBe(0);
    expect(budget.take("a", 1, 600)).toBe(1);
    // A refilled bucket never holds more than one minute's points.
    now += 10 * 60_000;
    expect(budget.take("a", 600, 600)).toBe(0);
    expect(budget.take("a", 10, 600)).toBe(1);
  });

  it("forgets idle clients first when it holds too many", () => {
    let now = 0;
    const budget = new CostBudget(() => now, 2);
    budget.take("idle-1", 10, 600);
    budget.take("idle-2", 10, 600);
    now += 60_000; // both refilled: idle
    budget.take("busy", 10, 600);
    expect(budget.clients).toBe(2);
    // "busy" spent just now: it is kept (its budget is remembered).
    expect(budget.take("busy", 590, 600)).toBe(0);
    expect(budget.take("busy", 10, 600)).toBe(1);
  });

  it("is configured by RATE_LIMIT_COST_PER_MINUTE and knows whose budget a request spends", () => {
    expect(costPerMinute({})).toBe(DEFAULT_COST_PER_MINUTE);
    expect(costPerMinute({ RATE_LIMIT_COST_PER_MINUTE: "0" })).toBe(0);
    expect(() => costPerMinute({ RATE_LIMIT_COST_PER_MINUTE: "lots" })).toThrow(/RATE_LIMIT_COST_PER_MINUTE/);
    expect(rateLimitClient({ viewer: { kind: "anonymous" }, address: "10.0.0.1" })).toBe("address:10.0.0.1");
    expect(rateLimitClient({ viewer: { kind: "analyst", userKey: 7 }, address: "10.0.0.1" })).toBe("analyst:7");
    expect(rateLimitClient({ viewer: { kind: "panel_member", memberKey: 3 }, address: "10.0.0.1" })).toBe(
      "panel_member:3",
    );
  });
});

describe("rate limiting over HTTP", () => {
  let db: TestDatabase;
  let app: App;
  let server: Server;
  let base: string;
  const QUERY = "{ councils(first: 50) { totalCount nodes { name } } }";
  let cost: number;
  const ask = (address: string) =>
    fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": address },
      body: JSON.stringify({ query: QUERY }),
    });

  beforeAll(async () => {
    db = await openTestDatabase();
    const probe = await createApp(db.dataSource, {
      webDist: "/nonexistent",
      rateLimitPerMinute: 0,
      responseCacheSeconds: 0,
    });
    const res = await probe.apollo.executeOperation(
      { query: QUERY },
      { contextValue: (await import("./context.js")).createContext(db.dataSource) },
    );
    await probe.apollo.stop();
    cost = Number((res.body.kind === "single" ? res.body.singleResult.extensions?.cost : 0) ?? 0);
    process.env.TRUST_PROXY = "1";
    // Room for three of these queries a minute.
    app = await createApp(db.dataSource, {
      webDist: "/nonexistent",
      rateLimitPerMinute: cost * 3,
      responseCacheSeconds: 0,
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

  it("answers 429 RATE_LIMITED with Retry-After once a client has spent its budget; other clients are unaffected", async () => {
    expect(cost).toBeGreaterThan(50);
    for (let i = 0; i < 3; i++) expect((await ask("203.0.113.1")).status).toBe(200);
    const refused = await ask("203.0.113.1");
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(20);
    const body = (await refused.json()) as {
      data?: unknown;
      errors: { message: string; extensions: { code: string; retryAfterSeconds: number } }[];
    };
    expect(body.data).toBeUndefined();
    expect(body.errors[0]!.extensions.code).toBe("RATE_LIMITED");
    expect(body.errors[0]!.extensions.retryAfterSeconds).toBe(retryAfter);
    expect(body.errors[0]!.message).toMatch(/try again in \d+ s/);
    expect((await ask("203.0.113.2")).status).toBe(200);
  });
});
