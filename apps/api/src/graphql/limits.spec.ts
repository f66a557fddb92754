import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../test/database.js";
import { TestClient } from "../test/graphql.js";
import { PUBLIC_LIMITS } from "./limits.js";

/** Abusive queries are refused before execution, with coded errors and no detail leak. */
describe("query limits", () => {
  let db: TestDatabase;
  let client: TestClient;
  beforeAll(async () => {
    db = await openTestDatabase();
    client = await TestClient.create(db.dataSource);
  });
  afterAll(async () => {
    await client.stop();
    await db.close();
  });

  it("rejects a deeply nested query with MAX_DEPTH_EXCEEDED", async () => {
    // area → council → areas → council → … : 2 levels per hop, far beyond the limit.
    let selection = "name";
    for (let i = 0; i < 12; i++) selection = `council { areas { ${selection} } }`;
    const result = await client.run(`{ areas(first: 1) { nodes { ${selection} } } }`);
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe("MAX_DEPTH_EXCEEDED");
    expect(JSON.stringify(result.errors)).not.toMatch(/stack|at \w+ \(/);
  });

  it("rejects a page larger than 100 before touching the database", async () => {
    const result = await client.run(`{ rounds(first: 1000) { nodes { slug } } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0]?.message).toMatch(/between 1 and 100/);
  });

  it("rejects an oversized page passed through variables too", async () => {
    const result = await client.run(`query($n: Int) { councils(first: $n) { nodes { slug } } }`, { n: 5000 });
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("rejects an expensive query with MAX_COST_EXCEEDED and reports the cost of accepted ones", async () => {
    const expensive = `{ a: rounds(first: 100) { nodes { bids { round { bids { round { awards { title } } } } } } } }`;
    const rejected = await client.run(expensive);
    expect(rejected.errors?.[0]?.extensions?.code).toBe("MAX_COST_EXCEEDED");
    expect(Number(rejected.errors?.[0]?.extensions?.cost)).toBeGreaterThan(PUBLIC_LIMITS.maxCost);
    const ok = await client.run(`{ councils(first: 5) { nodes { slug } } }`);
    expect(ok.errors).toBeUndefined();
    expect(ok.extensions?.cost).toBe(7);
  });

  it("masks internal errors and names the field in validation errors", async () => {
    const result = await client.run(`{ rounds(first: 2, after: "not-a-cursor") { nodes { slug } } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0]?.message).toBe("Invalid cursor");
  });
});
