import { describe, expect, it } from "vitest";
import { roundPortfolioForCeremony } from "./ceremony.js";
import { drawFromPortfolio, type LotteryCell, type PortfolioPanel } from "./panel-lottery.js";

const D = 1_000_000_000;
const cell = (...members: string[]): LotteryCell => ({ categories: {}, members });
const panel = (counts: Record<number, number>, p: number): PortfolioPanel => ({
  counts,
  weight: Math.round(p * D),
  probability: p,
});

describe("roundPortfolioForCeremony", () => {
  // Two cells of two people; panel of one: half the time from A, half from B → everyone 1/4.
  const cells = [cell("a1", "a2"), cell("b1", "b2")];
  const half = [panel({ 0: 1 }, 0.5), panel({ 1: 1 }, 0.5)];

  it("is exact when m matches the distribution (m = 2: one ticket each, loss 0)", () => {
    const r = roundPortfolioForCeremony(cells, half, 2);
    expect(r.portfolio.map((p) => p.weight)).toEqual([1, 1]);
    expect(r.tickets).toEqual([0, 1]);
    expect(r.loss).toBe(0);
    expect(r.selectionProbability).toEqual({ a1: 0.25, a2: 0.25, b1: 0.25, b2: 0.25 });
  });

  it("reports the loss by hand for m = 3 (2 tickets A, 1 ticket B: 1/3 vs 1/4 → loss 1/12)", () => {
    const r = roundPortfolioForCeremony(cells, half, 3);
    expect(r.portfolio.map((p) => p.weight)).toEqual([2, 1]);
    expect(r.selectionProbability.a1).toBeCloseTo(1 / 3, 12);
    expect(r.selectionProbability.b2).toBeCloseTo(1 / 6, 12);
    expect(r.loss).toBeCloseTo(1 / 12, 12);
  });

  it("0.7/0.3 with m = 10 is exact; with m = 4 rounds to 3/1 and loses 0.025", () => {
    const d = [panel({ 0: 1 }, 0.7), panel({ 1: 1 }, 0.3)];
    expect(roundPortfolioForCeremony(cells, d, 10).loss).toBeCloseTo(0, 12);
    const r = roundPortfolioForCeremony(cells, d, 4);
    expect(r.portfolio.map((p) => p.weight)).toEqual([3, 1]);
    // A: 3/4 · 1/2 = 0.375 against 0.35; B: 1/4 · 1/2 = 0.125 against 0.15.
    expect(r.loss).toBeCloseTo(0.025, 12);
  });

  it("three singletons 0.4/0.4/0.2 with m = 2: tickets to the two largest, loss 0.2", () => {
    const singles = [cell("x"), cell("y"), cell("z")];
    const d = [panel({ 0: 1 }, 0.4), panel({ 1: 1 }, 0.4), panel({ 2: 1 }, 0.2)];
    const r = roundPortfolioForCeremony(singles, d, 2);
    expect(r.portfolio.map((p) => p.weight)).toEqual([1, 1, 0]);
    expect(r.selectionProbability).toEqual({ x: 0.5, y: 0.5, z: 0 });
    expect(r.loss).toBeCloseTo(0.2, 12);
  });

  it("the draw over the ceremony portfolio is a uniform ticket in 0..m−1 naming that ticket's panel", () => {
    const r = roundPortfolioForCeremony(cells, half, 3);
    const seen = new Set<number>();
    for (let s = 0; s < 60; s++) {
      const d = drawFromPortfolio(cells, r.portfolio, `seed-${s}`);
      expect(d.ticket).toBeGreaterThanOrEqual(0);
      expect(d.ticket).toBeLessThan(3);
      expect(d.drawIndex).toBe(r.tickets[d.ticket]);
      seen.add(d.ticket);
    }
    expect(seen).toEqual(new Set([0, 1, 2]));
  });

  it("rejects a bad number of tickets", () => {
    expect(() => roundPortfolioForCeremony(cells, half, 0)).toThrow(RangeError);
    expect(() => roundPortfolioForCeremony(cells, half, 2.5)).toThrow(RangeError);
  });
});
