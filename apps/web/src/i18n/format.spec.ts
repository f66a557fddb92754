import { afterEach, describe, expect, it } from "vitest";
import { i18n } from "./instance";
import { compareText, formatDate, formatMoney, formatNumber, formatPercent, moneyList } from "./format";

// Expected strings are the UK conventions (GOV.UK style: "2 Jul 2024", "£1,250.50"), written by hand.
describe("formatting in the active locale (en → en-GB)", () => {
  afterEach(() => {
    i18n.global.locale.value = "en";
  });

  it("money: whole amounts drop the pence, others keep them, from integer minor units", () => {
    expect(formatMoney({ amountMinor: 3_200_000, currency: "GBP" })).toBe("£32,000");
    expect(formatMoney({ amountMinor: 125_050, currency: "GBP" })).toBe("£1,250.50");
    expect(formatMoney({ amountMinor: 15_000, currency: "GBP" }, { alwaysShowMinor: true })).toBe("£150.00");
    expect(formatMoney({ amountMinor: 5, currency: "GBP" })).toBe("£0.05");
    expect(formatMoney({ amountMinor: -2_500, currency: "GBP" })).toBe("-£25");
  });

  it("money: the Brixton Pound (no ISO code) shows as B£; other currencies with the domain's symbol", () => {
    expect(formatMoney({ amountMinor: 1_250, currency: "BRX" })).toBe("B£12.50");
    // CLDR's currency spacing: a symbol ending in a letter is kept apart from the digits
    expect(formatMoney({ amountMinor: 100_000_000, currency: "PLN" })).toMatch(/^zł\s1,000,000$/);
    expect(formatMoney({ amountMinor: 9_999, currency: "EUR" })).toBe("€99.99");
  });

  it("money: exact beyond float precision (the amount is never divided as a float)", () => {
    // 2^53 + 1 pence cannot be a double; as a decimal string it is formatted digit for digit
    expect(formatMoney({ amountMinor: 900_719_925_474_099, currency: "GBP" })).toBe("£9,007,199,254,740.99");
  });

  it("money: compact for axes and tiles from ten thousand up", () => {
    expect(formatMoney({ amountMinor: 1_234_500, currency: "GBP" }, { compact: true })).toBe("£12k");
    expect(formatMoney({ amountMinor: 123_000_000, currency: "GBP" }, { compact: true })).toBe("£1.2m");
    expect(formatMoney({ amountMinor: 950_000, currency: "GBP" }, { compact: true })).toBe("£9,500");
  });

  it("money in several currencies is listed, never added", () => {
    expect(
      moneyList([
        { amountMinor: 100, currency: "GBP" },
        { amountMinor: 200, currency: "BRX" },
      ]),
    ).toBe("£1 + B£2");
  });

  it("numbers, percentages, dates and sorting", () => {
    expect(formatNumber(1_234_567.891, { maximumFractionDigits: 2 })).toBe("1,234,567.89");
    expect(formatPercent(12.5)).toBe("12.5%");
    expect(formatPercent(12.46, 0)).toBe("12%");
    expect(formatDate("2024-07-02")).toBe("2 Jul 2024");
    expect(formatDate("2024-07-02T23:30:00Z")).toBe("2 Jul 2024");
    expect(formatDate(null)).toBe("not set");
    expect(formatDate("soon")).toBe("soon");
    expect(["Area 10", "Area 2", "area 1"].sort(compareText)).toEqual(["area 1", "Area 2", "Area 10"]);
  });
});
