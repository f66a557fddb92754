import { afterEach, describe, expect, it } from "vitest";
import { i18n } from "../../i18n";
import {
  comparisonTable,
  comparisonText,
  wardComparison,
  wardFiguresFromAreas,
  wardFiguresFromMap,
  wardFilter,
} from "./wardFilter";
import { wardMapData } from "./wardMap";

const gbp = (amountMinor: number) => ({ amountMinor, currency: "GBP" });
const borough = { id: "A0", slug: "lambeth", name: "Lambeth", kind: "borough", population: 317_651, parent: null };
const ward = (id: string, slug: string, name: string, population: number | null) => ({
  id,
  slug,
  name,
  kind: "ward",
  population,
  parent: { id: "A0" },
});
const areas = [
  borough,
  ward("A1", "brixton-north", "Brixton North", 16_000),
  ward("A2", "oval", "Oval", 12_000),
  ward("A3", "vauxhall", "Vauxhall", 10_000),
  ward("A4", "kennington", "Kennington", null),
  ward("A5", "west-dulwich", "West Dulwich", 8_000),
  // a part of the borough that is not a ward and does not contain Brixton North
  { id: "A6", slug: "brixton-town-centre", name: "Brixton town centre", kind: "neighbourhood", parent: { id: "A0" } },
];
const rounds = [
  { id: "r1", area: { slug: "brixton-north" }, awarded: [gbp(8_000_000)] },
  { id: "r2", area: { slug: "brixton-north" }, awarded: [] },
  { id: "r3", area: { slug: "oval" }, awarded: [gbp(6_000_000)] },
  { id: "r4", area: { slug: "vauxhall" }, awarded: [gbp(8_000_000)] },
  { id: "r5", area: { slug: "lambeth" }, awarded: [gbp(20_000_000)] },
  { id: "r6", area: null, awarded: [gbp(1_000), { amountMinor: 500, currency: "BRX" }] },
  { id: "r7", area: { slug: "brixton-town-centre" }, awarded: [gbp(3_000)] },
  { id: "r8", area: { slug: "kennington" }, awarded: [gbp(100_000)] },
];

afterEach(() => {
  i18n.global.locale.value = "en";
});

describe("a council page filtered to one ward", () => {
  it("lists the ward's own rounds, and apart from them the borough-wide ones (no area, or the borough)", () => {
    const v = wardFilter(areas, rounds, "brixton-north")!;
    expect(v.ward.name).toBe("Brixton North");
    expect(v.own.map((r) => r.id)).toEqual(["r1", "r2"]);
    // r5 is for Lambeth, r6 for no area; r7 (a neighbourhood) and other wards' rounds serve neither list
    expect(v.boroughWide.map((r) => r.id)).toEqual(["r5", "r6"]);
    expect(v.ownAwarded).toEqual([gbp(8_000_000)]);
    // 20,000,000 + 1,000 GBP; the Brixton Pounds stay apart
    expect(v.boroughWideAwarded).toEqual([gbp(20_001_000), { amountMinor: 500, currency: "BRX" }]);
  });

  it("is no ward view for the borough itself or an unknown area", () => {
    expect(wardFilter(areas, rounds, "lambeth")).toBeNull();
    expect(wardFilter(areas, rounds, "brixton-town-centre")).toBeNull();
    expect(wardFilter(areas, rounds, "nowhere")).toBeNull();
    expect(wardFilter(areas, rounds, undefined)).toBeNull();
  });
});

