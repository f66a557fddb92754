/**
 * Outcome progress for a chart: an indicator's measurements over time against its target, with
 * the status computed by the domain's published rule (`indicatorStatus`, `STATUS_RULE_TEXT`).
 */
import { indicatorStatus, type IndicatorDirection } from "@coproduce/domain";
import { formatNumber, formatPercent, t } from "../i18n";

export type Status = "on-track" | "at-risk" | "off-track" | "not-reported";
/** The published status rule in the reader's language (English is the domain's STATUS_RULE_TEXT, word for word). */
export const statusRule = (): string => t("charts.progress.rule");

export interface Measurement {
  /** ISO date (YYYY-MM-DD or a full timestamp). */
  readonly date: string;
  readonly value: number;
}

export interface Target {
  readonly baseline: number;
  readonly target: number;
  /** When not given: a target above the baseline means higher is better. */
  readonly direction?: IndicatorDirection | null;
  /** The monitoring period; progress is judged against the share of it elapsed. */
  readonly startDate?: string | null;
  readonly targetDate?: string | null;
  readonly unit?: string;
}

export interface ProgressSeries {
  readonly labels: readonly string[];
  readonly values: readonly number[];
  /** The target repeated per point, drawn as a labelled line. */
  readonly targetLine: readonly number[];
  readonly latest: Measurement | null;
  /** 0–100 % of the way from baseline to target (clamped), null when not reported. */
  readonly progress: number | null;
  /** 0–100 % expected by now. */
  readonly expected: number;
  readonly status: Status;
  readonly direction: IndicatorDirection;
  readonly narrative: string;
}

const DAY = 86_400_000;
const time = (iso: string): number => Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);

/** A measured value with its unit: "12.5%", "42 young people". */
export function formatMeasure(n: number, unit?: string | null): string {
  if (unit === "%") return formatPercent(n, 2);
  const text = formatNumber(n, { maximumFractionDigits: 2 });
  return unit ? t("charts.valueWithUnit", { value: text, unit }) : text;
}
const fmt = formatMeasure;

export function toProgressSeries(
  measurements: readonly Measurement[],
  target: Target,
  asOf: string = new Date().toISOString(),
): ProgressSeries {
  const sorted = [...measurements].sort((a, b) => time(a.date) - time(b.date));
  const labels = sorted.map((m) => m.date.slice(0, 10));
  const values = sorted.map((m) => m.value);
  const direction: IndicatorDirection =
    target.direction ?? (target.target >= target.baseline ? "higher_is_better" : "lower_is_better");
  // Without a published monitoring period, judge against the full target (the period ends at the latest measurement).
  const first = sorted[0]?.date ?? asOf;
  const last = sorted.at(-1)?.date ?? asOf;
  const periodStart = target.startDate ?? first;
  let periodEnd = target.targetDate ?? last;
  if (time(periodEnd) <= time(periodStart)) periodEnd = new Date(time(periodStart) + DAY).toISOString();
  const when =
    target.startDate && target.targetDate ? asOf : new Date(Math.max(time(asOf), time(periodEnd))).toISOString();
  const result = indicatorStatus({
    indicator: { baseline: target.baseline, target: target.target, direction },
    measurements: sorted,
    periodStart,
    periodEnd,
    asOf: when,
  });
  const status = result.status.replace(/_/g, "-") as Status;
  const latest = sorted.at(-1) ?? null;
  const narrative =
    latest === null || result.progress === null
      ? t("charts.progress.none", {
          target: fmt(target.target, target.unit),
          baseline: fmt(target.baseline, target.unit),
        })
      : t(result.expected < 100 ? "charts.progress.latestExpected" : "charts.progress.latest", {
          value: fmt(latest.value, target.unit),
          date: latest.date.slice(0, 10),
          target: fmt(target.target, target.unit),
          baseline: fmt(target.baseline, target.unit),
          better: t(direction === "higher_is_better" ? "charts.progress.higherBetter" : "charts.progress.lowerBetter"),
          progress: formatPercent(Math.round(result.progress), 0),
          expected: formatPercent(Math.round(result.expected), 0),
        });
  return {
    labels,
    values,
    targetLine: labels.map(() => target.target),
    latest,
    progress: result.progress,
    expected: result.expected,
    status,
    direction,
    narrative,
  };
}
