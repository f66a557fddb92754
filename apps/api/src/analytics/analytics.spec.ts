import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../test/database.js";
import { TestClient } from "../test/graphql.js";
import type { Viewer } from "../auth/actor.js";
import { toGlobalId } from "../graphql/node-id.js";
import { insertFixture, type Fixture } from "./analytics.fixture.js";

let db: TestDatabase;
let client: TestClient;
let f: Fixture;
beforeAll(async () => {
  db = await openTestDatabase();
  f = await insertFixture(db.dataSource);
  client = await TestClient.create(db.dataSource);
});
afterAll(async () => {
  await client.stop();
  await db.close();
});

interface M {
  amountMinor: number;
  currency: string;
}
interface Row {
  key: string | null;
  label: string;
  pot: M[];
  awarded: M[];
  spent: M[];
  awardCount: number;
  roundCount: number;
  population: number | null;
  awardedPerCapita: { currency: string; amountMinorPerResident: number }[];
}
const ROW = `key label pot { amountMinor currency } awarded { amountMinor currency } spent { amountMinor currency } awardCount roundCount population awardedPerCapita { currency amountMinorPerResident }`;
const gbp = (n: number) => ({ amountMinor: n, currency: "GBP" });
const brx = (n: number) => ({ amountMinor: n, currency: "BRX" });

async function spending(args: string) {
  return (
    await client.data<{ spending: { rows: Row[]; totals: Row; truncated: boolean; other: Row | null } }>(
      `{ spending(${args}) { rows { ${ROW} } totals { ${ROW} } truncated other { ${ROW} } } }`,
    )
  ).spending;
}

