import { describe, expect, it } from "vitest";
import { MoneyError } from "@coproduce/domain";
import { minorToDecimalString, minorToMajorNumber, toStandardAmount } from "./currency.js";

describe("minor units → major units", () => {
  it("is exact, with the currency's exponent", () => {
    expect(minorToDecimalString(3_200_000, "GBP")).toBe("32000.00");
    expect(minorToDecimalString(5, "GBP")).toBe("0.05");
    expect(minorToDecimalString(-5, "GBP")).toBe("-0.05");
    expect(minorToDecimalString(-1234, "GBP")).toBe("-12.34");
    expect(minorToDecimalString(0, "EUR")).toBe("0.00");
    expect(minorToDecimalString(Number.MAX_SAFE_INTEGER, "GBP")).toBe("90071992547409.91");
  });

  it("gives JSON numbers that print as the same decimals", () => {
    expect(JSON.stringify(minorToMajorNumber(12_345, "GBP"))).toBe("123.45");
    expect(JSON.stringify(minorToMajorNumber(10, "GBP"))).toBe("0.1");
    expect(JSON.stringify(minorToMajorNumber(737_512, "GBP"))).toBe("7375.12");
    // Every pence amount up to £1m round-trips through the JSON number.
    for (let minor = 0; minor <= 100_000_000; minor += 9_973) {
      expect(Number(minorToDecimalString(minor, "GBP")).toFixed(2)).toBe(minorToDecimalString(minor, "GBP"));
    }
  });

  it("refuses non-integers, unsafe integers and unknown currencies", () => {
    expect(() => minorToDecimalString(1.5, "GBP")).toThrow(MoneyError);
    expect(() => minorToDecimalString(2 ** 60, "GBP")).toThrow(MoneyError);
    expect(() => minorToDecimalString(1, "XYZ")).toThrow(MoneyError);
  });
});

describe("amounts for ISO-only standards", () => {
  it("passes ISO currencies through with no note", () => {
    expect(toStandardAmount({ amountMinor: 3_200_000, currency: "GBP" })).toEqual({
      kind: "iso",
      currency: "GBP",
      amount: 32000,
      local: null,
    });
  });

  it("maps Brixton Pounds to their sterling equivalent and always says so", () => {
    const s = toStandardAmount({ amountMinor: 15_050, currency: "BRX" });
    expect(s).toMatchObject({ kind: "iso", currency: "GBP", amount: 150.5 });
    if (s.kind !== "iso") throw new Error("expected iso");
    expect(s.local).toMatchObject({ currency: "BRX", symbol: "B£", amount: 150.5, peggedTo: "GBP", exchangeRate: 1 });
    expect(s.local?.note).toBe(
      "Paid in Brixton Pound (B£150.50), a local currency with no ISO 4217 code, pegged 1:1 to Pound sterling; the GBP amount is its equivalent at the peg, not a GBP payment.",
    );
  });
});
