import { describe, expect, it } from "vitest";
import { chartCurrency, spendingToGroups } from "./spending";

const gbp = (amountMinor: number) => ({ amountMinor, currency: "GBP" });
const pln = (amountMinor: number) => ({ amountMinor, currency: "PLN" });

const summary = {
  rows: [
    {
      key: "Q291bmNpbDox",
      label: "Lambeth",
      awardCount: 3,
      awarded: [gbp(300_000), { amountMinor: 500, currency: "BRX" }],
    },
    { key: "Q291bmNpbDoy", label: "Hackney", awardCount: 2, awarded: [gbp(200_000)] },
    { key: "Q291bmNpbDoz", label: "Warszawa", awardCount: 4, awarded: [pln(900_000)] },
    { key: null, label: "Not recorded", awardCount: 1, awarded: [gbp(1_000)] },
  ],
  other: null,
  totals: {
    key: null,
    label: "All",
    awardCount: 10,
    awarded: [gbp(501_000), pln(900_000), { amountMinor: 500, currency: "BRX" }],
  },
};

describe("spendingToGroups", () => {
  it("charts one currency, maps keys, and accounts for every award", () => {
    const slugs: Record<string, string> = { Q291bmNpbDox: "lambeth", Q291bmNpbDoy: "hackney" };
    const g = spendingToGroups(summary, undefined, (k) => slugs[k] ?? k);
    expect(g.currency).toBe("GBP");
    expect(g.rows).toEqual([
      { key: "lambeth", label: "Lambeth", value: 300_000, records: 3 },
      { key: "hackney", label: "Hackney", value: 200_000, records: 2 },
    ]);
    expect(g.excludedOtherCurrency).toBe(4);
    expect(g.excludedNoKey).toBe(1);
    expect(g.included + g.excludedOtherCurrency + g.excludedNoKey).toBe(summary.totals.awardCount);
    expect(g.otherTotals).toEqual([pln(900_000), { amountMinor: 500, currency: "BRX" }]);
    expect(g.otherCurrencies).toEqual(["BRX", "PLN"]);
  });

  it("folds the server's remainder into an Other row", () => {
    const g = spendingToGroups({
      ...summary,
      rows: summary.rows.slice(0, 1),
      other: { key: null, label: "Other (3)", awardCount: 6, awarded: [gbp(201_000)] },
    });
    expect(g.rows.map((r) => [r.key, r.label, r.value])).toEqual([
      ["Q291bmNpbDox", "Lambeth", 300_000],
      ["__other__", "Other (3)", 201_000],
    ]);
  });

  it("prefers sterling, otherwise the largest currency", () => {
    expect(chartCurrency([pln(9), gbp(1)])).toBe("GBP");
    expect(chartCurrency([pln(9), { amountMinor: 10, currency: "EUR" }])).toBe("EUR");
    expect(chartCurrency([])).toBeNull();
  });
});
