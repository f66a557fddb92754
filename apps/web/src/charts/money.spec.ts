import { describe, expect, it } from "vitest";
import { exclusionText, groupMoney, mainCurrency, totalsByCurrency } from "./money";

const gbp = (amountMinor: number) => ({ amountMinor, currency: "GBP" });
const brx = (amountMinor: number) => ({ amountMinor, currency: "BRX" });

describe("totalsByCurrency", () => {
  it("never adds different currencies", () => {
    expect(totalsByCurrency([gbp(100), brx(5_000), gbp(250)])).toEqual([brx(5_000), gbp(350)]);
    expect(totalsByCurrency([])).toEqual([]);
  });
});

describe("mainCurrency", () => {
  it("picks the most common currency, GBP on ties", () => {
    expect(mainCurrency([brx(1), brx(2), gbp(3)])).toBe("BRX");
    expect(mainCurrency([brx(1), gbp(3)])).toBe("GBP");
    expect(mainCurrency([])).toBeNull();
  });
});

describe("groupMoney", () => {
  const items = [
    { key: "lambeth", label: "Lambeth", money: gbp(3_200_000) },
    { key: "lambeth", label: "Lambeth", money: gbp(100) },
    { key: "brent", label: "Brent", money: gbp(500) },
    { key: "lambeth", label: "Lambeth", money: brx(12_000) },
    { key: null, label: "—", money: gbp(999) },
  ];

  it("sums per key in one currency and counts what it left out", () => {
    const g = groupMoney(items);
    expect(g.currency).toBe("GBP");
    expect(g.rows).toEqual([
      { key: "lambeth", label: "Lambeth", value: 3_200_100, records: 2 },
      { key: "brent", label: "Brent", value: 500, records: 1 },
    ]);
    expect(g.included).toBe(3);
    expect(g.excludedOtherCurrency).toBe(1);
    expect(g.otherCurrencies).toEqual(["BRX"]);
    expect(g.excludedNoKey).toBe(1);
    // every record is accounted for
    expect(g.included + g.excludedOtherCurrency + g.excludedNoKey).toBe(items.length);
    expect(exclusionText(g, "awards", "they have no area")).toBe(
      "1 awards excluded because they are in another currency (BRX), which is never added to GBP; 1 awards excluded because they have no area",
    );
  });

  it("can be asked for a specific currency", () => {
    const g = groupMoney(items, "BRX");
    expect(g.rows).toEqual([{ key: "lambeth", label: "Lambeth", value: 12_000, records: 1 }]);
    expect(exclusionText(groupMoney([{ key: "a", label: "A", money: gbp(1) }]), "awards", "x")).toBeUndefined();
  });
});
