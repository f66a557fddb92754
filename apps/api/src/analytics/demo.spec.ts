import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../test/database.js";
import { TestClient } from "../test/graphql.js";
import type { Viewer } from "../auth/actor.js";
import { Council } from "../council/council.entity.js";
import { UserAccount } from "../auth/user.entity.js";

let db: TestDatabase;
let client: TestClient;
async function lambethOfficer(): Promise<Viewer> {
  const lambeth = await db.dataSource.getRepository(Council).findOneByOrFail({ slug: "lambeth" });
  const user = await db.dataSource
    .getRepository(UserAccount)
    .findOneByOrFail({ councilKey: lambeth.key, role: "officer" });
  return { kind: "officer", userKey: user.key, councilKey: lambeth.key };
}

beforeAll(async () => {
  db = await openTestDatabase({ seed: true });
  client = await TestClient.create(db.dataSource);
});
afterAll(async () => {
  await client.stop();
  await db.close();
});

describe("analytics on the seeded demo data", () => {
  it("answers the Lambeth youth question", async () => {
    const data = await client.data<{
      spending: {
        rows: { label: string; awarded: { amountMinor: number; currency: string }[] }[];
        totals: { awarded: { amountMinor: number }[]; roundCount: number };
      };
    }>(
      `{ spending(filterBy: { councils: ["lambeth"], themes: ["youth"], fromYear: 2023 }, groupBy: PROVIDER) { rows { key label awarded { amountMinor currency } spent { amountMinor currency } awardCount roundCount } totals { pot { amountMinor currency } awarded { amountMinor currency } spent { amountMinor } roundCount awardCount population awardedPerCapita { currency amountMinorPerResident } } } }`,
    );
    expect(data.spending.rows.length).toBeGreaterThan(0);
    // Rows and totals come from one query and reconcile, per currency.
    const sum = data.spending.rows.flatMap((r) => r.awarded).reduce((a, m) => a + m.amountMinor, 0);
    expect(data.spending.totals.awarded.reduce((a, m) => a + m.amountMinor, 0)).toBe(sum);
  });
  it("reconciles every grouping of spending with its totals, per currency", async () => {
    type M = { amountMinor: number; currency: string };
    const perCurrency = (ms: M[]) => {
      const out: Record<string, number> = {};
      for (const m of ms) out[m.currency] = (out[m.currency] ?? 0) + m.amountMinor;
      return out;
    };
    const all = await client.data<{ spending: { totals: { awarded: M[]; roundCount: number } } }>(
      `{ spending(groupBy: COUNCIL) { totals { awarded { amountMinor currency } roundCount } } }`,
    );
    for (const g of ["COUNCIL", "AREA", "ROUND", "YEAR", "THEME", "PROVIDER"]) {
      const data = await client.data<{
        spending: {
          rows: { key: string | null; awarded: M[] }[];
          other: { awarded: M[] } | null;
          truncated: boolean;
          totals: { awarded: M[]; roundCount: number };
        };
      }>(
        `{ spending(groupBy: ${g}, first: 3) { rows { key awarded { amountMinor currency } } truncated other { awarded { amountMinor currency } } totals { awarded { amountMinor currency } roundCount } } }`,
      );
      const s = data.spending;
      // At most three groups, plus the money with no group (no provider, no theme…) as its own row.
      expect(s.rows.filter((r) => r.key !== null).length, g).toBeLessThanOrEqual(3);
      expect(s.rows.filter((r) => r.key === null).length, g).toBeLessThanOrEqual(1);
      // The rows shown plus "other" are every award; the totals do not depend on the grouping.
      const shown = perCurrency([...s.rows.flatMap((r) => r.awarded), ...(s.other?.awarded ?? [])]);
      expect(shown, g).toEqual(perCurrency(s.totals.awarded));
      expect(perCurrency(s.totals.awarded), g).toEqual(perCurrency(all.spending.totals.awarded));
      expect(s.totals.roundCount, g).toBe(all.spending.totals.roundCount);
    }
  });

  it("states each indicator's status once: the roll-up counts what the indicators say", async () => {
    const o = await client.data<{
      outcomeProgress: {
        overall: { onTrack: number; atRisk: number; offTrack: number; notReported: number; included: number };
        indicators: { status: string }[];
      };
    }>(
      `{ outcomeProgress(council: "lambeth", asOf: "2025-06-30") { overall { onTrack atRisk offTrack notReported included } indicators { status } } }`,
    );
    const { overall, indicators } = o.outcomeProgress;
    expect(indicators.length).toBeGreaterThan(0);
    const count = (status: string) => indicators.filter((i) => i.status === status).length;
    expect(overall).toMatchObject({
      onTrack: count("on_track"),
      atRisk: count("at_risk"),
      offTrack: count("off_track"),
      notReported: count("not_reported"),
    });
  });

  it("compares two councils and follows the Lambeth reference round's decision", async () => {
    const f = await client.data<{ fairness: { roundSlug: string; followedRecommendation: boolean | null }[] }>(
      `{ fairness(council: "lambeth") { roundSlug followedRecommendation } }`,
    );
    // The Lambeth reference round: the panel funded the talent show, not the manager's first choice.
    expect(f.fairness.find((r) => r.roundSlug === "lambeth-2023-young-offenders-service")?.followedRecommendation).toBe(
      false,
    );
    const c = await client.data<{
      compare: {
        items: { id: string; normalised: { measure: string; currency: string; value: number | null }[] }[];
        group: { measure: string; currency: string; median: number | null; min: number | null; max: number | null }[];
      };
    }>(
      `{ compare(councils: ["lambeth", "hackney"], normalise: PER_CAPITA, asOf: "2025-06-30") { items { id normalised { measure currency value } } group { measure currency median min max } } }`,
    );
    expect(c.compare.items).toHaveLength(2);
    expect(c.compare.group.length).toBeGreaterThan(0);
    // Each measure's group range spans its members' values, and the median of two is their mean.
    for (const g of c.compare.group) {
      const values = c.compare.items
        .flatMap((i) => i.normalised.filter((n) => n.measure === g.measure && n.currency === g.currency))
        .map((n) => n.value)
        .filter((v): v is number => v !== null);
      expect(g.min, g.measure).toBe(Math.min(...values));
      expect(g.max, g.measure).toBe(Math.max(...values));
      if (values.length === 2) expect(g.median).toBeCloseTo((values[0]! + values[1]!) / 2, 9);
    }
  });
});

