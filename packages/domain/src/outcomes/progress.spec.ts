import { describe, expect, it } from "vitest";
import { expectedProgress, indicatorProgress, indicatorStatus, latestMeasurement, rollupProgress } from "./progress.js";

const reoffending = { baseline: 40, target: 25, direction: "lower_is_better" as const };
const inTraining = { baseline: 20, target: 60, direction: "higher_is_better" as const };

describe("indicatorProgress", () => {
  it("measures progress in either direction", () => {
    // Reoffending 40 % → target 25 %: latest 34 ⇒ (34 − 40)/(25 − 40) = −6/−15 = 40 %.
    expect(indicatorProgress(reoffending, 34)).toEqual({ progress: 40, rawProgress: 40, achieved: false });
    // In training 20 → 60: latest 50 ⇒ 30/40 = 75 %.
    expect(indicatorProgress(inTraining, 50).progress).toBe(75);
  });

  it("clamps to 0..100 but keeps the raw value", () => {
    // Reoffending rose to 43: (43 − 40)/(−15) = −20 % ⇒ 0 shown.
    expect(indicatorProgress(reoffending, 43)).toEqual({ progress: 0, rawProgress: -20, achieved: false });
    // Training 70 beats the target: 50/40 = 125 % ⇒ 100.
    expect(indicatorProgress(inTraining, 70)).toEqual({ progress: 100, rawProgress: 125, achieved: true });
  });

  it("handles a target equal to (or not better than) the baseline", () => {
    const hold = { baseline: 10, target: 10, direction: "higher_is_better" as const };
    expect(indicatorProgress(hold, 10).progress).toBe(100); // held the line
    expect(indicatorProgress(hold, 9).progress).toBe(0);
    const maintainLow = { baseline: 5, target: 8, direction: "lower_is_better" as const }; // allowed to rise to 8
    expect(indicatorProgress(maintainLow, 7).progress).toBe(100);
    expect(indicatorProgress(maintainLow, 9).progress).toBe(0);
    expect(indicatorProgress(hold, null)).toEqual({ progress: null, rawProgress: null, achieved: null });
  });
});

describe("indicatorStatus", () => {
  // Monitoring period 2024-01-01 → 2025-01-01 (366 days, leap year); status on 2024-07-01
  // = 182 days in ⇒ expected = 182/366 × 100 ≈ 49.73 %.
  const period = { periodStart: "2024-01-01", periodEnd: "2025-01-01", asOf: "2024-07-01" };

  it("computes the share of the period elapsed", () => {
    expect(expectedProgress(period.periodStart, period.periodEnd, period.asOf)).toBeCloseTo((182 / 366) * 100, 10);
    expect(expectedProgress("2024-01-01", "2025-01-01", "2023-06-01")).toBe(0);
    expect(expectedProgress("2024-01-01", "2025-01-01", "2026-01-01")).toBe(100);
  });

  it("applies the published thresholds", () => {
    // Progress 40 vs expected 49.73: gap 9.73 ≤ 10 ⇒ on track.
    const on = indicatorStatus({
      indicator: reoffending,
      measurements: [{ date: "2024-06-15", value: 34 }],
      ...period,
    });
    expect(on.status).toBe("on_track");
    expect(on.gapPoints).toBeCloseTo(49.7268 - 40, 3);
    expect(on.rule).toMatch(/expected − 10 points/);
    // Training latest 30 ⇒ 10/40 = 25 %: gap 24.73 ⇒ at risk (within 25).
    expect(
      indicatorStatus({ indicator: inTraining, measurements: [{ date: "2024-06-01", value: 30 }], ...period }).status,
    ).toBe("at_risk");
    // Training latest 29 ⇒ 22.5 %: gap 27.23 ⇒ off track.
    expect(
      indicatorStatus({ indicator: inTraining, measurements: [{ date: "2024-06-01", value: 29 }], ...period }).status,
    ).toBe("off_track");
  });

  it("uses the latest measurement up to the status date, else 'not reported'", () => {
    const ms = [
      { date: "2024-03-01", value: 38 },
      { date: "2024-06-01", value: 30 },
      { date: "2024-09-01", value: 26 }, // after the status date: ignored
    ];
    expect(latestMeasurement(ms, "2024-07-01")?.value).toBe(30);
    // (30 − 40)/(−15) = 66.7 % ⇒ on track.
    expect(indicatorStatus({ indicator: reoffending, measurements: ms, ...period }).progress).toBeCloseTo(200 / 3, 10);
    const none = indicatorStatus({
      indicator: reoffending,
      measurements: [{ date: "2024-09-01", value: 26 }],
      ...period,
    });
    expect(none.status).toBe("not_reported");
    expect(none.gapPoints).toBeNull();
  });

  it("calls a met target on track even early", () => {
    expect(
      indicatorStatus({
        indicator: inTraining,
        measurements: [{ date: "2024-02-01", value: 60 }],
        ...period,
        asOf: "2024-02-02",
      }).status,
    ).toBe("on_track");
  });
});

describe("rollupProgress", () => {
  it("averages with published weights and leaves unreported indicators out", () => {
    // 40 % (weight 2) and 75 % (weight 1); one not reported.
    // (2·40 + 1·75)/3 = 155/3 ≈ 51.67 %; shares 2/3 and 1/3.
    const r = rollupProgress([
      { id: "reoffending", progress: 40, weight: 2, status: "on_track" },
      { id: "training", progress: 75, status: "on_track" },
      { id: "housing", progress: null },
    ]);
    expect(r.progress).toBeCloseTo(155 / 3, 12);
    expect(r.weights).toEqual([
      { id: "reoffending", weight: 2, share: 2 / 3 },
      { id: "training", weight: 1, share: 1 / 3 },
    ]);
    expect(r.included).toBe(2);
    expect(r.notReported).toEqual(["housing"]);
    expect(r.statusCounts).toEqual({ on_track: 2, at_risk: 0, off_track: 0, not_reported: 1 });
  });

  it("is null when nothing reported and rejects bad weights", () => {
    expect(rollupProgress([{ id: "a", progress: null }]).progress).toBeNull();
    expect(() => rollupProgress([{ id: "a", progress: 10, weight: 0 }])).toThrow(RangeError);
  });
});
