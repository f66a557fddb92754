/**
 * Horizontal, sorted bar data: the largest first, the top N kept, the rest folded into one
 * "Other" bar so nothing is silently dropped. Values are plain numbers in one unit (for money:
 * minor units of ONE currency — never mix currencies in one chart).
 */
export interface BarInput {
  /** Stable key (a slug or id) used for drill-down and the URL. */
  readonly key: string;
  readonly label: string;
  readonly value: number;
}

export interface Bar extends BarInput {
  /** True for the folded "Other" bar. */
  readonly isOther: boolean;
  /** How many input rows this bar stands for (1, or the number folded into "Other"). */
  readonly count: number;
}

/**
 * Marks drawn over a bar chart's value axis, in the bars' unit, each labelled on the chart: a shaded
 * band (e.g. a group's range) and lines (e.g. its median). The page says the same in text.
 */
export interface BarReference {
  readonly band: { readonly from: number; readonly to: number; readonly label: string } | null;
  readonly lines: readonly { readonly value: number; readonly label: string }[];
}

export interface SortedBars {
  readonly bars: readonly Bar[];
  /** Sum of every input value, including those folded into "Other". */
  readonly total: number;
  /** Number of input rows folded into "Other". */
  readonly foldedCount: number;
}

import { compareText, t } from "../i18n";

export const OTHER_KEY = "__other__";

export function toSortedBars(
  rows: readonly BarInput[],
  options: { topN?: number; otherLabel?: (count: number) => string } = {},
): SortedBars {
  const topN = options.topN ?? 10;
  if (!Number.isInteger(topN) || topN < 1) throw new RangeError(`topN must be a positive integer, got ${topN}`);
  // An input row keyed OTHER_KEY (a remainder the server already folded) always goes last.
  const given = rows.find((r) => r.key === OTHER_KEY);
  const sorted = rows
    .filter((r) => r.key !== OTHER_KEY)
    .sort((a, b) => b.value - a.value || compareText(a.label, b.label));
  const total = rows.reduce((sum, r) => sum + r.value, 0);
  // Folding a single row into "Other" hides its name for no gain: keep it as itself.
  if (sorted.length <= topN + (given ? 0 : 1)) {
    const bars: Bar[] = sorted.map((r) => ({ ...r, isOther: false, count: 1 }));
    if (given) bars.push({ ...given, isOther: true, count: 0 });
    return { bars, total, foldedCount: 0 };
  }
  const kept = sorted.slice(0, topN);
  const folded = sorted.slice(topN);
  const otherLabel = options.otherLabel ?? ((n: number) => t("charts.other", { n }));
  const other: Bar = {
    key: OTHER_KEY,
    label: given
      ? t("charts.otherAnd", { other: otherLabel(folded.length), given: given.label })
      : otherLabel(folded.length),
    value: folded.reduce((sum, r) => sum + r.value, 0) + (given?.value ?? 0),
    isOther: true,
    count: folded.length,
  };
  return { bars: [...kept.map((r) => ({ ...r, isOther: false, count: 1 })), other], total, foldedCount: folded.length };
}

/**
 * A category label that fits beside horizontal bars: lines of at most ~45% of the chart's width
 * (about 6.5 px per character at the axis font), wrapped at spaces onto two lines, the rest cut
 * with "…". The full label stays in the table and the tooltip. Short labels come back as they are.
 */
export function fitLabel(label: string, chartWidth: number): string | string[] {
  const max = Math.max(10, Math.floor((chartWidth * 0.45) / 6.5));
  if (label.length <= max) return label;
  const cut = (t: string): string => (t.length <= max ? t : `${t.slice(0, max - 1).trimEnd()}…`);
  const words = label.split(" ");
  let first = "";
  while (words.length && `${first} ${words[0]}`.trim().length <= max) first = `${first} ${words.shift()}`.trim();
  if (!first) return cut(label);
  const rest = words.join(" ");
  return rest ? [first, cut(rest)] : first;
}
