import { describe, expect, it } from "vitest";
import { allocateGreedy } from "./greedy.js";
import { allocateMes } from "./mes.js";
import { projectReasons } from "./reasons.js";
import type { AllocationInstance } from "./types.js";

const approve = (projects: string[], multiplicity = 1) => ({ projects, multiplicity });

describe("projectReasons — greedy", () => {
  // Pot 100: A (60, 3 votes) fits, B (50, 2 votes) needs 50 but 40 is left, C (30, 1 vote) fits.
  const instance: AllocationInstance = {
    budget: 100,
    utility: "approval",
    projects: [
      { id: "A", cost: 60 },
      { id: "B", cost: 50 },
      { id: "C", cost: 30 },
      { id: "D", cost: 5 },
    ],
    ballots: [approve(["A", "B"], 2), approve(["A", "C"])],
  };
  const reasons = projectReasons(instance, allocateGreedy(instance), 100);
  const by = new Map(reasons.map((r) => [r.projectId, r]));

  it("gives the rank by votes, the money left when reached, and the shortfall (in minor units)", () => {
    expect(by.get("A")!.decisive).toEqual({
      kind: "greedy",
      funded: true,
      rank: 1,
      moneyLeft: { exact: "100", minor: 10_000 },
      cost: { exact: "60", minor: 6_000 },
      stage: "greedy",
    });
    expect(by.get("B")!.decisive).toMatchObject({
      kind: "greedy",
      funded: false,
      rank: 2,
      moneyLeft: { minor: 4_000 },
      cost: { minor: 5_000 },
      shortfall: { exact: "10", minor: 1_000 },
    });
    expect(by.get("C")!.decisive).toMatchObject({ funded: true, rank: 3, moneyLeft: { minor: 4_000 } });
  });

  it("says when nobody voted for a project", () => {
    expect(by.get("D")!.decisive).toEqual({ kind: "noVotes", funded: false });
  });
});

describe("projectReasons — Equal Shares (approval)", () => {
  // 6 voters, pot 120: each voter's share is 20.
  // C (50) is approved by all six: each pays 25/3 and keeps 35/3.
  // A (60) by v1–v3: 60 at the start, but after C they hold 3 × 35/3 = 35 < 60: 25 short, 2 more supporters.
  // B (40) by v4–v5: 40 at the start, after C 70/3 (≈ 23.33) < 40: 50/3 short, 1 more supporter.
  const instance: AllocationInstance = {
    budget: 120,
    utility: "approval",
    projects: [
      { id: "A", cost: 60 },
      { id: "B", cost: 40 },
      { id: "C", cost: 50 },
    ],
    ballots: [approve(["A", "C"], 3), approve(["B", "C"], 2), approve(["C"])],
  };
  const result = allocateMes(instance);
  const by = new Map(projectReasons(instance, result, 100).map((r) => [r.projectId, r]));

  it("funds C first; its supporters' 120 paid at most 25/3 each", () => {
    expect(result.selected).toEqual(["C"]);
    expect(by.get("C")!.decisive).toMatchObject({
      kind: "mes",
      funded: true,
      supporters: 6,
      share: { exact: "20", minor: 2_000 },
      after: null,
      purchasesBefore: 0,
      moneyLeft: { exact: "120" },
      maxPayment: { exact: "25/3", minor: 833 },
      paidFor: [],
    });
  });

  it("names what A's supporters paid for, what they had left, and what it would have taken", () => {
    expect(by.get("A")!.decisive).toEqual({
      kind: "mes",
      funded: false,
      share: { exact: "20", minor: 2_000 },
      supporters: 3,
      startMoney: { exact: "60", minor: 6_000 },
      paidFor: [{ projectId: "C", paid: { exact: "25", minor: 2_500 } }],
      after: "C",
      purchasesBefore: 1,
      moneyLeft: { exact: "35", minor: 3_500 },
      cost: { exact: "60", minor: 6_000 },
      shortfall: { exact: "25", minor: 2_500 },
      moreSupportersNeeded: 2,
    });
    expect(by.get("B")!.decisive).toMatchObject({
      paidFor: [{ projectId: "C", paid: { exact: "50/3", minor: 1_667 } }],
      moneyLeft: { exact: "70/3", minor: 2_333 },
      shortfall: { exact: "50/3", minor: 1_667 },
      moreSupportersNeeded: 1,
    });
  });
});

