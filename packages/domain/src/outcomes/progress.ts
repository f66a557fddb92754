/**
 * Outcome indicators: progress toward target, the on-track status, and honest roll-ups
 * (DASHBOARD.md "Did the service work?": a status with the rule behind it published; roll-ups that
 * average — weighted, weights published — never sum, percentages).
 *
 * **Progress** (0–100 %) of an indicator with a baseline, a target and a direction:
 *   progress = (latest − baseline) / (target − baseline) × 100, clamped to 0..100.
 *   Because both differences are signed, this works for "higher is better" (e.g. % in education)
 *   and "lower is better" (e.g. reoffending rate) alike. `rawProgress` keeps the unclamped value
 *   (negative = worse than baseline, above 100 = beyond target).
 *   Edge cases — the target is not an improvement on the baseline in the stated direction
 *   (baseline = target, or a "higher is better" target below its baseline): there is no distance
 *   to cover, so progress is 100 when the latest value is at least as good as the target and 0
 *   otherwise.
 *
 * **Status rule** (published with every status, `STATUS_RULE_TEXT`):
 *   expected = share of the monitoring period elapsed at the date of the status × 100 (0..100);
 *   - no measurement in the period up to that date → **not reported**;
 *   - progress ≥ 100 (target met) or progress ≥ expected − 10 points → **on track**;
 *   - progress ≥ expected − 25 points → **at risk**;
 *   - otherwise → **off track**.
 *
 * **Roll-ups** of several indicators: the weighted mean of their (clamped) progress over the
 * indicators that reported; weights default to 1 each and are returned as shares so they can be
 * published; indicators not reported are excluded and counted, never counted as 0 or 100.
 */

export const INDICATOR_DIRECTIONS = ["higher_is_better", "lower_is_better"] as const;
export type IndicatorDirection = (typeof INDICATOR_DIRECTIONS)[number];
export const INDICATOR_STATUSES = ["on_track", "at_risk", "off_track", "not_reported"] as const;
export type IndicatorStatus = (typeof INDICATOR_STATUSES)[number];
/** Where a delivery milestone of a funded service stands. */
export const MILESTONE_STATUSES = ["scheduled", "met", "late", "missed"] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

export interface IndicatorDefinition {
  readonly baseline: number;
  readonly target: number;
  readonly direction: IndicatorDirection;
}

export const ON_TRACK_TOLERANCE_POINTS = 10;
export const AT_RISK_TOLERANCE_POINTS = 25;
export const STATUS_RULE_TEXT =
  "Expected progress is the share of the monitoring period elapsed. On track: target met, or progress at least expected − 10 points. " +
  "At risk: progress at least expected − 25 points. Off track: further behind. Not reported: no measurement yet.";

export interface Progress {
  /** 0..100, or null with no measurement. */
  readonly progress: number | null;
  /** Unclamped. */
  readonly rawProgress: number | null;
  /** Latest value at least as good as the target. */
  readonly achieved: boolean | null;
}

function checkFinite(value: number, what: string): void {
  if (!Number.isFinite(value)) throw new RangeError(`${what} must be a finite number, got ${value}`);
}

export function indicatorProgress(indicator: IndicatorDefinition, latest: number | null): Progress {
  checkFinite(indicator.baseline, "Baseline");
  checkFinite(indicator.target, "Target");
  if (latest === null) return { progress: null, rawProgress: null, achieved: null };
  checkFinite(latest, "Measurement");
  const sign = indicator.direction === "higher_is_better" ? 1 : -1;
  const achieved = sign * (latest - indicator.target) >= 0;
  const needed = sign * (indicator.target - indicator.baseline);
  if (needed <= 0) {
    const p = achieved ? 100 : 0;
    return { progress: p, rawProgress: p, achieved };
  }
  const raw = ((sign * (latest - indicator.baseline)) / needed) * 100;
  return { progress: Math.min(100, Math.max(0, raw)), rawProgress: raw, achieved };
}

function toTime(date: string | Date, what: string): number {
  const t = typeof date === "string" ? Date.parse(date) : date.getTime();
  if (Number.isNaN(t)) throw new RangeError(`${what} is not a valid date: ${String(date)}`);
  return t;
}

