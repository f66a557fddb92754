import { CURRENCIES, type Money } from "@coproduce/domain";
import { activeTag, t } from "./instance";

/**
 * Dates, numbers and money for people, through `Intl` in the active locale. Pages use them through
 * `useFormat()`; plain modules import them. Never call `toLocaleString` with a fixed locale.
 */

const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(tag: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${tag}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.NumberFormat(tag, options)));
  return f;
}

/** 12345.678 → "12,345.678" (en); `maximumFractionDigits` etc. as Intl takes them. */
export function formatNumber(value: number, options: Intl.NumberFormatOptions = {}): string {
  return numberFormat(activeTag(), options).format(value);
}

/** A percentage given in percent (12.5 → "12.5%"), at most `digits` decimals (default 1). */
export function formatPercent(percent: number, digits = 1): string {
  return numberFormat(activeTag(), { style: "percent", maximumFractionDigits: digits }).format(percent / 100);
}

/** A percentage with exactly `digits` decimals (12.5 → "12.50%"). */
export function formatPercentFixed(percent: number, digits: number): string {
  return numberFormat(activeTag(), {
    style: "percent",
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(percent / 100);
}

/**
 * An ISO date ("2024-07-02") or timestamp as a civil date ("2 Jul 2024" in en-GB), read in UTC so a
 * date never moves a day; "not set" for none; the text itself when it is not a date.
 */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return t("common.notSet");
  const d = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return Number.isNaN(d.getTime())
    ? iso
    : d.toLocaleDateString(activeTag(), { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
}

/** Locale-aware comparison for sorting names ("Area 2" before "Area 10"). */
export function compareText(a: string, b: string): number {
  return collator(activeTag()).compare(a, b);
}
const collators = new Map<string, Intl.Collator>();
function collator(tag: string): Intl.Collator {
  let c = collators.get(tag);
  if (!c) collators.set(tag, (c = new Intl.Collator(tag, { numeric: true })));
  return c;
}

export interface MoneyFormatOptions {
  /** Show the minor digits even for a whole amount ("£150.00"). */
  alwaysShowMinor?: boolean;
  /** Short form for axes and tiles from ten thousand up ("£12K", "£1.2M" in en). */
  compact?: boolean;
}

/**
 * Money for people, in the active locale: the amount from its integer minor units (as a decimal
 * string, never through a float), the currency's symbol from the domain (so the Brixton Pound, which
 * has no ISO code, shows as "B£" and formats like the pound it is pegged to). Whole amounts drop the
 * minor digits unless asked.
 */
export function formatMoney(m: Money, options: MoneyFormatOptions = {}): string {
  const info = CURRENCIES[m.currency];
  const exponent = info?.exponent ?? 2;
  // Intl needs an ISO 4217 code: a local currency formats as the one it is pegged to, a malformed code as "XXX".
  const iso = info
    ? info.iso4217
      ? m.currency
      : (info.peggedTo ?? "XXX")
    : /^[A-Z]{3}$/.test(m.currency)
      ? m.currency
      : "XXX";
  const symbol = info?.symbol ?? (iso === "XXX" ? `${m.currency} ` : null);
  const abs = Math.abs(m.amountMinor);
  const major = Math.floor(abs / 10 ** exponent);
  const minor = abs % 10 ** exponent;
  const whole = minor === 0 && !options.alwaysShowMinor;
  const decimal = `${m.amountMinor < 0 ? "-" : ""}${major}.${String(minor).padStart(exponent, "0")}`;
  const compact = options.compact === true && major >= 10_000;
  const format = numberFormat(activeTag(), {
    style: "currency",
    currency: iso,
    currencyDisplay: "narrowSymbol",
    ...(compact
      ? { notation: "compact" }
      : { minimumFractionDigits: whole ? 0 : exponent, maximumFractionDigits: exponent }),
  });
  return format
    .formatToParts(decimal as Intl.StringNumericLiteral)
    .map((p) => (p.type === "currency" && symbol !== null ? symbol : p.value))
    .join("");
}

/**
 * A currency as the unit in a table or download header, in the active locale: Intl's symbol, which
 * is the sign where it is the reader's own or unambiguous and the code otherwise ("£", "€", "PLN",
 * "US$" in en-GB); a local currency's own symbol ("B£"); an unknown code as itself.
 */
export function currencyUnit(currency: string): string {
  const info = CURRENCIES[currency];
  if (info && !info.iso4217) return info.symbol;
  if (!/^[A-Z]{3}$/.test(currency)) return currency;
  const parts = numberFormat(activeTag(), { style: "currency", currency, currencyDisplay: "symbol" }).formatToParts(0);
  return parts.find((p) => p.type === "currency")?.value ?? currency;
}

/** Totals in several currencies, listed (never added): "£12,000 + B£500"; "£0" for none. */
export function moneyList(items: readonly Money[], compact = false): string {
  if (items.length === 0) return formatMoney({ amountMinor: 0, currency: "GBP" });
  return items.map((m) => formatMoney(m, { compact })).join(t("common.moneyJoin"));
}
