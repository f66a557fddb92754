import { describe, expect, it } from "vitest";
import { formatPercent, toPairedBars, toPanelVsPopulation } from "./panel";

const age = {
  dimension: "age",
  panelTotal: 20,
  populationTotal: 1000,
  noData: 0,
  rows: [
    { category: "16-17", panelCount: 8, populationCount: 100 },
    { category: "18-20", panelCount: 7, populationCount: 300 },
    { category: "21-24", panelCount: 5, populationCount: 600 },
  ],
};

describe("toPanelVsPopulation", () => {
  it("shows n beside every percentage and uses each side's own denominator", () => {
    const out = toPanelVsPopulation(age);
    expect(out.rows[0]!.panelText).toBe("40% — 8 of 20");
    expect(out.rows[0]!.populationText).toBe("10% — 100 of 1,000");
    expect(out.rows[0]!.ratio).toBeCloseTo(4);
    expect(out.rows[2]!.ratio).toBeCloseTo(0.25 / 0.6);
    expect(out.noData).toBe(0);
    expect(out.suppressedCount).toBe(0);
  });

  it("keeps cells the API already suppressed as <5, with no percentage", () => {
    const out = toPanelVsPopulation({
      ...age,
      rows: [
        { category: "a", panelCount: null, populationCount: 10 },
        { category: "b", panelCount: null, populationCount: 10 },
        { category: "c", panelCount: 12, populationCount: 10 },
      ],
    });
    expect(out.rows.map((r) => r.panelText)).toEqual(["<5", "<5", "60% — 12 of 20"]);
    expect(out.rows[0]!.panelPercent).toBeNull();
    expect(out.rows[0]!.panelCount).toBeNull();
  });

  it("suppresses small counts and a second cell so the total cannot reveal them", () => {
    const out = toPanelVsPopulation({
      ...age,
      rows: [
        { category: "a", panelCount: 3, populationCount: 10 },
        { category: "b", panelCount: 6, populationCount: 10 },
        { category: "c", panelCount: 11, populationCount: 10 },
      ],
    });
    expect(out.rows.map((r) => r.suppressed)).toEqual([true, true, false]);
    expect(out.rows.map((r) => r.panelText)).toEqual(["<5", "[c]", "55% — 11 of 20"]);
    expect(out.suppressedCount).toBe(2);
    const visible = out.rows.filter((r) => !r.suppressed).reduce((s, r) => s + (r.panelCount ?? 0), 0);
    // total − visible is a sum of at least two hidden cells: no single one is recoverable
    expect(out.panelTotal - visible).toBe(9);
    expect(JSON.stringify(out.rows.filter((r) => r.suppressed))).not.toMatch(/"panelCount":\d/);
  });

  it("says not reported when the baseline is missing", () => {
    const out = toPanelVsPopulation({ ...age, rows: [{ category: "x", panelCount: 9, populationCount: null }] });
    expect(out.rows[0]!.populationText).toBe("not reported");
    expect(out.rows[0]!.ratio).toBeNull();
  });
});

describe("formatPercent", () => {
  it("rounds sensibly", () => {
    expect(formatPercent(0.4)).toBe("40%");
    expect(formatPercent(0.0456)).toBe("4.6%");
    expect(formatPercent(0.004)).toBe("<1%");
    expect(formatPercent(0)).toBe("0%");
  });
});

describe("toPairedBars", () => {
  it("pairs panel and population percentages per group and names the largest gaps with n", () => {
    const out = toPairedBars(toPanelVsPopulation(age));
    expect(out.labels).toEqual(["16-17", "18-20", "21-24"]);
    expect(out.panel).toEqual([40, 35, 25]);
    expect(out.population).toEqual([10, 30, 60]);
    expect(out.summary).toBe(
      "Most over-represented: 16-17, 40% — 8 of 20 of the panel against 10% of residents. Most under-represented: 21-24, 25% — 5 of 20 of the panel against 60% of residents.",
    );
  });
  it("draws no bar for a suppressed count, and says so", () => {
    const out = toPairedBars(
      toPanelVsPopulation({
        ...age,
        rows: [
          { category: "a", panelCount: null, populationCount: 500 },
          { category: "b", panelCount: 16, populationCount: 500 },
        ],
      }),
    );
    expect(out.panel).toEqual([null, 80]);
    expect(out.summary).toContain("1 group with a small count has no panel bar.");
  });
});