describe("a ward against the other wards of its borough", () => {
  const figures = wardFiguresFromAreas(areas, rounds, areas[1]!);

  it("takes the borough's wards with their own rounds only (borough-wide money is in no ward's figure)", () => {
    expect(figures.map((w) => [w.slug, w.rounds, w.awardedMinor, w.population])).toEqual([
      ["brixton-north", 2, 8_000_000, 16_000],
      ["oval", 1, 6_000_000, 12_000],
      ["vauxhall", 1, 8_000_000, 10_000],
      ["kennington", 1, 100_000, null],
      ["west-dulwich", 0, 0, 8_000],
    ]);
  });

  it("ranks it among the wards with a figure, against the others' median and range", () => {
    const c = wardComparison(figures, "brixton-north")!;
    // 8,000,000 p ÷ 16,000 = 500 p; Oval 6,000,000 ÷ 12,000 = 500 p; Vauxhall 800 p; West Dulwich a real 0
    expect(c.value).toBe(500);
    expect(c.rank).toBe(2);
    expect(c.joint).toBe(true);
    expect(c.compared).toBe(4);
    expect(c.others).toEqual({
      count: 3,
      median: 500,
      highest: { names: ["Vauxhall"], value: 800 },
      lowest: { names: ["West Dulwich"], value: 0 },
      noRound: 1,
    });
    expect(c.excluded).toEqual(["Kennington"]);
    expect(comparisonText(c, "Lambeth")).toBe(
      "Brixton North: £5.00 a resident from its own rounds (£80,000), joint 2nd of 4 wards in Lambeth. " +
        "The other 3 wards: median £5.00, from £0.00 to £8.00. " +
        "1 of them has no round of its own. " +
        "Kennington excluded because no population is published.",
    );
    const table = comparisonTable(c)!;
    expect([table.ward.label, table.ward.wards, table.ward.perResident]).toEqual([
      "This ward",
      "Brixton North",
      "£5.00",
    ]);
    expect(table.others?.label).toBe("The other 3 wards");
    expect(table.others?.rows.map((r) => [r.label, r.wards, r.perResident])).toEqual([
      ["Highest", "Vauxhall", "£8.00"],
      ["Median", "—", "£5.00"],
      ["Lowest", "West Dulwich", "£0.00"],
    ]);
  });

  it("places a ward with no round of its own last, as a real zero", () => {
    const c = wardComparison(figures, "west-dulwich")!;
    expect([c.value, c.rank, c.joint]).toEqual([0, 4, false]);
    expect(c.others?.lowest).toEqual({ names: ["Brixton North", "Oval"], value: 500 });
    expect(comparisonText(c, "Lambeth")).toBe(
      "West Dulwich: £0.00 a resident from its own rounds (£0), 4th of 4 wards in Lambeth. " +
        "The other 3 wards: median £5.00, from £5.00 to £8.00. " +
        "Kennington excluded because no population is published.",
    );
  });

  it("does not compare per resident a ward with money but no population", () => {
    const c = wardComparison(figures, "kennington")!;
    expect([c.value, c.rank]).toEqual([null, null]);
    expect(comparisonTable(c)).toBeNull();
    expect(comparisonText(c, "Lambeth")).toBe(
      "Kennington has no population figure: its £1,000 is not compared per resident.",
    );
    expect(wardComparison(figures, "lambeth")).toBeNull();
  });

  it("with the ward map, compares every ward of the borough, those not on Coproduce as real zeros", () => {
    const boundaries = [
      { code: "E05014096", name: "Brixton North" },
      { code: "E05014111", name: "Oval" },
      { code: "E05014117", name: "Vauxhall" },
      { code: "E05014094", name: "Bishop's" },
      { code: "E05014119", name: "West Dulwich" },
    ];
    const map = wardMapData(boundaries, areas, rounds);
    const c = wardComparison(wardFiguresFromMap(map), "vauxhall")!;
    // the others: 500, 500, 0 (Bishop's: no area on Coproduce), 0 → median (0 + 500) ÷ 2 = 250 p
    expect([c.value, c.rank, c.joint, c.compared]).toEqual([800, 1, false, 5]);
    expect(c.others).toEqual({
      count: 4,
      median: 250,
      highest: { names: ["Brixton North", "Oval"], value: 500 },
      lowest: { names: ["Bishop's", "West Dulwich"], value: 0 },
      noRound: 2,
    });
    const table = comparisonTable(c)!;
    expect([table.ward, ...table.others!.rows].map((r) => [r.wards, r.perResident])).toEqual([
      ["Vauxhall", "£8.00"],
      ["Brixton North, Oval", "£5.00"],
      ["—", "£2.50"],
      ["Bishop's, West Dulwich", "£0.00"],
    ]);
    expect(comparisonText(c, "Lambeth")).toContain("(£80,000), 1st of 5 wards in Lambeth.");
    // a ward alone has nothing to be compared with
    const alone = wardComparison(
      wardFiguresFromMap(wardMapData(boundaries.slice(0, 1), areas, rounds)),
      "brixton-north",
    )!;
    expect(comparisonText(alone, "Lambeth")).toBe(
      "Brixton North: £5.00 a resident from its own rounds (£80,000), 1st of 1 ward in Lambeth.",
    );
    expect(comparisonTable(alone)?.others).toBeNull();
  });

  it("says the rank in the reader's language", () => {
    const c = wardComparison(figures, "brixton-north")!;
    i18n.global.locale.value = "cy";
    expect(comparisonText(c, "Lambeth")).toContain("(£80,000), rhif 2 (cydradd) o 4 ward yn Lambeth.");
  });
});
