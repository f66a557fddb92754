/**
 * Money in open-data standards.
 *
 * Both OCDS (`Value.currency`) and 360Giving (`currency`) only accept ISO 4217 codes (closed
 * codelists in their schemas). Coproduce also handles local currencies with no ISO code, such as
 * the Brixton Pound (`BRX`). The mapping, documented in README.md, is:
 *
 * - ISO currency: the amount in major units, exactly as stored.
 * - Local currency pegged at par to an ISO currency (`CurrencyInfo.peggedTo`, the Brixton Pound is
 *   backed 1:1 by sterling): the **ISO-currency equivalent** at the peg, *always* accompanied by a
 *   `coproduceLocalCurrency` object saying what was really paid (code, name, symbol, amount, peg,
 *   rate, a human note). A local amount is never labelled with the ISO code without that note.
 * - Local currency with no peg: no ISO amount at all (nothing can honestly be said in ISO terms);
 *   only the `coproduceLocalCurrency` note carries the amount.
 * - Unknown currency codes are a data error and throw (`MoneyError`, `UNKNOWN_CURRENCY`).
 */
import { currencyInfo, minorToDecimal, money, type Money } from "@coproduce/domain";

/** Name of the additional field carrying the local-currency note, in OCDS and in 360Giving. */
export const LOCAL_CURRENCY_FIELD = "coproduceLocalCurrency";

/** What was really paid, when the standard's currency field cannot say it. */
export interface LocalCurrencyNote {
  /** The product's code for the local currency, e.g. `BRX`. Not an ISO 4217 code. */
  readonly currency: string;
  readonly name: string;
  readonly symbol: string;
  /** Amount in the local currency, major units. */
  readonly amount: number;
  /** The ISO currency it is pegged to, or null when it has none. */
  readonly peggedTo: string | null;
  /** Units of `peggedTo` per local unit (1 for a par peg), or null. */
  readonly exchangeRate: number | null;
  readonly note: string;
}

export type StandardAmount =
  | {
      readonly kind: "iso";
      readonly currency: string;
      readonly amount: number;
      readonly local: LocalCurrencyNote | null;
    }
  | { readonly kind: "unrepresentable"; readonly local: LocalCurrencyNote };

/**
 * Minor units → a decimal string in major units, exactly (integer arithmetic on the digits, no
 * floating point): 3_200_000 GBP → "32000.00", -5 GBP → "-0.05", 7 JPY-like exponent 0 → "7".
 */
export function exactMinorToDecimalString(amountMinor: bigint, currency: string): string {
  return minorToDecimal(amountMinor, currencyInfo(currency).exponent);
}

export function minorToDecimalString(amountMinor: number, currency: string): string {
  const m = money(amountMinor, currency); // rejects non-integers and unsafe integers
  return minorToDecimal(m.amountMinor, currencyInfo(currency).exponent);
}

/**
 * Minor units → a JSON number in major units. Parsing the exact decimal string yields the double
 * nearest to it, which serialises back to the same digits for any amount a council handles
 * (fewer than 16 significant digits), so `JSON.stringify` prints e.g. `123.45`, never `123.4500001`.
 */
export function minorToMajorNumber(amountMinor: number, currency: string): number {
  return Number(minorToDecimalString(amountMinor, currency));
}

/** Maps one amount to what the ISO-only standards can carry (see the module comment). */
export function toStandardAmount(m: Money): StandardAmount {
  const info = currencyInfo(m.currency);
  const amount = minorToMajorNumber(m.amountMinor, m.currency);
  if (info.iso4217) return { kind: "iso", currency: info.code, amount, local: null };
  if (info.peggedTo !== undefined) {
    const peg = currencyInfo(info.peggedTo);
    const local: LocalCurrencyNote = {
      currency: info.code,
      name: info.name,
      symbol: info.symbol,
      amount,
      peggedTo: peg.code,
      exchangeRate: 1,
      note:
        `Paid in ${info.name} (${info.symbol}${minorToDecimalString(m.amountMinor, m.currency)}), a local currency ` +
        `with no ISO 4217 code, pegged 1:1 to ${peg.name}; the ${peg.code} amount is its equivalent at the peg, ` +
        `not a ${peg.code} payment.`,
    };
    // A par peg between currencies with the same exponent: the minor units carry over unchanged.
    if (peg.exponent !== info.exponent) {
      throw new Error(`Peg from ${info.code} to ${peg.code} across different exponents is not supported`);
    }
    return { kind: "iso", currency: peg.code, amount: minorToMajorNumber(m.amountMinor, peg.code), local };
  }
  return {
    kind: "unrepresentable",
    local: {
      currency: info.code,
      name: info.name,
      symbol: info.symbol,
      amount,
      peggedTo: null,
      exchangeRate: null,
      note: `Paid in ${info.name}, a local currency with no ISO 4217 code and no peg: no ISO amount is given.`,
    },
  };
}
