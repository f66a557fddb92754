import { describe, expect, it } from "vitest";
import {
  addMoney,
  formatMoney,
  majorToMinor,
  minorToDecimal,
  money,
  MoneyError,
  ratioToDecimal,
  sumMoney,
} from "./money.js";

describe("money", () => {
  it("rejects fractional minor units", () => {
    expect(() => money(1.5, "GBP")).toThrow(MoneyError);
  });
  it("never adds different currencies", () => {
    expect(() => addMoney(money(100, "GBP"), money(100, "BRX"))).toThrow(/Cannot add GBP to BRX/);
  });
  it("sums in one currency", () => {
    expect(sumMoney([money(150, "GBP"), money(250, "GBP")], "GBP")).toEqual({ amountMinor: 400, currency: "GBP" });
  });
  it("converts major to minor exactly", () => {
    expect(majorToMinor(32_000, "GBP")).toBe(3_200_000);
  });
  it("formats sterling and Brixton Pounds with their symbols", () => {
    expect(formatMoney(money(3_200_000, "GBP"))).toBe("£32,000");
    expect(formatMoney(money(1_250, "BRX"))).toBe("B£12.50");
    expect(formatMoney(money(-500, "GBP"), { alwaysShowMinor: true })).toBe("−£5.00");
    expect(formatMoney(money(150_000_000, "GBP"), { compact: true })).toBe("£1.5m");
  });
});

describe("minorToDecimal", () => {
  it("writes major units from the digits", () => {
    expect(minorToDecimal(1_234_567, 2)).toBe("12345.67");
    expect(minorToDecimal(3_200_000, 2)).toBe("32000.00");
    expect(minorToDecimal(5, 2)).toBe("0.05");
    expect(minorToDecimal(-5, 2)).toBe("-0.05");
    expect(minorToDecimal(0, 2)).toBe("0.00");
    expect(minorToDecimal(7, 0)).toBe("7");
    expect(minorToDecimal(1_234, 3)).toBe("1.234");
    // beyond a double's exact decimals: 2^53 − 1 pence, and a bigint total beyond it
    expect(minorToDecimal(9_007_199_254_740_991, 2)).toBe("90071992547409.91");
    expect(minorToDecimal(123_456_789_012_345_678_901n, 2)).toBe("1234567890123456789.01");
  });

  it("refuses fractions and unsafe integers", () => {
    expect(() => minorToDecimal(0.5, 2)).toThrow(MoneyError);
    expect(() => minorToDecimal(2 ** 53, 2)).toThrow(MoneyError);
  });
});

describe("ratioToDecimal", () => {
  it("divides integers to a fixed number of places, half away from zero", () => {
    expect(ratioToDecimal(1, 3, 4)).toBe("0.3333");
    expect(ratioToDecimal(2, 3, 2)).toBe("0.67");
    expect(ratioToDecimal(1, 8, 2)).toBe("0.13"); // 0.125 → up
    expect(ratioToDecimal(-1, 8, 2)).toBe("-0.13");
    expect(ratioToDecimal(-1, 1000, 2)).toBe("0.00");
    expect(ratioToDecimal(10, 4, 0)).toBe("3"); // 2.5 → 3
    // £32,000 (3,200,000 p) over 317,498 residents, in pounds to 4 places: 3200000 / 31749800 = 0.100788…
    expect(ratioToDecimal(3_200_000, 317_498 * 100, 4)).toBe("0.1008");
  });

  it("refuses a zero or negative denominator", () => {
    expect(() => ratioToDecimal(1, 0, 2)).toThrow(RangeError);
    expect(() => ratioToDecimal(1, -2, 2)).toThrow(RangeError);
  });
});
