/**
 * Compare councils and rounds on the same measures (the API's `compare` query): the selection as
 * it lives in the URL, and the result shaped into bars, table rows and a finding. Each item is
 * placed against the group's median and range (from the API), never ranked in a league table.
 */
import { CURRENCIES, minorToDecimal, ratioToDecimal } from "@coproduce/domain";
import { compareText, currencyUnit, formatMoney, formatPercentFixed, formatPercent, moneyList, t } from "../../i18n";
import type { LocationQuery } from "vue-router";
import type { RollupInput } from "../outcomes";
import type { Bar, BarReference } from "../../charts/bars";
import { majorPer } from "../../charts/units";
import { shortLabel } from "../../charts/fairness";

/** Position within a comparison group: the group's median and range, not a league table. */
export function median(values: readonly number[]): number | null {
  const v = [...values].sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid]! : (v[mid - 1]! + v[mid]!) / 2;
}

export function positionText(value: number | null, group: readonly number[], format: (n: number) => string): string {
  const m = median(group);
  if (value === null || m === null) return t("common.notReported");
  const lo = Math.min(...group);
  const hi = Math.max(...group);
  return positionAgainst(value, { median: m, min: lo, max: hi }, format);
}

/** "above the group median of £2.00 (range £1.00–£3.00)", from a median and range already known. */
export function positionAgainst(
  value: number,
  group: { median: number; min: number; max: number },
  format: (n: number) => string,
): string {
  const where = value > group.median ? "above" : value < group.median ? "below" : "at";
  return t(`compare.position.${where}Median`, {
    median: format(group.median),
    min: format(group.min),
    max: format(group.max),
  });
}

// ---------------------------------------------------------------- the selection, in the URL

export type Normalise = "NONE" | "PER_CAPITA" | "PER_POT";
export type Measure = "pot" | "awarded" | "spent";

/** Options with a label (and hint) in the reader's language, read when used. */
function option<T extends object>(
  fields: T,
  label: string,
  hint?: string,
): T & { readonly label: string; readonly hint: string } {
  return Object.defineProperties(fields, {
    label: { get: () => t(label), enumerable: true },
    hint: { get: () => (hint ? t(hint) : ""), enumerable: true },
  }) as T & { readonly label: string; readonly hint: string };
}

export const NORMALISE_OPTIONS: readonly { value: Normalise; param: string; label: string; hint: string }[] = [
  option(
    { value: "PER_CAPITA" as const, param: "per-capita" },
    "compare.perResident",
    "compare.moneyDividedByTheCouncil",
  ),
  option({ value: "PER_POT" as const, param: "per-pot" }, "compare.shareOfThePot", "compare.awardedAndSpentAsA"),
  option({ value: "NONE" as const, param: "none" }, "compare.amounts", "compare.moneyAsItIsIn"),
];
export const MEASURES: readonly { value: Measure; label: string }[] = [
  option({ value: "awarded" as const }, "compare.awarded"),
  option({ value: "spent" as const }, "compare.spent"),
  option({ value: "pot" as const }, "compare.pot"),
];

export interface CompareSelection {
  /** Council slugs. */
  readonly councils: readonly string[];
  /** Round slugs. */
  readonly rounds: readonly string[];
  readonly normalise: Normalise;
  readonly measure: Measure;
  /** True when the URL chose nothing, so every council is compared (the page's default). */
  readonly everyCouncil: boolean;
}

function first(query: LocationQuery, key: string): string | undefined {
  const v = query[key];
  const one = Array.isArray(v) ? v[0] : v;
  return one ?? undefined;
}

