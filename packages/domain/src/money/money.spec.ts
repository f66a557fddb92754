import { describe, expect, it } from "vitest";
import { addMoney, formatMoney, majorToMinor, money, MoneyError, sumMoney } from "./money.js";

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
