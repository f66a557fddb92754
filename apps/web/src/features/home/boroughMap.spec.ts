import { describe, expect, it } from "vitest";
import { toCsv, toJson } from "../../charts/csv";
import { boroughFigures, boroughRows, boroughTable } from "./boroughMap";

const boroughs = [
  { code: "E09000022", name: "Lambeth" },
  { code: "E09000028", name: "Southwark" },
  { code: "E09000001", name: "City of London" },
  { code: "E09000012", name: "Hackney" },
];
const councils = [
  { id: "C1", slug: "lambeth", name: "Lambeth", onsCode: "E09000022", population: 317_651 },
  { id: "C2", slug: "southwark", name: "Southwark", onsCode: "E09000028", population: 307_635 },
  { id: "C3", slug: "hackney", name: "Hackney", onsCode: "E09000012", population: null },
  { id: "C4", slug: "wieliczka", name: "Wieliczka", onsCode: null, population: null },
];
const spending = [
  // £300,000 + zł 1,000 (the złoty is not added to pounds)
  {
    key: "C1",
    awarded: [
      { amountMinor: 30_000_000, currency: "GBP" },
      { amountMinor: 100_000, currency: "PLN" },
    ],
  },
  { key: "C4", awarded: [{ amountMinor: 99_507_900, currency: "PLN" }] },
];

describe("Home's borough map", () => {
  const rows = boroughRows(boroughs, councils, spending);

  it("divides each council's GBP awarded by its residents; no council → no figure; nothing awarded → zero", () => {
    // 30,000,000 p ÷ 317,651 residents = 94.44… p a resident
    expect(rows[0]!.perResident).toBeCloseTo(30_000_000 / 317_651, 9);
    expect(rows[0]!.awardedMinor).toBe(30_000_000);
    expect(rows[1]).toMatchObject({ awardedMinor: 0, perResident: 0 });
    expect(rows[2]).toMatchObject({ council: null, perResident: null, awardedMinor: null });
    expect(rows[3]).toMatchObject({ awardedMinor: 0, population: null, perResident: null });
  });

  it("links each borough on Coproduce to its council, and says why the others have no figure", () => {
    const figures = boroughFigures(rows);
    expect(figures.map((f) => f.href)).toEqual([
      "/councils/lambeth",
      "/councils/southwark",
      undefined,
      "/councils/hackney",
    ]);
    expect(figures[0]!.text).toBe("£0.94 a resident (£300,000 awarded)");
    expect(figures[1]!.text).toBe("£0.00 a resident (£0 awarded)");
    expect(figures[2]!.text).toBe("Not on Coproduce");
    expect(figures[3]!.text).toBe("No population figure");
  });

  it("tables every borough, most per resident first, then the rest by name", () => {
    const table = boroughTable(rows);
    expect(table.rows.map((r) => r.borough)).toEqual(["Lambeth", "Southwark", "City of London", "Hackney"]);
    expect(table.rows[0]).toMatchObject({ slug: "lambeth", perResident: 94.44, population: 317_651 });
    const perResident = table.columns.find((c) => c.key === "perResident")!;
    expect(perResident.format!(table.rows[2]!.perResident, table.rows[2]!)).toBe("Not on Coproduce");
    expect(table.columns[0]!.link!(table.rows[2]!)).toBeUndefined();
  });

  it("downloads pounds: per resident from the exact totals, awarded to the penny", () => {
    const table = boroughTable(rows);
    // £300,000 ÷ 317,651 residents = £0.94443… → 0.9444; Southwark a real zero; no figure left empty
    const csv = [
      "Borough,Awarded per resident (£),Awarded (£),Residents (Census 2021)",
      "Lambeth,0.9444,300000.00,317651",
      "Southwark,0.0000,0.00,307635",
      "City of London,,,",
      "Hackney,,0.00,",
      "",
    ].join("\r\n");
    expect(toCsv(table.columns, table.rows)).toBe(csv);
    const json = JSON.parse(toJson(table.columns, table.rows)) as {
      units: Record<string, string>;
      rows: Record<string, unknown>[];
    };
    expect(json.units).toEqual({ perResident: "£", awarded: "£" });
    expect(json.rows[0]).toEqual({ borough: "Lambeth", perResident: 0.9444, awarded: 300000, population: 317651 });
  });
});
