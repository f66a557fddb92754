import { describe, expect, it } from "vitest";
import { ballotRulesOf, checkBallot, fitsBallot, shuffledFor } from "./rules.js";

describe("ballotRulesOf", () => {
  it("reads the round's own settings, then the Pabulib META, then the defaults", () => {
    const rules = ballotRulesOf("approval", {
      ballot: { maxLength: 3, maxSumCostMinor: 50_000, shuffle: true },
      pabulib: { meta: { max_length: "9", min_length: "2", max_sum_cost: "700" } },
    });
    expect(rules).toMatchObject({ minLength: 2, maxLength: 3, maxSumCostMinor: 50_000, shuffle: true });
    expect(ballotRulesOf("approval", { pabulib: { meta: { max_sum_cost: "700" } } }).maxSumCostMinor).toBe(70_000);
    expect(ballotRulesOf("approval", null)).toMatchObject({ minLength: 1, maxLength: null, maxSumCostMinor: null });
    expect(ballotRulesOf("cumulative", null)).toMatchObject({ maxSumPoints: 10, maxPointsPerProject: 10 });
    expect(ballotRulesOf("scoring", null)).toMatchObject({ minPointsPerProject: 1, maxPointsPerProject: 5 });
    expect(ballotRulesOf("choose_1", { ballot: { maxLength: 4 } })).toMatchObject({ minLength: 1, maxLength: 1 });
  });
});

describe("checkBallot", () => {
  const approval = ballotRulesOf("approval", { ballot: { minLength: 1, maxLength: 2, maxSumCostMinor: 10_000 } });
  it("keeps the running total and what is left of the budget", () => {
    const c = checkBallot(approval, [{ projectId: "a", costMinor: 3_900 }]);
    expect(c).toMatchObject({ ok: true, count: 1, costMinor: 3_900, costLeftMinor: 6_100, canAddMore: true });
    expect(fitsBallot(approval, c, 6_100)).toBe(true);
    expect(fitsBallot(approval, c, 6_101)).toBe(false);
  });
  it("names each broken rule with its figures", () => {
    expect(checkBallot(approval, []).problems).toEqual([{ code: "tooFew", limit: 1, actual: 0 }]);
    const over = checkBallot(approval, [
      { projectId: "a", costMinor: 6_000 },
      { projectId: "b", costMinor: 5_000 },
      { projectId: "a", costMinor: 6_000 },
    ]);
    expect(over.problems).toEqual([
      { code: "duplicate", index: 2 },
      { code: "tooMany", limit: 2, actual: 3 },
      { code: "overBudget", limit: 10_000, actual: 17_000 },
    ]);
    expect(over.costLeftMinor).toBe(-7_000);
  });
  it("cumulative: points per project and in all", () => {
    const rules = ballotRulesOf("cumulative", { ballot: { totalPoints: 5, maxPointsPerProject: 3 } });
    const ok = checkBallot(rules, [
      { projectId: "a", costMinor: 1, points: 3 },
      { projectId: "b", costMinor: 1, points: 2 },
    ]);
    expect(ok).toMatchObject({ ok: true, points: 5, pointsLeft: 0 });
    const bad = checkBallot(rules, [
      { projectId: "a", costMinor: 1, points: 4 },
      { projectId: "b", costMinor: 1, points: 2 },
    ]);
    expect(bad.problems).toEqual([
      { code: "pointsOutOfRange", index: 0, min: 1, max: 3, actual: 4 },
      { code: "tooManyPoints", limit: 5, actual: 6 },
    ]);
  });
  it("scoring: a score in the scale for each project", () => {
    const rules = ballotRulesOf("scoring", { ballot: { scaleMin: 0, scaleMax: 3 } });
    expect(checkBallot(rules, [{ projectId: "a", costMinor: 1, points: 0 }]).ok).toBe(true);
    expect(checkBallot(rules, [{ projectId: "a", costMinor: 1, points: null }]).problems[0]).toMatchObject({
      code: "pointsOutOfRange",
      actual: null,
    });
  });
  it("minimum total cost", () => {
    const rules = ballotRulesOf("approval", { ballot: { minSumCostMinor: 500 } });
    expect(checkBallot(rules, [{ projectId: "a", costMinor: 400 }]).problems).toEqual([
      { code: "underBudget", limit: 500, actual: 400 },
    ]);
  });
});

describe("shuffledFor", () => {
  it("is a permutation, the same for one seed, different across seeds", () => {
    const items = Array.from({ length: 20 }, (_, i) => i);
    const a = shuffledFor(items, "voter-1");
    expect([...a].sort((x, y) => x - y)).toEqual(items);
    expect(shuffledFor(items, "voter-1")).toEqual(a);
    expect(shuffledFor(items, "voter-2")).not.toEqual(a);
  });
});
