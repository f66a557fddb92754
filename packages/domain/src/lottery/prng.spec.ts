import { describe, expect, it } from "vitest";
import { SeededRandom } from "./prng.js";

describe("SeededRandom", () => {
  it("gives the same sequence for the same seed and different ones for different seeds", () => {
    const a = new SeededRandom("abc");
    const b = new SeededRandom("abc");
    const c = new SeededRandom("abd");
    const seqA = Array.from({ length: 5 }, () => a.nextUint32());
    expect(Array.from({ length: 5 }, () => b.nextUint32())).toEqual(seqA);
    expect(Array.from({ length: 5 }, () => c.nextUint32())).not.toEqual(seqA);
  });
  it("draws integers in range, roughly uniformly", () => {
    const r = new SeededRandom("uniform");
    const counts = [0, 0, 0];
    for (let i = 0; i < 3000; i++) counts[r.nextInt(3)]! += 1;
    // Each of 3 values expected 1000 times; ±150 is > 5 standard deviations (σ ≈ 25.8).
    for (const c of counts) expect(Math.abs(c - 1000)).toBeLessThan(150);
  });
});
