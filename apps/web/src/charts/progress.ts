/**
 * Outcome progress for a chart: an indicator's measurements over time against its target, with
 * the status computed by the domain's published rule (`indicatorStatus`, `STATUS_RULE_TEXT`).
 */
import { indicatorStatus, STATUS_RULE_TEXT, type IndicatorDirection } from "@coproduce/domain";

export type Status = "on-track" | "at-risk" | "off-track" | "not-reported";
export const STATUS_RULE = STATUS_RULE_TEXT;

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

function fmt(n: number, unit?: string): string {
  const text = n.toLocaleString("en-GB", { maximumFractionDigits: 2 });
  if (!unit) return text;
  return unit === "%" ? `${text}%` : `${text} ${unit}`;
}

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
  const better = direction === "higher_is_better" ? "higher is better" : "lower is better";
  const narrative =
    latest === null || result.progress === null
      ? `No measurements reported yet. Target: ${fmt(target.target, target.unit)} (from a baseline of ${fmt(target.baseline, target.unit)}).`
      : `Latest ${fmt(latest.value, target.unit)} on ${latest.date.slice(0, 10)}, against a target of ${fmt(target.target, target.unit)} ` +
        `(baseline ${fmt(target.baseline, target.unit)}; ${better}): ${Math.round(result.progress)}% of the way` +
        (result.expected < 100 ? `, ${Math.round(result.expected)}% expected by now.` : ".");
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