describe(`spending (${process.env.TEST_DATABASE_URL ? "postgres" : "sqlite"})`, () => {
  it("answers 'how much went to youth services in Alpha since 2023, to whom'", async () => {
    const s = await spending(`filterBy: { councils: ["alpha"], themes: ["youth"], fromYear: 2023 }, groupBy: PROVIDER`);
    expect(s.rows.map((r) => [r.label, r.awarded, r.spent, r.awardCount, r.roundCount])).toEqual([
      ["Provider One", [gbp(6000)], [gbp(3000)], 1, 1],
      ["Provider Two", [gbp(3000)], [], 1, 1],
    ]);
    expect(s.rows[0]!.key).toBe(toGlobalId("Provider", f.p1.key));
    expect(s.rows[0]!.pot).toEqual([]); // a pot is not divided between providers
    expect(s.totals).toMatchObject({
      pot: [gbp(10000)],
      awarded: [gbp(9000)],
      spent: [gbp(3000)],
      roundCount: 1,
      awardCount: 2,
      population: 1000,
    });
  });

  it("groups by council per currency, never adding GBP and BRX, with per-capita figures", async () => {
    const s = await spending(`groupBy: COUNCIL`);
    expect(s.rows.map((r) => [r.label, r.pot, r.awarded, r.spent, r.roundCount, r.awardCount, r.population])).toEqual([
      ["Alpha Council", [brx(2000), gbp(15000)], [brx(1500), gbp(13000)], [brx(500), gbp(3000)], 3, 4, 1000],
      ["Beta Council", [gbp(7000)], [gbp(7000)], [], 3, 1, 500],
    ]);
    expect(s.rows[0]!.awardedPerCapita).toEqual([
      { currency: "BRX", amountMinorPerResident: 1.5 },
      { currency: "GBP", amountMinorPerResident: 13 },
    ]);
    expect(s.totals).toMatchObject({
      pot: [brx(2000), gbp(22000)],
      awarded: [brx(1500), gbp(20000)],
      spent: [brx(500), gbp(3000)],
      roundCount: 6,
      awardCount: 5,
      population: 1500,
    });
  });

  it("keeps awards with no provider as an explicit row, and years in order", async () => {
    const p = await spending(`groupBy: PROVIDER`);
    expect(p.rows.find((r) => r.key === null)).toMatchObject({
      label: "No provider (delivered by the council or residents)",
      awarded: [gbp(7000)],
      awardCount: 1,
    });
    const y = await spending(`groupBy: YEAR`);
    expect(y.rows.map((r) => r.key)).toEqual(["2022", "2023", "2024", "2025"]);
    expect(y.rows[1]).toMatchObject({ pot: [gbp(17000)], awarded: [gbp(16000)], roundCount: 2 });
  });

  it("cuts at `first` and sums the rest in `other` per currency; totals still cover everything", async () => {
    const s = await spending(`groupBy: COUNCIL, first: 1`);
    expect(s.rows.map((r) => r.label)).toEqual(["Alpha Council"]);
    expect(s.truncated).toBe(true);
    expect(s.other).toMatchObject({ awarded: [gbp(7000)], pot: [gbp(7000)] });
    expect(s.totals.awarded).toEqual([brx(1500), gbp(20000)]);
  });

  it("never folds the money with no provider into `other`: it stays its own row (key null)", async () => {
    // the fixture's awards: Provider One 6000 + 4000 GBP and 1500 BRX (3 awards), Provider Two 3000
    // (1), no provider 7000 (1). With first: 1 only Provider Two is cut.
    const p = await spending(`groupBy: PROVIDER, first: 1`);
    expect(p.rows.map((r) => [r.key === null ? null : r.label, r.awardCount])).toEqual([
      ["Provider One", 3],
      [null, 1],
    ]);
    expect(p.other).toMatchObject({ awarded: [gbp(3000)], awardCount: 1 });
  });

  it("filters by area, provider and kind", async () => {
    const s = await spending(`filterBy: { areas: ["${toGlobalId("Area", f.b1.key)}"] }, groupBy: THEME`);
    expect(s.rows.map((r) => [r.label, r.roundCount])).toEqual([
      ["youth", 1],
      ["arts", 2],
    ]);
    const byProvider = await spending(
      `filterBy: { providers: ["${toGlobalId("Provider", f.p2.key)}"] }, groupBy: ROUND`,
    );
    expect(byProvider.rows.map((r) => [r.label, r.awarded])).toEqual([["alpha-2023-youth", [gbp(3000)]]]);
    const unknown = await client.run(
      `{ spending(filterBy: { councils: ["nowhere"] }, groupBy: COUNCIL) { totals { roundCount } } }`,
    );
    expect(unknown.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(unknown.errors?.[0]?.message).toContain("Unknown council: nowhere");
    expect(unknown.data).toBeNull();
    // A typo beside a real council does not silently narrow or widen the answer either.
    const typo = await client.run(
      `{ spending(filterBy: { councils: ["alpha", "alpah"] }, groupBy: COUNCIL) { totals { roundCount } } }`,
    );
    expect(typo.errors?.[0]?.message).toContain("Unknown council: alpah");
    const badRound = await client.run(
      `{ spending(filterBy: { rounds: ["alpha-2023-youth", "no-such-round"] }, groupBy: ROUND) { totals { roundCount } } }`,
    );
    expect(badRound.errors?.[0]?.message).toContain("Unknown round: no-such-round");
  });

  it("selects rounds by slug and by id together, and councils by slug", async () => {
    const s = await spending(
      `filterBy: { rounds: ["alpha-2023-youth", "${toGlobalId("Round", f.r4.key)}"] }, groupBy: ROUND`,
    );
    expect(s.rows.map((r) => r.label).sort()).toEqual(["alpha-2023-youth", "beta-2023-youth"]);
    expect(s.totals.roundCount).toBe(2);
    const alpha = await spending(`filterBy: { councils: ["alpha"] }, groupBy: COUNCIL`);
    expect(alpha.rows.map((r) => r.label)).toEqual(["Alpha Council"]);
  });
});

interface Cell {
  value: number | null;
  display: string;
  suppressed: boolean;
}
interface Dim {
  dimension: string;
  similarity: number | null;
  categories: {
    category: string;
    count: Cell;
    share: number | null;
    ratio: number | null;
    populationShare: number | null;
  }[];
  noData: Cell;
  total: Cell;
}
const CELL = `value display suppressed`;
async function participation(rounds: number[]) {
  const ids = rounds.map((k) => `"${toGlobalId("Round", k)}"`).join(", ");
  return (
    await client.data<{ participation: { panelSize: Cell; panel: Dim[]; voterCount: Cell; voters: Dim[] } }>(
      `{ participation(rounds: [${ids}]) { panelSize { ${CELL} } panel { dimension similarity categories { category populationShare count { ${CELL} } share ratio } noData { ${CELL} } total { ${CELL} } }
         voterCount { ${CELL} } voters { dimension similarity categories { category count { ${CELL} } share } noData { ${CELL} } total { ${CELL} } } } }`,
    )
  ).participation;
}
const sexOf = (dims: Dim[]) => dims.find((d) => d.dimension === "sex")!;
const cellsOf = (d: Dim) => [
  ...d.categories.map((c) => [c.category, c.count] as const),
  ["no_data", d.noData] as const,
];

/** Every (F, M, noData) with the given total that a reader could not rule out from a published table. */
function candidates(d: Dim, total: number): [number, number, number][] {
  const allHidden = cellsOf(d).every(([, c]) => c.suppressed);
  const fits = (c: Cell, v: number) =>
    !c.suppressed ? c.value === v : c.display === "<5" ? v >= 1 && v <= 4 : allHidden ? true : v >= 5;
  const [fc, mc, nc] = [
    cellsOf(d).find(([k]) => k === "Female")![1],
    cellsOf(d).find(([k]) => k === "Male")![1],
    d.noData,
  ];
  const out: [number, number, number][] = [];
  for (let fv = 0; fv <= total; fv++)
    for (let mv = 0; fv + mv <= total; mv++) {
      const nv = total - fv - mv;
      if (fits(fc, fv) && fits(mc, mv) && fits(nc, nv)) out.push([fv, mv, nv]);
    }
  return out;
}

describe("participation and suppression", () => {
  it("shows a panel of 12 (8 F, 4 M) as '[c]' and '<5': the 4 cannot be derived from the total", async () => {
    const p = await participation([f.r5.key]);
    const sex = sexOf(p.panel);
    expect(p.panelSize).toMatchObject({ value: 12 });
    expect(sex.categories.map((c) => [c.category, c.count.display])).toEqual([
      ["Female", "[c]"],
      ["Male", "<5"],
    ]);
    expect(sex.similarity).toBeNull();
    expect(sex.categories.every((c) => c.share === null && c.ratio === null)).toBe(true);
    const males = new Set(candidates(sex, 12).map(([, m]) => m));
    expect(males.size).toBeGreaterThan(1);
  });

  it("hides a whole table when no complementary cell can protect it (7 = 5 F, 1 M, 1 no data)", async () => {
    const sex = sexOf((await participation([f.r1.key])).panel);
    expect(cellsOf(sex).map(([, c]) => c.display)).toEqual(["[c]", "[c]", "[c]"]);
    const males = new Set(candidates(sex, 7).map(([, m]) => m));
    expect(males.size).toBeGreaterThan(1);
  });

  it("refuses an arbitrary set of rounds to the public, and gives the council's officers their exact pool", async () => {
    // Two rounds pooled (13 F, 9 M) beside round 5 alone (4 M "<5") would let 9 − 5 reveal the 4:
    // the public gets fixed groupings only (a round, a council and year, a council).
    const ids = `"${toGlobalId("Round", f.r5.key)}", "${toGlobalId("Round", f.r6.key)}"`;
    const query = `{ participation(rounds: [${ids}]) { panel { dimension categories { category count { ${CELL} } } } } }`;
    const refused = await client.run(query);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "rounds" });
    const officer: Viewer = { kind: "officer", councilKey: f.r5.councilKey, userKey: 1 };
    const exact = await client.data<{ participation: { panel: Dim[] } }>(query, {}, officer);
    expect(sexOf(exact.participation.panel).categories.map((c) => [c.category, c.count.value])).toEqual([
      ["Female", 13],
      ["Male", 9],
    ]);
  });

  it("compares voters with the census and suppresses them too", async () => {
    const p = await participation([f.r4.key]);
    expect(p.voterCount.value).toBe(10);
    const sex = sexOf(p.voters);
    // 6 F, 4 M: the 4 is "<5", so the 6 is complementary-suppressed (10 − 6 = 4 would reveal it).
    expect(sex.categories.map((c) => [c.category, c.count.display])).toEqual([
      ["Female", "[c]"],
      ["Male", "<5"],
    ]);
  });
});

