import { describe, expect, it } from "vitest";
import { niceCeil, sequentialScale } from "./scale";

describe("niceCeil", () => {
  it("rounds up to 1, 2, 2.5 or 5 times a power of ten", () => {
    expect(niceCeil(0.7)).toBe(1);
    expect(niceCeil(1)).toBe(1);
    expect(niceCeil(1.2)).toBe(2);
    expect(niceCeil(2.2)).toBe(2.5);
    expect(niceCeil(31)).toBe(50);
    expect(niceCeil(51)).toBe(100);
    expect(niceCeil(120)).toBe(200);
  });
});

describe("sequentialScale", () => {
  it("makes one step per distinct value up to five, in round widths from zero", () => {
    // four values, max 97 → four steps of niceCeil(97 / 4 = 24.25) = 25: 0–25, 25–50, 50–75, 75–100
    const s = sequentialScale([10, 30, 60, 97]);
    expect(s.steps.map((x) => [x.from, x.to])).toEqual([
      [0, 25],
      [25, 50],
      [50, 75],
      [75, 100],
    ]);
    expect(s.stepOf(10)).toBe(0);
    expect(s.stepOf(25)).toBe(1);
    expect(s.stepOf(97)).toBe(3);
    expect(s.stepOf(100)).toBe(3);
  });

  it("spreads the palette over the steps, lightest for the least, darkest for the most", () => {
    expect(sequentialScale([1, 2]).steps.map((x) => x.colour)).toEqual(["mapStep1", "mapStep5"]);
    expect(sequentialScale([1, 2, 3]).steps.map((x) => x.colour)).toEqual(["mapStep1", "mapStep3", "mapStep5"]);
    expect(sequentialScale([5]).steps.map((x) => x.colour)).toEqual(["mapStep5"]);
    expect(sequentialScale([1, 2, 3, 4, 5, 6, 7]).steps).toHaveLength(5);
  });

  it("has no steps when nothing is positive, and no step for missing or negative values", () => {
    expect(sequentialScale([]).steps).toEqual([]);
    expect(sequentialScale([0, 0]).steps).toEqual([]);
    const s = sequentialScale([4, 8]);
    expect(s.stepOf(null)).toBeNull();
    expect(s.stepOf(Number.NaN)).toBeNull();
    expect(s.stepOf(-1)).toBeNull();
  });
});