const list = (raw: string | undefined): string[] => [
  ...new Set(
    (raw ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
  ),
];

/**
 * Reads `?councils=lambeth,hackney&rounds=slug,…&normalise=per-capita|per-pot|none&measure=awarded|spent|pot`.
 * Without `councils` and `rounds`, every council is compared; `councils=` (empty) means none.
 */
export function parseSelection(query: LocationQuery, allCouncils: readonly string[]): CompareSelection {
  const rawCouncils = first(query, "councils");
  const rounds = list(first(query, "rounds"));
  const everyCouncil = rawCouncils === undefined && rounds.length === 0;
  const councils = everyCouncil ? [...allCouncils] : list(rawCouncils);
  const normalise = NORMALISE_OPTIONS.find((o) => o.param === first(query, "normalise"))?.value ?? "PER_CAPITA";
  const measure = MEASURES.find((m) => m.value === first(query, "measure"))?.value ?? "awarded";
  return { councils, rounds, normalise, measure, everyCouncil };
}

/** The URL query for a selection (defaults left out, so the plain page stays `/compare`). */
export function selectionQuery(
  base: LocationQuery,
  s: Omit<CompareSelection, "everyCouncil">,
  allCouncils: readonly string[],
): LocationQuery {
  const next: LocationQuery = { ...base };
  delete next.councils;
  delete next.rounds;
  delete next.normalise;
  delete next.measure;
  const everyone =
    s.rounds.length === 0 &&
    s.councils.length === allCouncils.length &&
    allCouncils.every((c) => s.councils.includes(c));
  if (!everyone) next.councils = s.councils.join(",");
  if (s.rounds.length) next.rounds = s.rounds.join(",");
  if (s.normalise !== "PER_CAPITA") next.normalise = NORMALISE_OPTIONS.find((o) => o.value === s.normalise)!.param;
  if (s.measure !== "awarded") next.measure = s.measure;
  return next;
}

// ---------------------------------------------------------------- the result

export interface MoneyIn {
  readonly amountMinor: number;
  readonly currency: string;
}

export interface ComparisonItemInput {
  readonly id: string;
  readonly label: string;
  readonly meanGini: number | null;
  readonly proportionality: number | null;
  readonly normalised: readonly {
    readonly measure: string;
    readonly currency: string;
    readonly value: number | null;
  }[];
  readonly outcomes: RollupInput;
  readonly participation: {
    readonly roundCount: number;
    readonly panelSize: { readonly display: string };
    readonly voterCount: { readonly display: string };
  };
  readonly spending: {
    readonly roundCount: number;
    readonly awardCount: number;
    readonly pot: readonly MoneyIn[];
    readonly awarded: readonly MoneyIn[];
    readonly spent: readonly MoneyIn[];
    readonly population: number | null;
  };
}

export interface GroupStatInput {
  readonly measure: string;
  readonly currency: string;
  readonly median: number | null;
  readonly min: number | null;
  readonly max: number | null;
}

/** Where an item links to and what kind it is (from the page's list of councils and rounds). */
export interface ItemLink {
  readonly kind: "council" | "round";
  readonly to: string;
}

export type CompareRow = {
  readonly key: string;
  readonly label: string;
  readonly kind: string;
  readonly link: string | null;
  readonly rounds: number;
  readonly awards: number;
  readonly pot: string;
  readonly awarded: string;
  readonly spent: string;
  /** The chosen measure, normalised as chosen, in the chart's currency (null: not reported). */
  readonly value: number | null;
  /**
   * The same as downloads write it, exactly from the integer amounts: major units ("32000.00"),
   * major units per resident ("0.1008") or percent of the pot ("99.51"); null: not reported.
   */
  readonly valueExact: string | null;
  readonly valueText: string;
  readonly position: string;
  readonly onTrack: number;
  readonly atRisk: number;
  readonly offTrack: number;
  readonly notReported: number;
  readonly panel: string;
  readonly voters: string;
  readonly proportionality: number | null;
  readonly gini: number | null;
};

export interface CompareView {
  /** The currency the chart is in (the one most items have the measure in); null when nothing to chart. */
  readonly currency: string | null;
  readonly bars: readonly Bar[];
  readonly rows: readonly CompareRow[];
  readonly group: { readonly median: number; readonly min: number; readonly max: number } | null;
  /** The group's range (a band) and median (a line) as the chart draws them, in the bars' unit. */
  readonly reference: BarReference | null;
  /** "median £1.46, range £1.31–£1.81" (null when the group has no value). */
  readonly groupText: string | null;
  readonly headline: string;
  readonly summary: string;
  readonly excluded: string | undefined;
  readonly unit: string;
  readonly format: (value: number) => string;
}

const round4 = (x: number): number => Math.round(x * 10_000) / 10_000;
const CURRENCY_EXPONENT = (currency: string): number => CURRENCIES[currency]?.exponent ?? 2;

/** One normalised value in words: "£2.59 per resident", "95.0% of the pot", "£32,000". */
export function formatNormalised(value: number, normalise: Normalise, currency: string): string {
  if (normalise === "PER_POT") return formatPercentFixed(value * 100, 1);
  if (normalise === "PER_CAPITA")
    return formatMoney({ amountMinor: Math.round(value), currency }, { alwaysShowMinor: true });
  return formatMoney({ amountMinor: Math.round(value), currency });
}

/** The unit of the charted value in a header: "%" of the pot, or the currency ("£", "PLN"), per resident or not. */
export function unitText(normalise: Normalise, currency: string | null): string {
  if (normalise === "PER_POT") return "%";
  return currency ? currencyUnit(currency) : "";
}

/**
 * The chosen measure of one item as downloads write it, from its integer amounts (no floating
 * point): major units, major units per resident, or percent of the pot in the same currency.
 */
export function exactValue(
  spending: ComparisonItemInput["spending"],
  measure: Measure,
  normalise: Normalise,
  currency: string,
): string | null {
  const amount = spending[measure].find((m) => m.currency === currency)?.amountMinor;
  if (amount === undefined) return null;
  if (normalise === "PER_CAPITA") return majorPer(amount, spending.population, currency);
  if (normalise === "PER_POT") {
    const pot = spending.pot.find((m) => m.currency === currency)?.amountMinor;
    return pot && pot > 0 ? ratioToDecimal(BigInt(amount) * 100n, pot, 2) : null;
  }
  return minorToDecimal(amount, CURRENCY_EXPONENT(currency));
}

/**
 * The group's range and median for the chart, in the bars' unit (percent for shares of the pot),
 * labelled with the same words the page uses.
 */
export function groupReference(
  group: { median: number; min: number; max: number } | null,
  normalise: Normalise,
  format: (value: number) => string,
): BarReference | null {
  if (!group) return null;
  const scale = (v: number): number => (normalise === "PER_POT" ? round4(v * 100) : v);
  return {
    band: {
      from: scale(group.min),
      to: scale(group.max),
      label: t("compare.marks.range", { min: format(group.min), max: format(group.max) }),
    },
    lines: [{ value: scale(group.median), label: t("compare.marks.median", { median: format(group.median) }) }],
  };
}

const moneyText = (items: readonly MoneyIn[]): string => (items.length ? moneyList(items) : t("compare.none"));

/** The currency most items report the measure in (ties: GBP first, then alphabetical). */
function chartCurrency(items: readonly ComparisonItemInput[], measure: Measure): string | null {
  const counts = new Map<string, number>();
  for (const i of items)
    for (const n of i.normalised)
      if (n.measure === measure && n.value !== null) counts.set(n.currency, (counts.get(n.currency) ?? 0) + 1);
  const sorted = [...counts].sort(
    (a, b) => b[1] - a[1] || (a[0] === "GBP" ? -1 : b[0] === "GBP" ? 1 : compareText(a[0], b[0])),
  );
  return sorted[0]?.[0] ?? null;
}

export function toCompareView(
  items: readonly ComparisonItemInput[],
  group: readonly GroupStatInput[],
  options: { normalise: Normalise; measure: Measure; links: (id: string) => ItemLink | null },
): CompareView {
  const { normalise, measure } = options;
  const currency = chartCurrency(items, measure);
  const format = (v: number): string => formatNormalised(v, normalise, currency ?? "GBP");
  const stat = group.find((g) => g.measure === measure && g.currency === currency);
  const groupRange =
    stat && stat.median !== null && stat.min !== null && stat.max !== null
      ? { median: stat.median, min: stat.min, max: stat.max }
      : null;
  const measureLabel = MEASURES.find((m) => m.value === measure)!.label.toLowerCase();

  /** The API's values unrounded, for the bars (so they meet the group's range and median exactly). */
  const raw = new Map<string, number>();
  const rows: CompareRow[] = items.map((i) => {
    const n = i.normalised.find((x) => x.measure === measure && x.currency === currency);
    const value = n && n.value !== null ? n.value : null;
    if (value !== null) raw.set(i.id, value);
    const link = options.links(i.id);
    return {
      key: i.id,
      label: i.label,
      kind: link?.kind === "round" ? t("compare.kindRound") : link?.kind === "council" ? t("compare.kindCouncil") : "",
      link: link?.to ?? null,
      rounds: i.spending.roundCount,
      awards: i.spending.awardCount,
      pot: moneyText(i.spending.pot),
      awarded: moneyText(i.spending.awarded),
      spent: moneyText(i.spending.spent),
      value: value === null ? null : round4(value),
      valueExact: value === null || currency === null ? null : exactValue(i.spending, measure, normalise, currency),
      valueText: value === null ? t("common.notReported") : format(value),
      position:
        value === null || !groupRange
          ? t("common.notReported")
          : t(
              value > groupRange.median
                ? "compare.position.above"
                : value < groupRange.median
                  ? "compare.position.below"
                  : "compare.position.at",
            ),
      onTrack: i.outcomes.onTrack,
      atRisk: i.outcomes.atRisk,
      offTrack: i.outcomes.offTrack,
      notReported: i.outcomes.notReported,
      panel: i.participation.panelSize.display,
      voters: i.participation.voterCount.display,
      proportionality: i.proportionality === null ? null : Math.round(i.proportionality * 1000) / 10,
      gini: i.meanGini === null ? null : Math.round(i.meanGini * 100) / 100,
    };
  });

  const charted = rows.filter((r) => r.value !== null);
  const bars: Bar[] = charted
    .map((r) => ({
      key: r.key,
      label: shortLabel(r.label, 36),
      value: normalise === "PER_POT" ? round4(raw.get(r.key)! * 100) : raw.get(r.key)!,
      isOther: false,
      count: 1,
    }))
    .sort((a, b) => b.value - a.value || compareText(a.label, b.label));

  const left = rows.filter((r) => r.value === null);
  const excludedParts: string[] = [];
  if (left.length) {
    const why = t(normalise === "PER_CAPITA" ? "compare.why.noAmountPopulation" : "compare.why.noAmount", {
      measure: measureLabel,
      currency: currency ?? t("compare.why.chartCurrency"),
    });
    excludedParts.push(t("compare.notCharted", { names: left.map((r) => r.label).join(t("common.comma")), why }));
  }
  excludedParts.push(t("compare.neverAdded"));

  const normaliseText = NORMALISE_OPTIONS.find((o) => o.value === normalise)!.label.toLowerCase();
  const headline =
    groupRange === null
      ? t("compare.headline.nothing", { measure: measureLabel })
      : t(`compare.headline.${normalise}`, { measure: measureLabel, median: format(groupRange.median) });
  const summary =
    charted.length === 0
      ? t("compare.summary.none", { n: items.length, measure: measureLabel, normalise: normaliseText })
      : charted
          .map((r) =>
            t("compare.summary.item", {
              label: r.label,
              value: r.valueText,
              position: groupRange ? positionAgainst(raw.get(r.key)!, groupRange, format) : t("common.notReported"),
            }),
          )
          .join(". ") + ".";

  return {
    currency,
    bars,
    rows,
    group: groupRange,
    reference: groupReference(groupRange, normalise, format),
    groupText: groupRange
      ? t("compare.groupText", {
          median: format(groupRange.median),
          min: format(groupRange.min),
          max: format(groupRange.max),
        })
      : null,
    headline,
    summary,
    excluded: excludedParts.join(t("common.listSeparator")),
    unit: unitText(normalise, currency),
    format: normalise === "PER_POT" ? (v: number) => formatPercent(v, 1) : format,
  };
}

/**
 * Splits a selection into what can be asked of the API and what the URL names but does not exist
 * (a mistyped or deleted slug): those are shown as "not found" rather than failing the whole
 * comparison. Rounds are only checked when the page has the full list of them.
 */
export function knownSelection(
  s: CompareSelection,
  known: { councils: readonly string[]; rounds: readonly string[]; roundsComplete: boolean },
): { councils: string[]; rounds: string[]; normalise: Normalise; unknown: string[] } {
  const councils = s.councils.filter((c) => known.councils.includes(c));
  const rounds = known.roundsComplete ? s.rounds.filter((r) => known.rounds.includes(r)) : [...s.rounds];
  const unknown = [...s.councils.filter((c) => !councils.includes(c)), ...s.rounds.filter((r) => !rounds.includes(r))];
  return { councils, rounds, normalise: s.normalise, unknown };
}

/** Ready-made comparison groups: the councils of each region with at least two (DASHBOARD: compare with a region). */
export function regionGroups(
  councils: readonly { slug: string; region?: string | null }[],
): { region: string; slugs: string[] }[] {
  const byRegion = new Map<string, string[]>();
  for (const c of councils) if (c.region) byRegion.set(c.region, [...(byRegion.get(c.region) ?? []), c.slug]);
  return [...byRegion]
    .filter(([, slugs]) => slugs.length >= 2)
    .map(([region, slugs]) => ({ region, slugs }))
    .sort((a, b) => compareText(a.region, b.region));
}
