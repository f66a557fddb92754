import { describe, expect, it } from "vitest";
import { median, positionText } from "./compare";

describe("compare", () => {
  it("takes the median of odd and even groups", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([])).toBeNull();
  });
  it("places a value against the group's median and range", () => {
    expect(positionText(5, [1, 5, 9], String)).toBe("at the group median of 5 (range 1–9)");
    expect(positionText(9, [1, 5, 9], String)).toBe("above the group median of 5 (range 1–9)");
    expect(positionText(null, [1], String)).toBe("not reported");
  });
});
