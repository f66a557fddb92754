/**
 * Money is an integer number of minor units (pence, grosze, Brixton pence) plus a currency code.
 * Never a float. Amounts in different currencies are never added together.
 */
export interface Money {
  readonly amountMinor: number;
  readonly currency: string;
}

export interface CurrencyInfo {
  /** ISO 4217 code where one exists; otherwise a documented local code (e.g. `BRX`). */
  readonly code: string;
  readonly name: string;
  readonly symbol: string;
  /** Number of minor units per major unit, as a power of ten (2 for pounds/pence). */
  readonly exponent: number;
  /** False for local/community currencies with no ISO 4217 code. */
  readonly iso4217: boolean;
  /**
   * For local currencies pegged to an ISO currency (the Brixton Pound is backed 1:1 by sterling),
   * the ISO currency it is pegged to. Exports use it to give an honest sterling equivalent,
   * always labelled as such — a Brixton Pound amount is never silently relabelled GBP.
   */
  readonly peggedTo?: string;
}

/**
 * Currencies the product knows. Local currencies get a code that is not, and never will be, an
 * ISO 4217 code: ISO reserves codes starting with X for such uses, but `BRX` is what the Brixton
 * Pound itself used; we document it here as the product's code.
 */
export const CURRENCIES: Readonly<Record<string, CurrencyInfo>> = {
  GBP: { code: "GBP", name: "Pound sterling", symbol: "£", exponent: 2, iso4217: true },
  BRX: { code: "BRX", name: "Brixton Pound", symbol: "B£", exponent: 2, iso4217: false, peggedTo: "GBP" },
  EUR: { code: "EUR", name: "Euro", symbol: "€", exponent: 2, iso4217: true },
  PLN: { code: "PLN", name: "Polish złoty", symbol: "zł", exponent: 2, iso4217: true },
  CHF: { code: "CHF", name: "Swiss franc", symbol: "CHF", exponent: 2, iso4217: true },
  USD: { code: "USD", name: "US dollar", symbol: "$", exponent: 2, iso4217: true },
};

export class MoneyError extends Error {
  constructor(
    message: string,
    readonly code: "CURRENCY_MISMATCH" | "NOT_AN_INTEGER" | "UNKNOWN_CURRENCY" | "UNSAFE_INTEGER",
  ) {
    super(message);
    this.name = "MoneyError";
  }
}

export function currencyInfo(code: string): CurrencyInfo {
  const info = CURRENCIES[code];
  if (!info) throw new MoneyError(`Unknown currency "${code}"`, "UNKNOWN_CURRENCY");
  return info;
}

export function isKnownCurrency(code: string): boolean {
  return CURRENCIES[code] !== undefined;
}

export function money(amountMinor: number, currency: string): Money {
  if (!Number.isInteger(amountMinor)) {
    throw new MoneyError(`Money must be an integer number of minor units, got ${amountMinor}`, "NOT_AN_INTEGER");
  }
  if (!Number.isSafeInteger(amountMinor)) {
    throw new MoneyError(`Amount ${amountMinor} exceeds the safe integer range`, "UNSAFE_INTEGER");
  }
  return { amountMinor, currency };
}

export function addMoney(a: Money, b: Money): Money {
  if (a.currency !== b.currency) {
    throw new MoneyError(`Cannot add ${a.currency} to ${b.currency}`, "CURRENCY_MISMATCH");
  }
  return money(a.amountMinor + b.amountMinor, a.currency);
}

export function sumMoney(items: readonly Money[], currency: string): Money {
  return items.reduce<Money>((acc, m) => addMoney(acc, m), money(0, currency));
}

/** Whole major units → minor units, exactly (e.g. 32000 pounds → 3,200,000 pence). */
export function majorToMinor(major: number, currency: string): number {
  if (!Number.isInteger(major)) throw new MoneyError(`Expected whole units, got ${major}`, "NOT_AN_INTEGER");
  return major * 10 ** currencyInfo(currency).exponent;
}

/**
 * Formats money for people: "£32,000", "B£150.00", "zł1,000,000". Whole amounts drop the
 * minor digits unless `alwaysShowMinor` is set.
 */
export function formatMoney(m: Money, options: { alwaysShowMinor?: boolean; compact?: boolean } = {}): string {
  const info = CURRENCIES[m.currency];
  const exponent = info?.exponent ?? 2;
  const symbol = info?.symbol ?? `${m.currency} `;
  const negative = m.amountMinor < 0;
  const abs = Math.abs(m.amountMinor);
  const divisor = 10 ** exponent;
  const major = Math.floor(abs / divisor);
  const minor = abs % divisor;
  let text: string;
  if (options.compact && major >= 1_000_000) {
    text = `${(major / 1_000_000).toFixed(1).replace(/\.0$/, "")}m`;
  } else if (options.compact && major >= 10_000) {
    text = `${Math.round(major / 1000)}k`;
  } else {
    const majorText = major.toLocaleString("en-GB");
    text =
      minor === 0 && !options.alwaysShowMinor ? majorText : `${majorText}.${String(minor).padStart(exponent, "0")}`;
  }
  return `${negative ? "−" : ""}${symbol}${text}`;
}

function integerDigits(value: number | bigint, what: string): bigint {
  if (typeof value === "bigint") return value;
  if (!Number.isInteger(value)) throw new MoneyError(`${what} must be an integer, got ${value}`, "NOT_AN_INTEGER");
  if (!Number.isSafeInteger(value))
    throw new MoneyError(`${what} ${value} exceeds the safe integer range`, "UNSAFE_INTEGER");
  return BigInt(value);
}

/** Places a decimal point `places` digits from the right of an integer: (1234567n, 2) → "12345.67", (-5n, 2) → "-0.05". */
function pointed(value: bigint, places: number): string {
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString();
  if (places === 0) return `${negative ? "-" : ""}${digits}`;
  const padded = digits.padStart(places + 1, "0");
  return `${negative ? "-" : ""}${padded.slice(0, -places)}.${padded.slice(-places)}`;
}

/**
 * Integer minor units → the exact decimal in major units, from the digits (no floating point):
 * (1234567, 2) → "12345.67", (-5, 2) → "-0.05", (7, 0) → "7". What a spreadsheet reads as pounds.
 */
export function minorToDecimal(amountMinor: number | bigint, exponent: number): string {
  return pointed(integerDigits(amountMinor, "Money"), exponent);
}

/**
 * numerator ÷ denominator (integers, denominator > 0) as an exact decimal with `places` digits,
 * rounded half away from zero in integer arithmetic: (1, 3, 4) → "0.3333", (2, 3, 2) → "0.67".
 * E.g. pounds per resident: (awarded minor units, residents × 10^exponent, exponent + 2).
 */
export function ratioToDecimal(numerator: number | bigint, denominator: number | bigint, places: number): string {
  const n = integerDigits(numerator, "Numerator");
  const d = integerDigits(denominator, "Denominator");
  if (d <= 0n) throw new RangeError(`Denominator must be positive, got ${d}`);
  if (!Number.isInteger(places) || places < 0) throw new RangeError(`places must be a whole number, got ${places}`);
  const scaled = (n < 0n ? -n : n) * 10n ** BigInt(places);
  let q = scaled / d;
  if ((scaled % d) * 2n >= d) q += 1n;
  return pointed(n < 0n ? -q : q, places);
}
