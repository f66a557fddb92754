import { describe, expect, it } from "vitest";
import type { AllocationInstance } from "../allocation/types.js";
import { auditOutcome, ejrUpToOneViolations, gini } from "./fairness.js";

// B = 100; a, b, c cost 50 each; voters 1–2 approve {a}, voters 3–4 approve {b, c}.
const instance: AllocationInstance = {
  budget: 100,
  utility: "approval",
  projects: [
    { id: "a", cost: 50 },
    { id: "b", cost: 50 },
    { id: "c", cost: 50 },
  ],
  ballots: [{ projects: ["a"], multiplicity: 2 }, { projects: ["b", "c"] }, { projects: ["b", "c"] }],
};

describe("fairness audit (hand-checked)", () => {
  it("W = {b, c}: half the voters empty-handed, Gini 0.5", () => {
    const audit = auditOutcome(instance, ["b", "c"]);
    expect(audit).toEqual({
      voters: 4,
      nonEmptyHanded: 2,
      nonEmptyHandedShare: 0.5,
      averageCardinalitySatisfaction: 1, // (0 + 0 + 2 + 2) / 4
      averageCostSatisfaction: 50, // (0 + 0 + 100 + 100) / 4
      // Σ_i Σ_j |x_i − x_j| = 8 pairs × 100 = 800; / (2 · 4² · 50) = 0.5
      giniCostSatisfaction: 0.5,
      histogram: [2, 0, 2],
    });
  });

  it("W = {a, b}: everyone gets 50, Gini 0", () => {
    const audit = auditOutcome(instance, ["a", "b"]);
    expect(audit.nonEmptyHandedShare).toBe(1);
    expect(audit.giniCostSatisfaction).toBe(0);
    expect(audit.histogram).toEqual([0, 4]);
  });

  it("gini of 0, 0, 0, 1 is 0.75", () => {
    // Σ_i Σ_j |x_i − x_j| = 6; 2 · 16 · 0.25 = 8.
    expect(
      gini([
        { x: 0, m: 3 },
        { x: 1, m: 1 },
      ]),
    ).toBe(0.75);
  });

  it("EJR up to one: {b, c} leaves the {a} group (2 of 4 voters, half the budget each 50) unrepresented", () => {
    // T = {a}: cohesive size ⌈4 · 50 / 100⌉ = 2; voters 1–2 have 0 and 0 + 50 is not > 50.
    expect(ejrUpToOneViolations(instance, ["b", "c"])).toEqual([{ projects: ["a"], unsatisfied: 2, cohesiveSize: 2 }]);
  });

  it("EJR up to one: {a, b} satisfies it ({b, c} needs all 4 voters, only 2 approve it)", () => {
    expect(ejrUpToOneViolations(instance, ["a", "b"])).toEqual([]);
  });

  it("refuses instances too large to enumerate", () => {
    expect(() => ejrUpToOneViolations(instance, [], 2)).toThrow(/more than 2/);
  });
});
