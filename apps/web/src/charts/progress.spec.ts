import { describe, expect, it } from "vitest";
import { toProgressSeries } from "./progress";

const target = { baseline: 40, target: 20, unit: "%" };

describe("toProgressSeries", () => {
  it("sorts by date, infers lower-is-better, and draws the target as a flat line", () => {
    const s = toProgressSeries(
      [
        { date: "2024-06-01", value: 30 },
        { date: "2024-01-01", value: 38 },
      ],
      target,
      "2024-07-01",
    );
    expect(s.labels).toEqual(["2024-01-01", "2024-06-01"]);
    expect(s.values).toEqual([38, 30]);
    expect(s.targetLine).toEqual([20, 20]);
    expect(s.direction).toBe("lower_is_better");
    // 40 → 30 is half way to 20; with no period published, the whole target is expected
    expect(s.progress).toBeCloseTo(50);
    expect(s.status).toBe("off-track");
    expect(s.narrative).toContain("Latest 30% on 2024-06-01");
    expect(s.narrative).toContain("lower is better");
  });

  it("judges progress against the share of the monitoring period elapsed (domain rule)", () => {
    const s = toProgressSeries(
      [{ date: "2024-07-01", value: 30 }],
      { ...target, startDate: "2024-01-01", targetDate: "2025-01-01" },
      "2024-07-01",
    );
    expect(s.expected).toBeCloseTo((182 / 366) * 100, 0);
    expect(s.status).toBe("on-track");
    expect(s.narrative).toMatch(/50% of the way, 50% expected by now/);
  });

  it("is not reported without measurements", () => {
    const s = toProgressSeries([], target, "2024-01-01");
    expect(s.status).toBe("not-reported");
    expect(s.latest).toBeNull();
    expect(s.narrative).toMatch(/No measurements/);
  });

  it("treats a met target as on track and honours an explicit direction", () => {
    expect(toProgressSeries([{ date: "2024-01-01", value: 15 }], target, "2024-02-01").status).toBe("on-track");
    const up = toProgressSeries(
      [{ date: "2024-01-01", value: 15 }],
      { baseline: 10, target: 20, direction: "higher_is_better" },
      "2024-02-01",
    );
    expect(up.progress).toBeCloseTo(50);
  });
});
