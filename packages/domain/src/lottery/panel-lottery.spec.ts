import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type LotteryApplicant, panelMeetsQuotas, type PanelQuotas, selectPanelByLottery } from "./panel-lottery.js";
import { SeededRandom } from "./prng.js";

function pool(cells: [number, Record<string, string>][]): LotteryApplicant[] {
  const out: LotteryApplicant[] = [];
  for (const [count, categories] of cells) {
    const prefix = Object.values(categories).join("-");
    for (let i = 0; i < count; i++) out.push({ id: `${prefix}-${i}`, categories });
  }
  return out;
}

function categoriesOf(
  applicants: readonly LotteryApplicant[],
  ids: readonly string[],
): Readonly<Record<string, string | undefined>>[] {
  const byId = new Map(applicants.map((a) => [a.id, a.categories]));
  return ids.map((id) => byId.get(id) ?? {});
}

/** Brute force: does any subset of size k meet the quotas? (tiny pools only) */
function bruteForceFeasible(applicants: readonly LotteryApplicant[], quotas: PanelQuotas, k: number): boolean {
  const n = applicants.length;
  const pick: Readonly<Record<string, string | undefined>>[] = [];
  const go = (start: number): boolean => {
    if (pick.length === k) return panelMeetsQuotas(pick, quotas, k);
    for (let i = start; i <= n - (k - pick.length); i++) {
      pick.push((applicants[i] as LotteryApplicant).categories);
      if (go(i + 1)) return true;
      pick.pop();
    }
    return false;
  };
  return go(0);
}

// A skewed pool: sex and age are strongly correlated among applicants (young women and older men
// rarely applied), and the quotas ask for 10/10 on both dimensions in a panel of 20.
//   cell (F, young): 5    (F, older): 95    (M, young): 95    (M, older): 5      — 200 applicants
// Any quota panel has x young women, x older men, 10−x older women, 10−x young men, x ∈ 0..5.
const skewed = pool([
  [5, { sex: "F", age: "young" }],
  [95, { sex: "F", age: "older" }],
  [95, { sex: "M", age: "young" }],
  [5, { sex: "M", age: "older" }],
]);
const skewedQuotas: PanelQuotas = {
  sex: { F: { min: 10, max: 10 }, M: { min: 10, max: 10 } },
  age: { young: { min: 10, max: 10 }, older: { min: 10, max: 10 } },
};