describe("greedy vs Method of Equal Shares on a real election (Warsaw, Stara Ochota 2019)", () => {
  it("runs both rules over the stored ballots: greedy = the city's outcome, MES+add1u = the published expected-mes row", async () => {
    const data = await client.data<{
      round: { bids: { id: string; externalId: string; status: string }[] };
      fairness: {
        roundSlug: string;
        ruleComparison: {
          greedy: string[];
          mes: string[];
          greedyProportionality: number;
          mesProportionality: number;
        } | null;
        ruleComparisonNote: string | null;
      }[];
    }>(`{ round(slug: "warszawa-2019-stara-ochota") { bids { id externalId status } }
          fairness(council: "warszawa") { roundSlug ruleComparison { greedy mes greedyProportionality mesProportionality } ruleComparisonNote } }`);
    const externalOf = new Map(data.round.bids.map((b) => [b.id, b.externalId]));
    const f = data.fairness.find((x) => x.roundSlug === "warszawa-2019-stara-ochota")!;
    expect(f.ruleComparisonNote).toBeNull();
    const greedy = f.ruleComparison!.greedy.map((id) => externalOf.get(id)).sort();
    const mes = f.ruleComparison!.mes.map((id) => externalOf.get(id)).sort();
    const official = data.round.bids
      .filter((b) => b.status === "FUNDED")
      .map((b) => b.externalId)
      .sort();
    expect(greedy).toEqual(official);
    // ../shared/data/pabulib/expected-mes.tsv, row poland_warszawa_2019_stara-ochota.pb mes add1u integral,exhaustive maxVotes,minCost
    expect(mes).toEqual(["1400", "1480", "1765", "277", "588", "636", "805", "810", "832"].sort());
    for (const share of [f.ruleComparison!.greedyProportionality, f.ruleComparison!.mesProportionality]) {
      expect(share).toBeGreaterThan(0);
      expect(share).toBeLessThanOrEqual(1);
    }
  });
});

describe("pooled participation baselines", () => {
  it("count a ward's people once when its borough is pooled too (Lambeth: a borough round + a ward round = the borough's census)", async () => {
    const rounds = await client.data<{ rounds: { nodes: { slug: string; area: { kind: string } | null }[] } }>(
      `{ rounds(first: 50, filterBy: { council: "lambeth" }) { nodes { slug area { kind } } } }`,
    );
    const boroughRound = rounds.rounds.nodes.find((r) => r.area?.kind === "borough")!.slug;
    const wardRound = rounds.rounds.nodes.find((r) => r.area?.kind === "ward")!.slug;
    const Q = `query($rounds: [ID!]) { participation(rounds: $rounds) { panel { dimension categories { category populationShare } } } }`;
    type P = {
      participation: {
        panel: { dimension: string; categories: { category: string; populationShare: number | null }[] }[];
      };
    };
    // Pooling chosen rounds is for the council's officers (the public sees fixed groupings only).
    const officer = await lambethOfficer();
    const alone = await client.data<P>(Q, { rounds: [boroughRound] }, officer);
    const pooled = await client.data<P>(Q, { rounds: [boroughRound, wardRound] }, officer);
    const shares = (p: P) =>
      Object.fromEntries(
        p.participation.panel.flatMap((d) =>
          d.categories.map((c) => [`${d.dimension}:${c.category}`, c.populationShare]),
        ),
      );
    // Ward age bands (e.g. "16-19") would appear beside the borough's five-year bands if the ward were added in.
    expect(Object.keys(shares(pooled)).sort()).toEqual(Object.keys(shares(alone)).sort());
    // Where both views publish a population share (shares are withheld when a panel cell is suppressed), they agree.
    const a = shares(alone);
    const b = shares(pooled);
    const published = Object.keys(a).filter((k) => a[k] !== null && b[k] !== null);
    for (const k of published) expect(b[k]).toBeCloseTo(a[k]!, 12);
    expect(Object.keys(a).length).toBeGreaterThan(10);
  });
});
