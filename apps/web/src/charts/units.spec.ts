import { afterEach, describe, expect, it } from "vitest";
import { i18n } from "../i18n/instance";
import { currencyUnit } from "../i18n";
import { headerWithUnit, toCsv } from "./csv";
import { majorPer, majorUnits, moneyColumn, moneyPerColumn } from "./units";

// Expected strings written by hand.
describe("money in the units people read", () => {
  afterEach(() => {
    i18n.global.locale.value = "en";
  });

  it("names the currency as a header's unit: the sign where it is plain, else the code", () => {
    expect(currencyUnit("GBP")).toBe("£");
    expect(currencyUnit("EUR")).toBe("€");
    expect(currencyUnit("PLN")).toBe("PLN");
    expect(currencyUnit("USD")).toBe("US$");
    expect(currencyUnit("BRX")).toBe("B£"); // the Brixton Pound has no ISO code: its own symbol
    expect(currencyUnit("zz")).toBe("zz");
    i18n.global.locale.value = "cy";
    expect(currencyUnit("GBP")).toBe("£");
    expect(currencyUnit("PLN")).toBe("PLN");
  });

  it("writes minor units as major units from the digits", () => {
    expect(majorUnits(1_234_567, "GBP")).toBe("12345.67");
    expect(majorUnits(99_507_900, "PLN")).toBe("995079.00");
    expect(majorUnits(-5, "GBP")).toBe("-0.05");
    expect(majorUnits(null, "GBP")).toBeNull();
    // 2^53 − 1 pence: a float division would print 90071992547409.92
    expect(majorUnits(9_007_199_254_740_991, "GBP")).toBe("90071992547409.91");
  });

  it("shares an amount out exactly, to hundredths of a minor unit", () => {
    expect(majorPer(3_200_000, 317_651, "GBP")).toBe("0.1007"); // £32,000 ÷ 317,651 = £0.100739…
    expect(majorPer(1_500_000, 10_000, "GBP")).toBe("1.5000");
    expect(majorPer(1_000, 3, "PLN")).toBe("3.3333");
    expect(majorPer(1_000, 0, "GBP")).toBeNull();
    expect(majorPer(1_000, null, "GBP")).toBeNull();
  });

  it("a money column: the table formats, the header and the download are in major units", () => {
    const awarded = moneyColumn({ key: "awarded", label: "Awarded", currency: "GBP" });
    const perResident = moneyPerColumn({
      key: "perResident",
      label: "Awarded per resident",
      currency: "GBP",
      total: "awarded",
      per: "population",
      format: (v) => String(v),
    });
    expect(headerWithUnit(awarded)).toBe("Awarded (£)");
    expect(awarded.format!(1_234_567, {})).toBe("£12,345.67");
    const rows = [{ awarded: 1_234_567, perResident: 1234567 / 7, population: 7 }];
    expect(toCsv([awarded, perResident], rows)).toBe(
      "Awarded (£),Awarded per resident (£)\r\n12345.67,1763.6671\r\n", // £12,345.67 ÷ 7 = £1,763.667142…
    );
    const zloty = moneyColumn({ key: "awarded", label: "Awarded", currency: "PLN" });
    expect(toCsv([zloty], [{ awarded: 5_000_00 }])).toBe("Awarded (PLN)\r\n5000.00\r\n");
  });
});
