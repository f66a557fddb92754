import { formatMoney, formatPercent, t, tn } from "../i18n";
import { toSortedBars, OTHER_KEY, type SortedBars } from "./bars";
import type { Column, DataRow } from "./csv";
import { moneyColumn } from "./units";
import type { MoneyGroups } from "./money";

export interface MoneyBarsFigure {
  readonly sorted: SortedBars;
  readonly columns: readonly Column[];
  /** The table/download rows: exactly the bars drawn (including "Other"). */
  readonly rows: readonly DataRow[];
  readonly summary: string;
  readonly total: string;
  readonly format: (minor: number) => string;
}

/**
 * One money-by-group figure: bars, table rows, download columns and the text summary all come
 * from the same grouped data, so headline, chart, table and download always reconcile.
 */
export function moneyBarsFigure(
  groups: MoneyGroups,
  options: {
    topN?: number;
    /** Header of the group column, e.g. "Council". */
    groupLabel: string;
    measure: string;
    /** Plural message key of the groups, e.g. "units.council" ("across 5 councils"). */
    groups: string;
    /** The records counted, in the plural, e.g. "awards" (for "Number of awards"). */
    noun: string;
    link?: (key: string) => string | undefined;
  },
): MoneyBarsFigure {
  const currency = groups.currency ?? "GBP";
  const format = (minor: number): string => formatMoney({ amountMinor: minor, currency });
  const sorted = toSortedBars(groups.rows, { topN: options.topN ?? 10 });
  const records = new Map(groups.rows.map((r) => [r.key, r.records]));
  const allRecords = groups.rows.reduce((s, r) => s + r.records, 0);
  const namedRecords = sorted.bars.filter((b) => !b.isOther).reduce((s, b) => s + (records.get(b.key) ?? 0), 0);
  const rows = sorted.bars.map((b) => ({
    key: b.key,
    label: b.label,
    value: b.value,
    // "Other" stands for every record not in a named bar (including a remainder folded by the server)
    records: b.isOther ? allRecords - namedRecords : (records.get(b.key) ?? 0),
    share: sorted.total > 0 ? Math.round((b.value / sorted.total) * 1000) / 10 : 0,
  }));
  const link = options.link;
  const columns: Column[] = [
    {
      key: "label",
      label: options.groupLabel,
      link: link ? (r) => (r.key === OTHER_KEY ? undefined : link(String(r.key))) : undefined,
    },
    moneyColumn({ key: "value", label: options.measure, currency, format: (v) => format(Number(v)) }),
    {
      key: "share",
      label: t("charts.shareOfTotal"),
      unit: "%",
      numeric: true,
      format: (v) => formatPercent(Number(v)),
    },
    { key: "records", label: t("charts.numberOf", { noun: options.noun }), numeric: true },
  ];
  const named = groups.rows.filter((r) => r.key !== OTHER_KEY).length;
  const hasRemainder = groups.rows.some((r) => r.key === OTHER_KEY);
  const top = sorted.bars[0];
  const summary = top
    ? t(top.isOther ? "charts.largestShareTogether" : "charts.largestShare", {
        label: top.label,
        value: format(top.value),
        total: format(sorted.total),
        share: formatPercent(rows[0]?.share ?? 0),
        groups: hasRemainder ? t("charts.andOthers", { groups: tn(options.groups, named) }) : tn(options.groups, named),
      })
    : t("charts.nothingToShow", { noun: options.noun });
  return { sorted, columns, rows, summary, total: format(sorted.total), format };
}
