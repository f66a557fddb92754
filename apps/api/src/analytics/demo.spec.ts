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
  it("runs every query", async () => {
    for (const g of ["COUNCIL", "AREA", "ROUND", "YEAR", "THEME", "PROVIDER"]) {
      await client.data(
        `{ spending(groupBy: ${g}, first: 3) { rows { key label pot { amountMinor } awarded { amountMinor } population } totals { roundCount awardCount } truncated other { label awarded { amountMinor } } } }`,
      );
    }
    const p = await client.data(
      `{ participation(council: "lambeth") { roundCount panelSize { value display } panel { dimension similarity noData { display } categories { category populationShare count { display } share ratio } } voterCount { display } voters { dimension similarity } attendance { attendanceRate retentionAtLast sessions { date present { display } } } compensationPaid { amountMinor currency } populationSource } }`,
    );
    const f = await client.data<{ fairness: { roundSlug: string; followedRecommendation: boolean | null }[] }>(
      `{ fairness(council: "lambeth") { roundSlug voiceEquity { kind gini topShare dominant silentParticipants { display } } interviews { tie singleScorerDecisive bids { title score rank standardDeviation range } error } decisionMethod followedRecommendation proportionality { ballots share } ruleComparisonNote } }`,
    );
    // The Lambeth reference round: the panel funded the talent show, not the manager's first choice.
    expect(f.fairness.find((r) => r.roundSlug === "lambeth-2023-young-offenders-service")?.followedRecommendation).toBe(
      false,
    );
    void p;
    const o = await client.data(
      `{ outcomeProgress(council: "lambeth", asOf: "2025-06-30") { rule overall { progress onTrack atRisk offTrack notReported } indicators { name unit status progress costPerPersonReached { formatted } } } }`,
    );
    void o;
    const c = await client.data<{ compare: { items: unknown[] } }>(
      `{ compare(councils: ["lambeth", "hackney"], normalise: PER_CAPITA, asOf: "2025-06-30") { items { id label normalised { measure currency value } meanGini proportionality outcomes { progress } participation { panelSize { display } } } group { measure currency median min max } } }`,
    );
    expect(c.compare.items).toHaveLength(2);
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
