import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, testDatabaseKind, type TestDatabase } from "../test/database.js";
import { TestClient } from "../test/graphql.js";

interface RoundNode {
  id: string;
  slug: string;
  year: number;
  phase: string;
  council: { slug: string };
}
interface Rounds {
  rounds: {
    totalCount: number;
    nodes: RoundNode[];
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null; startCursor: string | null };
  };
}

const ROUNDS = `query Rounds($first: Int, $after: String, $last: Int, $before: String, $filterBy: RoundFilter, $orderBy: RoundOrder) {
  rounds(first: $first, after: $after, last: $last, before: $before, filterBy: $filterBy, orderBy: $orderBy) {
    totalCount
    nodes { id slug year phase council { slug } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

describe(`read API over the demo data (${testDatabaseKind()})`, () => {
  let db: TestDatabase;
  let client: TestClient;
  beforeAll(async () => {
    db = await openTestDatabase({ seed: true });
    client = await TestClient.create(db.dataSource);
  });
  afterAll(async () => {
    await client.stop();
    await db.close();
  });

  it("lists the demo councils with their real Census 2021 populations", async () => {
    const data = await client.data<{
      councils: { totalCount: number; nodes: { slug: string; population: number | null }[] };
    }>(`{ councils(first: 10) { totalCount nodes { slug population } } }`);
    const bySlug = Object.fromEntries(data.councils.nodes.map((c) => [c.slug, c.population]));
    expect(bySlug.lambeth).toBe(317_651); // ONS TS007A total for E09000022
    expect(bySlug.hackney).toBe(259_146);
    expect(Object.keys(bySlug)).toEqual(expect.arrayContaining(["lambeth", "southwark", "lewisham", "hackney"]));
  });

  it("pages through all rounds with keyset cursors, forwards and backwards, without gaps or repeats", async () => {
    const all: RoundNode[] = [];
    let after: string | null = null;
    let pages = 0;
    let total: number | undefined;
    do {
      const data: Rounds = await client.data<Rounds>(ROUNDS, {
        first: 4,
        after,
        orderBy: { field: "YEAR", direction: "DESC" },
      });
      all.push(...data.rounds.nodes);
      total = data.rounds.totalCount;
      after = data.rounds.pageInfo.hasNextPage ? data.rounds.pageInfo.endCursor : null;
      pages++;
    } while (after && pages < 50);
    expect(total).toBeDefined();
    expect(all.length).toBe(total);
    expect(new Set(all.map((r) => r.id)).size).toBe(total);
    const years = all.map((r) => r.year);
    expect(years).toEqual([...years].sort((a, b) => b - a));
    // Backwards from the end gives the last page in the same order.
    const lastPage = await client.data<Rounds>(ROUNDS, { last: 4, orderBy: { field: "YEAR", direction: "DESC" } });
    expect(lastPage.rounds.nodes.map((r) => r.id)).toEqual(all.slice(-4).map((r) => r.id));
    const before = await client.data<Rounds>(ROUNDS, {
      last: 3,
      before: lastPage.rounds.pageInfo.startCursor,
      orderBy: { field: "YEAR", direction: "DESC" },
    });
    expect(before.rounds.nodes.map((r) => r.id)).toEqual(all.slice(-7, -4).map((r) => r.id));
  });

  it("filters rounds by council, phase and year range", async () => {
    const data = await client.data<Rounds>(ROUNDS, {
      first: 50,
      filterBy: { council: "lambeth", phases: ["MONITORING", "CLOSED"], fromYear: 2022, toYear: 2023 },
    });
    expect(data.rounds.nodes.length).toBeGreaterThan(0);
    for (const r of data.rounds.nodes) {
      expect(r.council.slug).toBe("lambeth");
      expect(["MONITORING", "CLOSED"]).toContain(r.phase);
      expect(r.year).toBeGreaterThanOrEqual(2022);
      expect(r.year).toBeLessThanOrEqual(2023);
    }
    expect(data.rounds.totalCount).toBe(data.rounds.nodes.length);
  });

  it("tells the Lambeth reference round: £32,000, Brixton Pounds, a talent show that was not the officer's choice", async () => {
    const data = await client.data<{
      round: {
        pot: { amountMinor: number; currency: string; formatted: string };
        compensationCurrency: string;
        targetGroup: string;
        tender: { criteria: { weightBasisPoints: number }[] };
        awards: {
          title: string;
          value: { amountMinor: number };
          spent: { amountMinor: number };
          transactions: { amount: { amountMinor: number } }[];
        }[];
        outcomes: { indicators: { measurements: { value: number }[] }[] }[];
        sessions: { kind: string }[];
        decision: {
          followedRecommendation: boolean;
          officerRecommendation: { title: string };
          projects: { funded: boolean; bid: { title: string } }[];
        };
      };
    }>(`{ round(slug: "lambeth-2023-young-offenders-service") {
      pot { amountMinor currency formatted } compensationCurrency targetGroup
      tender { criteria { weightBasisPoints } }
      awards { title value { amountMinor } spent { amountMinor } transactions { amount { amountMinor } } }
      outcomes { indicators { measurements { value } } }
      sessions { kind }
      decision { followedRecommendation officerRecommendation { title } projects { funded bid { title } } }
    } }`);
    const r = data.round;
    expect(r.pot).toEqual({ amountMinor: 3_200_000, currency: "GBP", formatted: "£32,000" });
    expect(r.compensationCurrency).toBe("BRX");
    expect(r.targetGroup).toMatch(/young offenders/);
    expect(r.tender.criteria.reduce((s, c) => s + c.weightBasisPoints, 0)).toBe(10_000);
    expect(r.awards).toHaveLength(1);
    expect(r.awards[0]!.title).toBe("Brixton Youth Talent Show");
    const spent = r.awards[0]!.transactions.reduce((s, t) => s + t.amount.amountMinor, 0);
    expect(r.awards[0]!.spent.amountMinor).toBe(spent);
    expect(spent).toBeLessThanOrEqual(r.awards[0]!.value.amountMinor);
    expect(r.outcomes).toHaveLength(3);
    expect(r.sessions.map((s) => s.kind)).toEqual(
      expect.arrayContaining(["outcomes_workshop", "interviews", "deliberation"]),
    );
    expect(r.decision.followedRecommendation).toBe(false);
    expect(r.decision.officerRecommendation.title).toMatch(/mentoring/i);
    expect(r.decision.projects.filter((p) => p.funded).map((p) => p.bid.title)).toEqual(["Brixton Youth Talent Show"]);
  });

  it("resolves any object by its global id, and rejects ids of the wrong type with a coded error", async () => {
    const first = await client.data<Rounds>(ROUNDS, { first: 1 });
    const id = first.rounds.nodes[0]!.id;
    const node = await client.data<{ node: { __typename: string; slug: string } }>(
      `query($id: ID!) { node(id: $id) { __typename ... on Round { slug } } }`,
      { id },
    );
    expect(node.node).toEqual({ __typename: "Round", slug: first.rounds.nodes[0]!.slug });
    const wrong = await client.run(`query($id: ID!) { rounds(first: 1, filterBy: { area: $id }) { totalCount } }`, {
      id,
    });
    expect(wrong.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(wrong.errors?.[0]?.message).toMatch(/filterBy.area/);
  });

  it("answers awards with their provider, filtered by council and theme", async () => {
    const data = await client.data<{
      awards: {
        nodes: {
          round: { theme: string; council: { slug: string } };
          provider: { name: string } | null;
          value: { currency: string };
        }[];
      };
    }>(
      `{ awards(first: 50, filterBy: { council: "lambeth", theme: "youth" }) { nodes { round { theme council { slug } } provider { name } value { currency } } } }`,
    );
    expect(data.awards.nodes.length).toBeGreaterThan(0);
    for (const a of data.awards.nodes) {
      expect(a.round.council.slug).toBe("lambeth");
      expect(a.round.theme).toBe("youth");
      expect(a.provider?.name).toBeTruthy();
    }
  });
});
