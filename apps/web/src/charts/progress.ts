/**
 * Outcome progress: an indicator's measurements over time against its target, and a status with
 * a published rule (DASHBOARD.md: "a status with the rule behind it published").
 */
export type Direction = "increase" | "decrease";
export type Status = "on-track" | "at-risk" | "off-track" | "not-reported";

export interface Measurement {
  /** ISO date (YYYY-MM-DD or a full timestamp). */
  readonly date: string;
  readonly value: number;
}

export interface Target {
  readonly baseline: number;
  readonly target: number;
  readonly direction: Direction;
  /** When the target should be met; with `startDate`, progress is judged against the time elapsed. */
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
  /** Share of the way from baseline to target reached by the latest value (can be <0 or >1). */
  readonly progress: number | null;
  /** Share of the way expected by the latest date (1 when no dates are given). */
  readonly expected: number;
  readonly status: Status;
  readonly narrative: string;
}

export const STATUS_RULE =
  "Progress is how far the latest measurement has moved from the baseline towards the target. " +
  "On track: progress is at least what the time elapsed calls for (or the target is met). " +
  "At risk: at least three quarters of that. Off track: less. Not reported: no measurements yet.";

const day = (iso: string): number => Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);

export function statusFor(progress: number | null, expected: number): Status {
  if (progress === null) return "not-reported";
  if (progress >= 1 || progress >= expected) return "on-track";
  if (progress >= 0.75 * expected) return "at-risk";
  return "off-track";
}

function fmt(n: number, unit?: string): string {
  const text = n.toLocaleString("en-GB", { maximumFractionDigits: 2 });
  if (!unit) return text;
  return unit === "%" ? `${text}%` : `${text} ${unit}`;
}

export function toProgressSeries(measurements: readonly Measurement[], target: Target): ProgressSeries {
  const sorted = [...measurements].sort((a, b) => day(a.date) - day(b.date));
  const labels = sorted.map((m) => m.date.slice(0, 10));
  const values = sorted.map((m) => m.value);
  const latest = sorted.at(-1) ?? null;
  const span = target.target - target.baseline;
  const progress = latest === null ? null : span === 0 ? 1 : (latest.value - target.baseline) / span;
  let expected = 1;
  if (latest && target.startDate && target.targetDate) {
    const total = day(target.targetDate) - day(target.startDate);
    const elapsed = day(latest.date) - day(target.startDate);
    expected = total > 0 ? Math.min(1, Math.max(0, elapsed / total)) : 1;
  }
  const status = statusFor(progress, expected);
  const better = target.direction === "increase" ? "up" : "down";
  const narrative =
    latest === null
      ? `No measurements reported yet. Target: ${fmt(target.target, target.unit)} (from a baseline of ${fmt(target.baseline, target.unit)}).`
      : `Latest ${fmt(latest.value, target.unit)} on ${latest.date.slice(0, 10)}, against a target of ${fmt(target.target, target.unit)} ` +
        `(baseline ${fmt(target.baseline, target.unit)}; ${better} is better): ${Math.round((progress ?? 0) * 100)}% of the way` +
        (expected < 1 ? `, ${Math.round(expected * 100)}% expected by now.` : ".");
  return { labels, values, targetLine: labels.map(() => target.target), latest, progress, expected, status, narrative };
}
