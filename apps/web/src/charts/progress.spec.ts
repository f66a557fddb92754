import { describe, expect, it } from "vitest";
import { statusFor, toProgressSeries } from "./progress";

const target = { baseline: 40, target: 20, direction: "decrease" as const, unit: "%" };

describe("toProgressSeries", () => {
  it("sorts by date and draws the target as a flat line of the same length", () => {
    const s = toProgressSeries(
      [
        { date: "2024-06-01", value: 30 },
        { date: "2024-01-01", value: 38 },
      ],
      target,
    );
    expect(s.labels).toEqual(["2024-01-01", "2024-06-01"]);
    expect(s.values).toEqual([38, 30]);
    expect(s.targetLine).toEqual([20, 20]);
    // 40 → 30 is half way to 20
    expect(s.progress).toBeCloseTo(0.5);
    expect(s.status).toBe("off-track");
    expect(s.narrative).toContain("Latest 30% on 2024-06-01");
    expect(s.narrative).toContain("down is better");
  });

  it("judges progress against the time elapsed when dates are given", () => {
    const s = toProgressSeries([{ date: "2024-07-01", value: 30 }], {
      ...target,
      startDate: "2024-01-01",
      targetDate: "2025-01-01",
    });
    expect(s.expected).toBeCloseTo(182 / 366, 2);
    expect(s.status).toBe("on-track");
  });

  it("is not reported without measurements", () => {
    const s = toProgressSeries([], target);
    expect(s.status).toBe("not-reported");
    expect(s.latest).toBeNull();
    expect(s.narrative).toMatch(/No measurements/);
  });

  it("treats a met target as on track", () => {
    expect(toProgressSeries([{ date: "2024-01-01", value: 15 }], target).status).toBe("on-track");
  });
});

describe("statusFor", () => {
  it("applies the published thresholds", () => {
    expect(statusFor(0.5, 0.5)).toBe("on-track");
    expect(statusFor(0.4, 0.5)).toBe("at-risk");
    expect(statusFor(0.3, 0.5)).toBe("off-track");
    expect(statusFor(null, 1)).toBe("not-reported");
  });
});
