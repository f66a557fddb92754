/**
 * A council's rounds over the years: per year, how many rounds ran, their pots and what was
 * awarded, in one currency (the one most of its money is in); other currencies are counted, never
 * added. Bars in year order (a time series is not a ranking), every year from the first to the
 * last shown, even one with no rounds.
 */
import { formatMoney, t, tn } from "../../i18n";
import type { Bar } from "../../charts/bars";
import { mainCurrency } from "../../charts/money";

export interface RoundYearInput {
  readonly year: number;
  readonly pot: { readonly amountMinor: number; readonly currency: string };
  readonly awarded: readonly { readonly amountMinor: number; readonly currency: string }[];
}

export type YearRow = {
  readonly key: string;
  readonly year: number;
  readonly rounds: number;
  /** Minor units of `currency`. */
  readonly pot: number;
  readonly awarded: number;
};

export interface ByYear {
  readonly currency: string | null;
  readonly rows: readonly YearRow[];
  readonly bars: readonly Bar[];
  readonly headline: string;
  readonly summary: string;
  /** Amounts left out because they are in another currency. */
  readonly otherCurrency: number;
}

export function roundsByYear(rounds: readonly RoundYearInput[]): ByYear {
  const currency = mainCurrency(rounds.flatMap((r) => [r.pot, ...r.awarded]));
  if (rounds.length === 0 || currency === null) {
    return {
      currency,
      rows: [],
      bars: [],
      headline: t("council.byYear.noneHeadline"),
      summary: t("council.byYear.noneSummary"),
      otherCurrency: 0,
    };
  }
  const years = rounds.map((r) => r.year);
  const first = Math.min(...years);
  const last = Math.max(...years);
  let otherCurrency = 0;
  const rows: YearRow[] = [];
  for (let year = first; year <= last; year++) {
    const inYear = rounds.filter((r) => r.year === year);
    let pot = 0;
    let awarded = 0;
    for (const r of inYear) {
      if (r.pot.currency === currency) pot += r.pot.amountMinor;
      else otherCurrency++;
      for (const m of r.awarded) {
        if (m.currency === currency) awarded += m.amountMinor;
        else otherCurrency++;
      }
    }
    rows.push({ key: String(year), year, rounds: inYear.length, pot, awarded });
  }
  const money = (minor: number): string => formatMoney({ amountMinor: minor, currency });
  const top = [...rows].sort((a, b) => b.awarded - a.awarded || a.year - b.year)[0]!;
  const headline = top.awarded > 0 ? t("council.byYear.most", { year: top.year }) : t("council.byYear.nothing");
  const summary =
    rows
      .map((r) =>
        t("council.byYear.year", {
          year: r.year,
          rounds: tn("units.round", r.rounds),
          awarded: money(r.awarded),
          pot: money(r.pot),
        }),
      )
      .join(t("common.listSeparator")) + ".";
  return {
    currency,
    rows,
    bars: rows.map((r) => ({ key: r.key, label: String(r.year), value: r.awarded, isOther: false, count: 1 })),
    headline,
    summary,
    otherCurrency,
  };
}