/** Share of the monitoring period elapsed at `asOf`, × 100, clamped to 0..100. */
export function expectedProgress(periodStart: string | Date, periodEnd: string | Date, asOf: string | Date): number {
  const start = toTime(periodStart, "Period start");
  const end = toTime(periodEnd, "Period end");
  const now = toTime(asOf, "Status date");
  if (end <= start) throw new RangeError("The monitoring period must end after it starts");
  return Math.min(100, Math.max(0, ((now - start) / (end - start)) * 100));
}

export interface Measurement {
  readonly date: string;
  readonly value: number;
}

/** The latest measurement taken on or before `asOf` (ties on date: the last one given). */
export function latestMeasurement(measurements: readonly Measurement[], asOf: string | Date): Measurement | null {
  const now = toTime(asOf, "Status date");
  let best: Measurement | null = null;
  let bestTime = -Infinity;
  for (const m of measurements) {
    const t = toTime(m.date, "Measurement date");
    if (t <= now && t >= bestTime) {
      best = m;
      bestTime = t;
    }
  }
  return best;
}

export interface IndicatorStatusResult extends Progress {
  readonly status: IndicatorStatus;
  readonly expected: number;
  /** expected − progress, in percentage points (positive = behind); null when not reported. */
  readonly gapPoints: number | null;
  readonly rule: string;
}

export function indicatorStatus(input: {
  readonly indicator: IndicatorDefinition;
  readonly measurements: readonly Measurement[];
  readonly periodStart: string | Date;
  readonly periodEnd: string | Date;
  readonly asOf: string | Date;
}): IndicatorStatusResult {
  const expected = expectedProgress(input.periodStart, input.periodEnd, input.asOf);
  const latest = latestMeasurement(input.measurements, input.asOf);
  const p = indicatorProgress(input.indicator, latest?.value ?? null);
  if (p.progress === null) return { ...p, status: "not_reported", expected, gapPoints: null, rule: STATUS_RULE_TEXT };
  const status: IndicatorStatus =
    p.progress >= 100 || p.progress >= expected - ON_TRACK_TOLERANCE_POINTS
      ? "on_track"
      : p.progress >= expected - AT_RISK_TOLERANCE_POINTS
        ? "at_risk"
        : "off_track";
  return { ...p, status, expected, gapPoints: expected - p.progress, rule: STATUS_RULE_TEXT };
}

export interface RollupItem {
  readonly id: string;
  readonly progress: number | null;
  /** Positive; default 1. */
  readonly weight?: number;
  readonly status?: IndicatorStatus;
}

export interface ProgressRollup {
  /** Weighted mean progress (0..100) of the reported items, or null if none reported. */
  readonly progress: number | null;
  /** The weights used, as given and as shares of the included total (to publish). */
  readonly weights: { id: string; weight: number; share: number }[];
  readonly included: number;
  readonly notReported: string[];
  readonly statusCounts: Record<IndicatorStatus, number>;
}

export function rollupProgress(items: readonly RollupItem[]): ProgressRollup {
  const statusCounts: Record<IndicatorStatus, number> = { on_track: 0, at_risk: 0, off_track: 0, not_reported: 0 };
  const included: { id: string; progress: number; weight: number }[] = [];
  const notReported: string[] = [];
  for (const item of items) {
    const weight = item.weight ?? 1;
    if (!Number.isFinite(weight) || weight <= 0)
      throw new RangeError(`Weight of ${item.id} must be positive, got ${weight}`);
    const status = item.status ?? (item.progress === null ? "not_reported" : undefined);
    if (status) statusCounts[status]++;
    if (item.progress === null) notReported.push(item.id);
    else {
      if (!Number.isFinite(item.progress) || item.progress < 0 || item.progress > 100)
        throw new RangeError(`Progress of ${item.id} must be 0..100`);
      included.push({ id: item.id, progress: item.progress, weight });
    }
  }
  const totalWeight = included.reduce((s, i) => s + i.weight, 0);
  return {
    progress: included.length > 0 ? included.reduce((s, i) => s + i.weight * i.progress, 0) / totalWeight : null,
    weights: included.map((i) => ({ id: i.id, weight: i.weight, share: i.weight / totalWeight })),
    included: included.length,
    notReported,
    statusCounts,
  };
}