describe("selectPanelByLottery", () => {
  it("equalises selection probabilities better than naive stratified sampling on a skewed pool", () => {
    // Naive stratified sampling: draw the cell counts uniformly among the feasible ones (x uniform
    // in 0..5, E[x] = 2.5), then people uniformly within each cell:
    //   P(young woman) = 2.5 / 5 = 0.5,  P(older woman) = (10 − 2.5) / 95 = 7.5 / 95 ≈ 0.0789.
    // The fairest distribution mixes x = 0 and x = 1 half-and-half (E[x] = 0.5):
    //   P(young woman) = 0.5 / 5 = 0.1 = P(older woman) = 9.5 / 95 = 0.1 = 20 / 200 for everyone.
    const result = selectPanelByLottery({
      applicants: skewed,
      quotas: skewedQuotas,
      panelSize: 20,
      seed: "Lambeth 2024 panel",
    });
    expect(result.quotasMet).toBe(true);
    expect(result.infeasible).toBeUndefined();
    expect(result.panel).toHaveLength(20);
    expect(panelMeetsQuotas(categoriesOf(skewed, result.panel), skewedQuotas, 20)).toBe(true);
    const probabilities = Object.values(result.selectionProbability);
    const naiveMinimum = 7.5 / 95;
    expect(Math.min(...probabilities)).toBeGreaterThan(naiveMinimum + 0.015);
    expect(Math.min(...probabilities)).toBeGreaterThanOrEqual(0.09);
    expect(Math.max(...probabilities)).toBeLessThanOrEqual(0.11);
    expect(probabilities.reduce((a, b) => a + b, 0)).toBeCloseTo(20, 9);
    // Exact numerators: every portfolio panel has 20 seats.
    expect(Object.values(result.selectionCount).reduce((a, b) => a + b, 0)).toBe(20 * result.iterations);
    expect(result.portfolio.reduce((s, p) => s + p.probability, 0)).toBeCloseTo(1, 12);
    expect(result.algorithm).toBe("maximin-mw/v1");
  });

  it("is reproducible from the seed and independent of input order", () => {
    const a = selectPanelByLottery({ applicants: skewed, quotas: skewedQuotas, panelSize: 20, seed: "seed-1" });
    const b = selectPanelByLottery({
      applicants: skewed.slice().reverse(),
      quotas: skewedQuotas,
      panelSize: 20,
      seed: "seed-1",
    });
    expect(b.panel).toEqual(a.panel);
    expect(b.selectionProbability).toEqual(a.selectionProbability);
    expect(b.drawIndex).toBe(a.drawIndex);
  });

  it("usually draws a different panel with a different seed", () => {
    const panels = new Set(
      ["s1", "s2", "s3", "s4", "s5"].map((seed) =>
        selectPanelByLottery({ applicants: skewed, quotas: skewedQuotas, panelSize: 20, seed }).panel.join(","),
      ),
    );
    expect(panels.size).toBeGreaterThanOrEqual(4);
  });

  it("reports a category with too few applicants", () => {
    const result = selectPanelByLottery({
      applicants: skewed,
      quotas: { ...skewedQuotas, disability: { Disabled: { min: 2, max: 5 } } },
      panelSize: 20,
      seed: "x",
    });
    // Nobody recorded a disability answer: 0 applicants in "Disabled", but the minimum is 2.
    expect(result.quotasMet).toBe(false);
    expect(result.panel).toEqual([]);
    expect(result.infeasible?.code).toBe("CATEGORY_SHORT_OF_APPLICANTS");
    expect(result.infeasible?.message).toContain("disability = Disabled");
    expect(Object.values(result.selectionProbability).every((p) => p === 0)).toBe(true);
  });

  it("reports minimums that add up to more than the panel, and maximums to less", () => {
    const tooMany = selectPanelByLottery({
      applicants: skewed,
      quotas: { sex: { F: { min: 11, max: 12 }, M: { min: 10, max: 12 } } },
      panelSize: 20,
      seed: "x",
    });
    expect(tooMany.infeasible?.code).toBe("MINIMUMS_EXCEED_PANEL"); // 11 + 10 = 21 > 20
    const tooFew = selectPanelByLottery({
      applicants: skewed,
      quotas: { sex: { F: { min: 0, max: 9 }, M: { min: 0, max: 10 } } },
      panelSize: 20,
      seed: "x",
    });
    expect(tooFew.infeasible?.code).toBe("MAXIMUMS_BELOW_PANEL"); // 9 + 10 = 19 < 20
    const smallPool = selectPanelByLottery({ applicants: skewed.slice(0, 3), quotas: {}, panelSize: 4, seed: "x" });
    expect(smallPool.infeasible?.code).toBe("POOL_SMALLER_THAN_PANEL");
  });

  it("detects quotas that are only jointly infeasible", () => {
    const pool2 = pool([
      [50, { sex: "F", age: "older" }],
      [50, { sex: "M", age: "young" }],
    ]);
    // With only (F, older) and (M, young) applicants: women = older people. Quotas F = 10 but
    // older = 8 cannot hold together, though each dimension alone is satisfiable (10+10, 8+12).
    const result = selectPanelByLottery({
      applicants: pool2,
      quotas: {
        sex: { F: { min: 10, max: 10 }, M: { min: 10, max: 10 } },
        age: { older: { min: 8, max: 8 }, young: { min: 12, max: 12 } },
      },
      panelSize: 20,
      seed: "x",
    });
    expect(result.infeasible?.code).toBe("NO_PANEL_MEETS_ALL_QUOTAS");
    expect(result.quotasMet).toBe(false);
  });

  it("treats a missing answer as the '(no data)' category, which quotas may constrain", () => {
    const applicants = pool([
      [6, { sex: "F" }],
      [6, { sex: "M" }],
      [3, {}],
    ]);
    const result = selectPanelByLottery({
      applicants,
      quotas: { sex: { F: { min: 2, max: 3 }, M: { min: 2, max: 3 }, "(no data)": { min: 0, max: 1 } } },
      panelSize: 6,
      seed: "x",
    });
    expect(result.quotasMet).toBe(true);
    const outcome = result.quotaOutcomes.find((o) => o.category === "(no data)");
    expect(outcome?.applicants).toBe(3);
    expect(outcome?.selected).toBeLessThanOrEqual(1);
  });

  it("rejects malformed input", () => {
    expect(() => selectPanelByLottery({ applicants: skewed, quotas: {}, panelSize: 0, seed: "x" })).toThrow(
      /positive integer/,
    );
    expect(() =>
      selectPanelByLottery({
        applicants: [skewed[0] as LotteryApplicant, skewed[0] as LotteryApplicant],
        quotas: {},
        panelSize: 1,
        seed: "x",
      }),
    ).toThrow(/twice/);
    expect(() =>
      selectPanelByLottery({ applicants: skewed, quotas: { sex: { F: { min: 3, max: 2 } } }, panelSize: 5, seed: "x" }),
    ).toThrow(/min ≤ max/);
  });

  // Random instances made feasible by construction: quotas are built around a random "witness"
  // panel, so a quota-satisfying panel exists; the lottery must always return one.
  it("always meets the quotas on random feasible instances (property)", () => {
    const instance = fc
      .record({
        n: fc.integer({ min: 6, max: 60 }),
        dims: fc.integer({ min: 1, max: 3 }),
        cats: fc.integer({ min: 2, max: 4 }),
        slack: fc.integer({ min: 0, max: 2 }),
        seed: fc.string({ maxLength: 8 }),
        build: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
      })
      .chain((p) => fc.record({ p: fc.constant(p), k: fc.integer({ min: 1, max: Math.min(12, p.n) }) }));
    fc.assert(
      fc.property(instance, ({ p, k }) => {
        const r = new SeededRandom(`build-${p.build}`);
        const dimensions = Array.from({ length: p.dims }, (_, d) => `d${d}`);
        // Skewed categories: category j drawn with probability ∝ 1 / (j + 1)².
        const skewedCategory = (): string => {
          const x = r.nextInt(1000) / 1000;
          return `c${Math.min(p.cats - 1, Math.floor(p.cats * x * x))}`;
        };
        const applicants: LotteryApplicant[] = Array.from({ length: p.n }, (_, i) => ({
          id: `a${i}`,
          categories: Object.fromEntries(dimensions.map((d) => [d, skewedCategory()])),
        }));
        const witness = r.shuffle(applicants).slice(0, k);
        const quotas: Record<string, Record<string, { min: number; max: number }>> = {};
        for (const d of dimensions) {
          const q: Record<string, { min: number; max: number }> = {};
          for (let j = 0; j < p.cats; j++) {
            const inWitness = witness.filter((a) => a.categories[d] === `c${j}`).length;
            q[`c${j}`] = {
              min: Math.max(0, inWitness - r.nextInt(p.slack + 1)),
              max: inWitness + r.nextInt(p.slack + 1),
            };
          }
          quotas[d] = q;
        }
        const result = selectPanelByLottery({
          applicants,
          quotas,
          panelSize: k,
          seed: p.seed,
          options: { iterations: 40 },
        });
        expect(result.infeasible).toBeUndefined();
        expect(result.quotasMet).toBe(true);
        expect(new Set(result.panel).size).toBe(k);
        expect(panelMeetsQuotas(categoriesOf(applicants, result.panel), quotas, k)).toBe(true);
        for (const entry of result.portfolio)
          expect(panelMeetsQuotas(categoriesOf(applicants, entry.panel), quotas, k)).toBe(true);
        const probabilities = Object.values(result.selectionProbability);
        expect(probabilities.every((x) => x >= 0 && x <= 1)).toBe(true);
        expect(probabilities.reduce((a, b) => a + b, 0)).toBeCloseTo(k, 9);
      }),
      { numRuns: 60, seed: 20240601 },
    );
  });

  it("agrees with brute force on feasibility for tiny pools (property)", () => {
    const instance = fc.record({
      cats: fc.array(fc.tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 2 })), {
        minLength: 2,
        maxLength: 9,
      }),
      k: fc.integer({ min: 1, max: 5 }),
      bounds: fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 })), {
        minLength: 6,
        maxLength: 6,
      }),
    });
    fc.assert(
      fc.property(instance, ({ cats, k, bounds }) => {
        const applicants = cats.map(([x, y], i) => ({ id: `a${i}`, categories: { sex: `s${x}`, age: `g${y}` } }));
        const b = (i: number): { min: number; max: number } => {
          const [u, v] = bounds[i] ?? [0, 3];
          return { min: Math.min(u, v), max: Math.max(u, v) };
        };
        const quotas: PanelQuotas = {
          sex: { s0: b(0), s1: b(1), s2: b(2) },
          age: { g0: b(3), g1: b(4), g2: b(5) },
        };
        const result = selectPanelByLottery({
          applicants,
          quotas,
          panelSize: k,
          seed: "t",
          options: { iterations: 5 },
        });
        const feasible = k <= applicants.length && bruteForceFeasible(applicants, quotas, k);
        expect(result.quotasMet).toBe(feasible);
        expect(result.infeasible === undefined).toBe(feasible);
        if (result.infeasible) expect(result.infeasible.code).not.toBe("SEARCH_LIMIT_REACHED");
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it("runs a realistic lottery (500 applicants, 4 dimensions, panel of 40) and meets every quota", () => {
    const r = new SeededRandom("realistic pool");
    const pick = (weights: number[]): number => {
      const total = weights.reduce((a, b) => a + b, 0);
      let x = r.nextInt(total);
      for (let i = 0; i < weights.length; i++) {
        x -= weights[i] as number;
        if (x < 0) return i;
      }
      return weights.length - 1;
    };
    // Over-representation of older, white, female applicants, as is typical of volunteer pools.
    const applicants: LotteryApplicant[] = Array.from({ length: 500 }, (_, i) => ({
      id: `applicant-${i}`,
      categories: {
        sex: ["Female", "Male"][pick([62, 38])] as string,
        age_band: ["16-24", "25-34", "35-49", "50-64", "65+"][pick([6, 12, 22, 30, 30])] as string,
        ethnic_group: ["Asian", "Black", "Mixed", "White", "Other"][pick([8, 10, 5, 72, 5])] as string,
        disability: ["Disabled", "Not disabled"][pick([12, 88])] as string,
      },
    }));
    // Quotas near Lambeth's census shares for a panel of 40.
    const quotas: PanelQuotas = {
      sex: { Female: { min: 19, max: 22 }, Male: { min: 18, max: 21 } },
      age_band: {
        "16-24": { min: 5, max: 7 },
        "25-34": { min: 10, max: 12 },
        "35-49": { min: 9, max: 11 },
        "50-64": { min: 6, max: 8 },
        "65+": { min: 3, max: 5 },
      },
      ethnic_group: {
        Asian: { min: 3, max: 5 },
        Black: { min: 9, max: 11 },
        Mixed: { min: 2, max: 4 },
        White: { min: 17, max: 22 },
        Other: { min: 1, max: 3 },
      },
      disability: { Disabled: { min: 5, max: 7 } },
    };
    // Speed is measured by `pnpm bench:allocate`-style benchmarks, not asserted here (timed tests are flaky).
    const result = selectPanelByLottery({ applicants, quotas, panelSize: 40, seed: "2024-05-01 public draw" });
    expect(result.quotasMet).toBe(true);
    expect(panelMeetsQuotas(categoriesOf(applicants, result.panel), quotas, 40)).toBe(true);
    expect(Object.values(result.selectionProbability).reduce((a, b) => a + b, 0)).toBeCloseTo(40, 9);
  });
});

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
