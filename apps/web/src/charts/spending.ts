import type { Money } from "@coproduce/domain";
import type { MoneyGroups } from "./money";

/** The fields of the API's SpendingRow this module needs. */
export interface SpendingRowLike {
  readonly key: string | null;
  readonly label: string;
  readonly awardCount: number;
  readonly awarded: readonly Money[];
}

export interface SpendingSummaryLike {
  readonly rows: readonly SpendingRowLike[];
  readonly other?: SpendingRowLike | null;
  readonly totals: SpendingRowLike;
}

/** Sterling when any money is in sterling, otherwise the largest currency; null when nothing was awarded. */
export function chartCurrency(totals: readonly Money[]): string | null {
  if (totals.some((m) => m.currency === "GBP")) return "GBP";
  return [...totals].sort((a, b) => b.amountMinor - a.amountMinor)[0]?.currency ?? null;
}

/**
 * The API's server-side spending summary (rows + totals from one query, so they reconcile) as
 * chartable groups in one currency. Other currencies are never added; rows with no key are
 * counted as excluded, never silently dropped.
 */
export function spendingToGroups(
  summary: SpendingSummaryLike,
  currency = chartCurrency(summary.totals.awarded),
  keyToGroup: (key: string) => string = (k) => k,
): MoneyGroups & { readonly otherTotals: readonly Money[] } {
  const rows = [];
  let excludedNoKey = 0;
  let excludedOtherCurrency = 0;
  const all = summary.other ? [...summary.rows, { ...summary.other, key: "__other__" }] : summary.rows;
  for (const r of all) {
    const amount = r.awarded.find((m) => m.currency === currency);
    if (r.key === null) {
      excludedNoKey += r.awardCount;
      continue;
    }
    if (!amount) {
      if (r.awardCount > 0) excludedOtherCurrency += r.awardCount;
      continue;
    }
    rows.push({
      key: r.key === "__other__" ? r.key : keyToGroup(r.key),
      label: r.label,
      value: amount.amountMinor,
      records: r.awardCount,
    });
  }
  const otherTotals = summary.totals.awarded.filter((m) => m.currency !== currency);
  return {
    currency,
    rows,
    included: rows.reduce((s, r) => s + r.records, 0),
    excludedOtherCurrency,
    otherCurrencies: otherTotals.map((m) => m.currency).sort(),
    excludedNoKey,
    otherTotals,
  };
}
