import { parse, visit, Kind, type OperationDefinitionNode } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../test/database.js";
import { TestClient } from "../test/graphql.js";
import { getSchema } from "./schema.js";
import { PUBLIC_LIMITS, analyseOperation } from "./limits.js";

/** `fragment F1 on Query { ...F0 ...F0 }` … `Fn`: 2ⁿ spreads of F0 from a document of ~40 n bytes. */
function fragmentChain(n: number): string {
  let q = `query { ...F${n} }\nfragment F0 on Query { councils(first: 1) { totalCount } }\n`;
  for (let i = 1; i <= n; i++) q += `fragment F${i} on Query { ...F${i - 1} ...F${i - 1} }\n`;
  return q;
}

/** Selections in a document, counted by graphql-js's own visitor (an independent measure of its size). */
function selectionsIn(source: string): number {
  let count = 0;
  visit(parse(source), {
    Field: () => void count++,
    FragmentSpread: () => void count++,
    InlineFragment: () => void count++,
  });
  return count;
}

function analyse(source: string) {
  return getSchema().then((schema) => {
    const document = parse(source);
    const operation = document.definitions.find(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
    )!;
    return analyseOperation(schema, document, operation, {});
  });
}

describe("cost analysis of fragments", () => {
  it("visits each selection of the n = 22 chain once: linear in the document, not 2ⁿ", async () => {
    const source = fragmentChain(22);
    expect(source.length).toBeLessThan(1000);
    const report = await analyse(source);
    // 1 spread in the operation + 2 selections in F0 + 2 spreads in each of F1…F22 = 47.
    expect(selectionsIn(source)).toBe(47);
    expect(report.steps).toBe(47);
    // The estimate itself still counts every spread: F0 costs 2 + 1 × 1 = 3, and Fn = 2ⁿ × 3.
    expect(report.cost).toBe(3 * 2 ** 22);
    expect(report.depth).toBe(2);
  });

  it("grows by two steps per link of the chain", async () => {
    const steps = await Promise.all([10, 20, 40].map(async (n) => (await analyse(fragmentChain(n))).steps));
    expect(steps).toEqual([3 + 2 * 10, 3 + 2 * 20, 3 + 2 * 40]);
  });

  it("costs an inline fragment's fields on its own type (not on the interface it sits under)", async () => {
    // node → Round.bids[20] → round → bids[20] → round → awards[20] { title }:
    // awards 1 + 20·0 = 1; round 1 + 1 = 2; bids 1 + 20·2 = 41; round 1 + 41 = 42; bids 1 + 20·42 = 841; node 1 + 841.
    const report = await analyse(
      `{ node(id: "x") { ... on Round { bids { round { bids { round { awards { title } } } } } } } }`,
    );
    expect(report.cost).toBe(842);
    expect(report.depth).toBe(7);
  });
});

describe("the fragment chain over the real server", () => {
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

  it("refuses the n = 22 chain with MAX_COST_EXCEEDED before anything runs", async () => {
    const result = await client.run(fragmentChain(22));
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe("MAX_COST_EXCEEDED");
    expect(result.errors?.[0]?.extensions?.cost).toBe(3 * 2 ** 22);
    expect(result.errors?.[0]?.extensions?.limit).toBe(PUBLIC_LIMITS.maxCost);
  });

  it("rejects cyclic and unused fragments in validation, before any cost analysis", async () => {
    const cyclic = await client.run(
      `query { ...A } fragment A on Query { ...B } fragment B on Query { ...A councils(first: 1) { totalCount } }`,
    );
    expect(cyclic.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(cyclic.errors?.[0]?.message).toMatch(/Cannot spread fragment "A" within itself/);
    // Costing happens in didResolveOperation, after validation: a refused document has no cost.
    expect(cyclic.extensions?.cost).toBeUndefined();
    const unused = await client.run(
      `query { councils(first: 1) { totalCount } } fragment Spare on Query { councils(first: 1) { totalCount } }`,
    );
    expect(unused.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(unused.errors?.[0]?.message).toMatch(/Fragment "Spare" is never used/);
    expect(unused.extensions?.cost).toBeUndefined();
  });

  it("refuses a document over the token limit as a parse failure", async () => {
    const huge = `{ ${"__typename ".repeat(10_001)}}`;
    const result = await client.run(huge);
    expect(result.errors?.[0]?.extensions?.code).toBe("GRAPHQL_PARSE_FAILED");
    expect(result.errors?.[0]?.message).toMatch(/more that 10000 tokens/);
  });
});