describe("projectReasons — Equal Shares names the purchase that made a project unaffordable", () => {
  // 10 voters, pot 100: share 10. X (30) by all: each pays 3. D (38) by v1–v4 held 40, then 28 after X.
  // Y (12) and Z (30) by v5–v10 are bought next (2 and 5 each). The engine only looks at D again in
  // round 4 (its price bound was worse), but D became unaffordable right after X.
  const instance: AllocationInstance = {
    budget: 100,
    utility: "approval",
    projects: [
      { id: "X", cost: 30 },
      { id: "D", cost: 38 },
      { id: "Y", cost: 12 },
      { id: "Z", cost: 30 },
    ],
    ballots: [approve(["X", "D"], 4), approve(["X", "Y", "Z"], 6)],
  };
  const result = allocateMes(instance);
  const d = projectReasons(instance, result, 1).find((r) => r.projectId === "D")!;

  it("after X, not where the engine happened to check", () => {
    expect(result.selectionOrder).toEqual(["X", "Y", "Z"]);
    const engine = result.explanations.find((e) => e.projectId === "D")!;
    expect(engine.mes?.round).toBe(4);
    expect(d.decisive).toMatchObject({
      after: "X",
      purchasesBefore: 1,
      startMoney: { exact: "40" },
      paidFor: [{ projectId: "X", paid: { exact: "12" } }],
      moneyLeft: { exact: "28" },
      shortfall: { exact: "10" },
      moreSupportersNeeded: 1,
    });
  });
});

describe("projectReasons — Equal Shares with points", () => {
  // 2 voters, pot 10: share 5. A (6): v1 3 points, v2 1 point → 3/2 per point: v1 pays 9/2, v2 3/2.
  // B (4): v1 2 points; after A v1 holds 1/2: 7/2 short, one more supporter (share 5) would cover it.
  const instance: AllocationInstance = {
    budget: 10,
    utility: "cardinal",
    projects: [
      { id: "A", cost: 6 },
      { id: "B", cost: 4 },
    ],
    ballots: [
      { projects: ["A", "B"], points: [3, 2] },
      { projects: ["A"], points: [1] },
    ],
  };
  const result = allocateMes(instance);
  const by = new Map(projectReasons(instance, result, 100).map((r) => [r.projectId, r]));

  it("pays in proportion to points", () => {
    expect(result.selected).toEqual(["A"]);
    expect(by.get("A")!.decisive).toMatchObject({ funded: true, maxPayment: { exact: "9/2", minor: 450 } });
    expect(by.get("B")!.decisive).toMatchObject({
      funded: false,
      after: "A",
      paidFor: [{ projectId: "A", paid: { exact: "9/2" } }],
      moneyLeft: { exact: "1/2", minor: 50 },
      shortfall: { exact: "7/2", minor: 350 },
      moreSupportersNeeded: 1,
    });
  });
});

describe("projectReasons — Wieliczka Green Million 2023 (real data, MES + add1)", () => {
  it("agrees with the engine's figures at each purchase, and every unfunded project is short", async () => {
    const { readFileSync } = await import("node:fs");
    const { fileURLToPath } = await import("node:url");
    const { parsePabulibString } = await import("../pabulib/parser.js");
    const { allocationInstanceFromPabulib } = await import("./instance.js");
    const shared = process.env.COPRODUCE_SHARED_DIR ?? fileURLToPath(new URL("../../../../../shared", import.meta.url));
    const pb = parsePabulibString(readFileSync(`${shared}/data/pabulib/poland_wieliczka_2023_green-budget.pb`, "utf8"));
    const instance = allocationInstanceFromPabulib(pb);
    const result = allocateMes(instance, { completion: "add1" });
    const started = performance.now();
    const reasons = projectReasons(instance, result, 100);
    const ms = performance.now() - started;
    expect(ms).toBeLessThan(5_000);
    const engine = new Map(result.explanations.map((e) => [e.projectId, e]));
    let funded = 0;
    for (const r of reasons) {
      const e = engine.get(r.projectId)!;
      if (r.decisive.kind !== "mes") continue;
      if (r.decisive.funded) {
        funded++;
        // The engine's supportersMoney (rounded to 0.01 PLN) = what they held when it was bought.
        expect(Math.abs(r.decisive.moneyLeft.minor - Math.round(e.mes!.supportersMoney * 100))).toBeLessThanOrEqual(1);
      } else {
        expect(r.decisive.moneyLeft.minor).toBeLessThan(r.decisive.cost.minor);
        // It became unaffordable no later than where the engine noticed it.
        expect(r.decisive.purchasesBefore).toBeLessThan(e.mes!.round);
        expect(r.decisive.moreSupportersNeeded).toBeGreaterThanOrEqual(1);
      }
    }
    expect(funded).toBe(result.selected.length);
  });
});