describe("fairness and outcomes", () => {
  it("measures proportionality and the decision against the officer's recommendation", async () => {
    const data = await client.data<{
      fairness: {
        roundSlug: string;
        proportionality: { ballots: number; votersWithFundedChoice: number; share: number } | null;
        followedRecommendation: boolean | null;
        decisionMethod: string | null;
      }[];
    }>(
      `{ fairness(rounds: ["beta-2023-youth"]) { roundSlug decisionMethod followedRecommendation proportionality { ballots votersWithFundedChoice share } } }`,
    );
    // 4 {X} + 2 {X,Z} + 1 {Y} = 7 of 10 ballots include a funded project; the officer recommended Z (not funded).
    expect(data.fairness).toEqual([
      {
        roundSlug: "beta-2023-youth",
        decisionMethod: "voting",
        followedRecommendation: false,
        proportionality: { ballots: 10, votersWithFundedChoice: 7, share: 0.7 },
      },
    ]);
  });

  it("gives each indicator's status by the published rule, a roll-up that averages, and cost per person reached", async () => {
    const data = await client.data<{
      outcomeProgress: {
        indicators: {
          name: string;
          status: string;
          progress: number | null;
          latest: number | null;
          costPerPersonReached: M[];
        }[];
        overall: Record<string, number | null>;
      };
    }>(
      `{ outcomeProgress(rounds: ["alpha-2023-youth"], asOf: "2023-07-02") { indicators { name status progress latest costPerPersonReached { amountMinor currency } } overall { progress included notReported onTrack atRisk offTrack } } }`,
    );
    // 40 of 100 reached on 2 July (182/365 = 49.9 % of the period): 40 ≥ 49.9 − 10 → on track.
    expect(data.outcomeProgress.indicators).toEqual([
      { name: "Young people reached", status: "on_track", progress: 40, latest: 40, costPerPersonReached: [gbp(225)] }, // £90.00 ÷ 40
      { name: "Satisfaction", status: "not_reported", progress: null, latest: null, costPerPersonReached: [] },
    ]);
    expect(data.outcomeProgress.overall).toEqual({
      progress: 40,
      included: 1,
      notReported: 1,
      onTrack: 1,
      atRisk: 0,
      offTrack: 0,
    });
  });

  it("compares councils per capita and per pot, with the group's median", async () => {
    const data = await client.data<{
      compare: {
        items: { label: string; normalised: { measure: string; currency: string; value: number | null }[] }[];
        group: { measure: string; currency: string; median: number | null }[];
      };
    }>(
      `{ compare(councils: ["alpha", "beta"], normalise: PER_POT, asOf: "2023-07-02") { items { label normalised { measure currency value } } group { measure currency median } } }`,
    );
    const awarded = (label: string, currency: string) =>
      data.compare.items
        .find((i) => i.label === label)!
        .normalised.find((n) => n.measure === "awarded" && n.currency === currency)!.value;
    expect(awarded("Alpha Council", "GBP")).toBeCloseTo(13000 / 15000, 10);
    expect(awarded("Alpha Council", "BRX")).toBeCloseTo(0.75, 10);
    expect(awarded("Beta Council", "GBP")).toBe(1);
    expect(data.compare.group.find((g) => g.measure === "awarded" && g.currency === "GBP")!.median).toBeCloseTo(
      (13000 / 15000 + 1) / 2,
      10,
    );
  });
});
