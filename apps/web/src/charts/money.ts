import { addMoney, type Money } from "@coproduce/domain";
import type { BarInput } from "./bars";
import { formatNumber, t } from "../i18n";

/** Totals per currency, largest first: amounts in different currencies are never added. */
export function totalsByCurrency(items: readonly Money[]): Money[] {
  const totals = new Map<string, Money>();
  for (const m of items) {
    const prev = totals.get(m.currency);
    totals.set(m.currency, prev ? addMoney(prev, m) : { amountMinor: m.amountMinor, currency: m.currency });
  }
  return [...totals.values()].sort((a, b) => b.amountMinor - a.amountMinor || a.currency.localeCompare(b.currency));
}

/** The currency most items are in (ties: GBP first, then alphabetical); null for no items. */
export function mainCurrency(items: readonly Money[]): string | null {
  const counts = new Map<string, number>();
  for (const m of items) counts.set(m.currency, (counts.get(m.currency) ?? 0) + 1);
  let best: string | null = null;
  for (const [code, n] of counts) {
    const bestN = best === null ? -1 : counts.get(best)!;
    if (n > bestN || (n === bestN && (code === "GBP" || (best !== "GBP" && code < best!)))) best = code;
  }
  return best;
}

export interface MoneyItem {
  /** Group key (e.g. a council slug); null when the record has none (e.g. an award with no area). */
  readonly key: string | null;
  readonly label: string;
  readonly money: Money;
}

export interface MoneyGroups {
  /** The one currency the groups are summed in. */
  readonly currency: string | null;
  /** One row per key: value in minor units of `currency`, with the number of records. */
  readonly rows: readonly (BarInput & { readonly records: number })[];
  readonly included: number;
  /** Records left out because they are in another currency (never added to this one). */
  readonly excludedOtherCurrency: number;
  readonly otherCurrencies: readonly string[];
  /** Records left out because they have no group key. */
  readonly excludedNoKey: number;
}

/** Sums money per group in one currency, counting (never hiding) what was left out and why. */
export function groupMoney(
  items: readonly MoneyItem[],
  currency = mainCurrency(items.map((i) => i.money)),
): MoneyGroups {
  const groups = new Map<string, { label: string; value: number; records: number }>();
  let excludedOtherCurrency = 0;
  let excludedNoKey = 0;
  const others = new Set<string>();
  for (const item of items) {
    if (item.money.currency !== currency) {
      excludedOtherCurrency++;
      others.add(item.money.currency);
      continue;
    }
    if (item.key === null) {
      excludedNoKey++;
      continue;
    }
    const g = groups.get(item.key) ?? { label: item.label, value: 0, records: 0 };
    g.value += item.money.amountMinor;
    g.records += 1;
    groups.set(item.key, g);
  }
  const rows = [...groups.entries()].map(([key, g]) => ({ key, label: g.label, value: g.value, records: g.records }));
  return {
    currency,
    rows,
    included: rows.reduce((s, r) => s + r.records, 0),
    excludedOtherCurrency,
    otherCurrencies: [...others].sort(),
    excludedNoKey,
  };
}

/** "M excluded because …" text for a chart's base line; undefined when nothing was left out. */
export function exclusionText(g: MoneyGroups, noun: string, noKeyReason: string): string | undefined {
  const parts: string[] = [];
  if (g.excludedOtherCurrency) {
    parts.push(
      t("charts.excludedOtherCurrency", {
        count: formatNumber(g.excludedOtherCurrency),
        noun,
        currencies: g.otherCurrencies.join(t("common.comma")),
        currency: g.currency ?? t("charts.thisCurrency"),
      }),
    );
  }
  if (g.excludedNoKey)
    parts.push(t("charts.excludedNoKey", { count: formatNumber(g.excludedNoKey), noun, reason: noKeyReason }));
  return parts.length ? parts.join(t("common.listSeparator")) : undefined;
}
