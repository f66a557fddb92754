import { describe, expect, it } from "vitest";
import { formatPerResident, perCapitaByArea } from "./perCapita";

const gbp = (amountMinor: number) => ({ amountMinor, currency: "GBP" });

describe("perCapitaByArea", () => {
  it("divides money awarded in each area by its residents and counts what it cannot place", () => {
    const out = perCapitaByArea([
      { area: { slug: "brixton", name: "Brixton", population: 10_000 }, money: [gbp(1_000_000)] },
      {
        area: { slug: "brixton", name: "Brixton", population: 10_000 },
        money: [gbp(500_000), { amountMinor: 9, currency: "BRX" }],
      },
      { area: { slug: "oval", name: "Oval", population: null }, money: [gbp(100)] },
      { area: null, money: [gbp(100)] },
    ]);
    expect(out.rows).toEqual([
      { key: "brixton", label: "Brixton", value: 150, awardedMinor: 1_500_000, population: 10_000 },
    ]);
    expect(out.noPopulation).toEqual(["Oval"]);
    expect(out.noArea).toBe(1);
    expect(out.otherCurrency).toBe(1);
    expect(formatPerResident(out.rows[0]!.value, "GBP")).toBe("£1.50");
  });
});
