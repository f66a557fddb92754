import { describe, expect, it } from "vitest";
import { toCsv } from "../../charts/csv";
import { wardFigures, wardMapData, wardTable } from "./wardMap";

const boundaries = [
  { code: "E05014096", name: "Brixton North" },
  { code: "E05014099", name: "Clapham Common & Abbeville" },
  { code: "E05014119", name: "West Dulwich" },
];
const areas = [
  { slug: "lambeth", name: "Lambeth", kind: "borough", onsCode: "E09000022", population: 317_651 },
  { slug: "brixton-north", name: "Brixton North", kind: "ward", onsCode: null, population: 14_000 },
  { slug: "clapham-common-and-abbeville", name: "Clapham Common & Abbeville", kind: "ward", population: 12_000 },
  { slug: "west-dulwich", name: "West Dulwich", kind: "ward", population: null },
  { slug: "nowhere", name: "Nowhere Ward", kind: "ward", population: 5 },
];
const gbp = (amountMinor: number) => [{ amountMinor, currency: "GBP" }];
const rounds = [
  { area: { slug: "brixton-north" }, awarded: gbp(11_550_000) },
  { area: { slug: "brixton-north" }, awarded: [] },
  { area: { slug: "clapham-common-and-abbeville" }, awarded: gbp(3_000_000) },
  { area: { slug: "lambeth" }, awarded: gbp(21_070_000) },
  { area: null, awarded: gbp(1_000) },
];
const link = (slug: string) => `/councils/lambeth?area=${slug}#rounds`;

describe("a council's ward map", () => {
  const data = wardMapData(boundaries, areas, rounds);

  it("matches wards to boundaries by name when they have no ONS code", () => {
    expect(data.rows.map((r) => r.area?.slug ?? null)).toEqual([
      "brixton-north",
      "clapham-common-and-abbeville",
      "west-dulwich",
    ]);
    expect(data.unmapped).toEqual(["Nowhere Ward"]);
  });

  it("counts only rounds for one ward in the ward figures; borough-wide rounds apart", () => {
    expect(data.rows.map((r) => [r.rounds, r.awardedMinor])).toEqual([
      [2, 11_550_000],
      [1, 3_000_000],
      [0, 0],
    ]);
    // the Lambeth-wide round and the round with no area
    expect(data.boroughWide).toEqual({ rounds: 2, awardedMinor: 21_071_000 });
  });

  it("shades per resident when every ward with money has a population (West Dulwich has none, but no money)", () => {
    expect(data.measure).toBe("perResident");
    const figures = wardFigures(data, link);
    // 11,550,000 p ÷ 14,000 = 825 p = £8.25 a resident; 3,000,000 ÷ 12,000 = 250 p
    expect(figures.map((f) => f.value)).toEqual([825, 250, 0]);
    expect(figures[0]!.text).toBe("£8.25 a resident (£115,500 awarded, 2 rounds)");
    expect(figures[2]!.text).toBe("No round for this ward alone");
    expect(figures[0]!.href).toBe(link("brixton-north"));
  });

  it("shades by money when a ward with money has no population, and links only wards on Coproduce", () => {
    const noPop = wardMapData(
      boundaries,
      areas.map((a) => (a.slug === "clapham-common-and-abbeville" ? { ...a, population: null } : a)),
      rounds,
    );
    expect(noPop.measure).toBe("awarded");
    const figures = wardFigures(noPop, link);
    expect(figures.map((f) => f.value)).toEqual([11_550_000, 3_000_000, 0]);
    expect(figures[1]!.text).toBe("£30,000 awarded (1 round)");
    const other = wardFigures(wardMapData([{ code: "E05000001", name: "Elsewhere" }], areas, rounds), link);
    expect(other[0]!.href).toBeUndefined();
  });

  it("tables every ward, most first", () => {
    const table = wardTable(data, link);
    expect(table.rows.map((r) => [r.ward, r.perResident])).toEqual([
      ["Brixton North", 825],
      ["Clapham Common & Abbeville", 250],
      ["West Dulwich", null],
    ]);
    expect(table.columns.map((c) => c.key)).toEqual(["ward", "rounds", "awarded", "perResident", "population"]);
  });

  it("downloads pounds, exactly, under headers in pounds", () => {
    const table = wardTable(data, link);
    // £115,500 ÷ 14,000 residents = £8.25; £30,000 ÷ 12,000 = £2.50 (to hundredths of a penny)
    expect(toCsv(table.columns, table.rows)).toBe(
      [
        "Ward,Rounds for this ward,Awarded (£),Awarded per resident (£),Residents (Census 2021)",
        "Brixton North,2,115500.00,8.2500,14000",
        "Clapham Common & Abbeville,1,30000.00,2.5000,12000",
        "West Dulwich,0,0.00,,",
        "",
      ].join("\r\n"),
    );
    // the table shows the same money for people
    const awarded = table.columns.find((c) => c.key === "awarded")!;
    expect(awarded.format!(table.rows[0]!.awarded, table.rows[0]!)).toBe("£115,500");
  });
});
