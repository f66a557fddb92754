import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import {
  drawFromPortfolio,
  type Highs,
  type LotteryApplicant,
  LotteryInputError,
  loadHighs,
  panelMeetsQuotas,
  type PanelQuotas,
  replaceWithdrawnMember,
  selectPanelByLottery,
  SeededRandom,
  selectPanelByLotteryWith,
} from "./index.js";

let highs: Highs;
beforeAll(async () => {
  highs = await loadHighs();
});

const people = (rows: [string, Record<string, string>, string?][]): LotteryApplicant[] =>
  rows.map(([id, categories, household]) => ({ id, categories, household: household ?? null }));

/** Every feasible panel of size k, by brute force over subsets (tiny pools only). */
function allPanels(applicants: LotteryApplicant[], quotas: PanelQuotas, k: number): number[][] {
  const out: number[][] = [];
  const pick: number[] = [];
  const rec = (start: number) => {
    if (pick.length === k) {
      if (
        panelMeetsQuotas(
          pick.map((i) => applicants[i]!.categories),
          quotas,
          k,
        )
      )
        out.push([...pick]);
      return;
    }
    for (let i = start; i < applicants.length; i++) {
      pick.push(i);
      rec(i + 1);
      pick.pop();
    }
  };
  rec(0);
  return out;
}

/**
 * The exact maximin optimum, independently of the code under test: enumerate every feasible panel
 * and solve max t s.t. Σ_P λ_P [i ∈ P] ≥ t ∀i, Σ λ = 1 with HiGHS, written as an LP text file.
 */
function exactMaximin(applicants: LotteryApplicant[], quotas: PanelQuotas, k: number): number {
  const panels = allPanels(applicants, quotas, k);
  const rows = applicants.map((_, i) => {
    const terms = panels.flatMap((p, j) => (p.includes(i) ? [`+ l${j}`] : []));
    return ` r${i}: ${terms.join(" ")} - t >= 0`;
  });
  const lp = [
    "Maximize",
    " obj: t",
    "Subject To",
    ...rows,
    ` conv: ${panels.map((_, j) => `+ l${j}`).join(" ")} = 1`,
    "Bounds",
    " 0 <= t <= 1",
    "End",
  ].join("\n");
  const solution = highs.solve(lp, { output_flag: false });
  expect(solution.Status).toBe("Optimal");
  return solution.ObjectiveValue;
}

// A skewed small pool: 3 quota dimensions (not totally unimodular), rare combinations.
const SEXES = ["F", "M"];
const AGES = ["young", "mid", "old"];
const AREAS = ["north", "south"];
function smallPool(size: number, seed: number): LotteryApplicant[] {
  const rng = new SeededRandom(`pool-${seed}`);
  const next = (n: number) => rng.nextInt(n);
  return Array.from({ length: size }, (_, i) => ({
    id: `a${String(i).padStart(2, "0")}`,
    categories: {
      sex: SEXES[next(3) < 2 ? 0 : 1]!,
      age: AGES[next(3)]!,
      area: AREAS[next(4) === 0 ? 1 : 0]!,
    },
  }));
}
const smallQuotas: PanelQuotas = {
  sex: { F: { min: 2, max: 3 }, M: { min: 2, max: 3 } },
  age: { young: { min: 1, max: 2 }, mid: { min: 1, max: 2 }, old: { min: 1, max: 2 } },
  area: { north: { min: 2, max: 4 }, south: { min: 1, max: 3 } },
};

describe("maximin by column generation", () => {
  it.each([
    [12, 1],
    [13, 7],
    [14, 42],
  ])("reaches the exact LP optimum on a small 3-dimension pool (%i applicants, seed %i)", (size, seed) => {
    const applicants = smallPool(size, seed);
    const exact = exactMaximin(applicants, smallQuotas, 5);
    expect(exact).toBeGreaterThan(0);
    const result = selectPanelByLotteryWith(highs, {
      applicants,
      quotas: smallQuotas,
      panelSize: 5,
      seed: "s",
      options: { tolerance: 0 },
    });
    expect(result.quotasMet).toBe(true);
    expect(result.minProbability).toBeGreaterThan(exact * (1 - 1e-6));
    expect(result.minProbability).toBeLessThan(exact * (1 + 1e-6));
    expect(result.optimality.upperBound).toBeGreaterThanOrEqual(exact * (1 - 1e-9));
    const total = Object.values(result.selectionProbability).reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(5, 6);
  });

  it("draws panels as often as it claims (Monte Carlo over seeds)", () => {
    const applicants = smallPool(12, 1);
    const draws = 20000;
    const counts = new Map<string, number>();
    const result = selectPanelByLotteryWith(highs, { applicants, quotas: smallQuotas, panelSize: 5, seed: "mc" });
    const claimed = result.selectionProbability;
    const cats = new Map(applicants.map((a) => [a.id, a.categories]));
    for (let d = 0; d < draws; d++) {
      const { panel } = drawFromPortfolio(result.cells, result.portfolio, `mc-${d}`);
      expect(
        panelMeetsQuotas(
          panel.map((id) => cats.get(id)!),
          smallQuotas,
          5,
        ),
      ).toBe(true);
      for (const id of panel) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    // the lottery's own draw is the same procedure
    expect(drawFromPortfolio(result.cells, result.portfolio, "mc").panel).toEqual(result.panel);
    for (const a of applicants) {
      const p = claimed[a.id]!;
      const observed = (counts.get(a.id) ?? 0) / draws;
      const sd = Math.sqrt((p * (1 - p)) / draws);
      expect(Math.abs(observed - p)).toBeLessThan(4 * sd + 1e-9);
    }
  });

  it("is reproducible and independent of input order", () => {
    const applicants = smallPool(14, 42);
    const input = { applicants, quotas: smallQuotas, panelSize: 5, seed: "public-draw" };
    const a = selectPanelByLotteryWith(highs, input);
    const b = selectPanelByLotteryWith(highs, { ...input, applicants: [...applicants].reverse() });
    expect(b.panel).toEqual(a.panel);
    expect(b.alternates).toEqual(a.alternates);
    expect(b.selectionProbability).toEqual(a.selectionProbability);
  });

  it("leximin raises the next-lowest probabilities above maximin's", () => {
    // Two cells: a rare one whose quota caps it, and a common one.
    const applicants = people([
      ...Array.from({ length: 4 }, (_, i): [string, Record<string, string>] => [`r${i}`, { g: "rare" }]),
      ...Array.from({ length: 16 }, (_, i): [string, Record<string, string>] => [`c${i}`, { g: "common" }]),
    ]);
    const quotas = { g: { rare: { min: 1, max: 1 }, common: { min: 0, max: 4 } } };
    const lex = selectPanelByLotteryWith(highs, {
      applicants,
      quotas,
      panelSize: 4,
      seed: "x",
      options: { algorithm: "leximin" },
    });
    // rare: exactly 1 seat among 4 → 1/4; common: 3 seats among 16 → 3/16, the maximin = 3/16
    expect(lex.minProbability).toBeCloseTo(3 / 16, 9);
    expect(lex.selectionProbability["r0"]).toBeCloseTo(1 / 4, 9);
    expect(lex.selectionProbability["c0"]).toBeCloseTo(3 / 16, 9);
  });
});

describe("the paper's public pools (Flanigan et al. 2021 replication data)", () => {
  // ../shared beside the repository (as on every developer's machine and in CI)
  const dir = fileURLToPath(new URL("../../../../../shared/data/sortition", import.meta.url));
  const read = (path: string) => {
    const [header, ...rows] = readFileSync(path, "utf8")
      .trim()
      .split(/\r?\n/)
      .map((l) => l.split(","));
    return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!])));
  };
  it.skipIf(!existsSync(dir)).each([
    ["example_small_20", 20],
    ["example_large_200", 200],
  ])("%s reaches the published LEXIMIN minimum of 10.0 %%", async (name, k) => {
    const quotas: Record<string, Record<string, { min: number; max: number }>> = {};
    for (const r of read(join(dir, name, "categories.csv")))
      (quotas[r["category"]!] ??= {})[r["feature"]!] = { min: Number(r["min"]), max: Number(r["max"]) };
    const applicants = read(join(dir, name, "respondents.csv")).map((r, i) => ({ id: String(i + 1), categories: r }));
    for (const algorithm of ["maximin", "leximin"] as const) {
      const result = await selectPanelByLottery({
        applicants,
        quotas,
        panelSize: k,
        seed: "7",
        options: { algorithm },
      });
      expect(result.quotasMet).toBe(true);
      expect(result.minProbability).toBeGreaterThan(0.0999999);
      expect(Math.max(...Object.values(result.selectionProbability))).toBeLessThan(0.1000001);
    }
  });
});

describe("feasibility and the nearest achievable quotas", () => {
  it("explains conflicting quotas and proposes the smallest widening", () => {
    // 6 women (all young) and 6 men (all old): 2 women + 2 men forces 2 young + 2 old,
    // but the quotas ask for 3 young. Nearest fix: young max-> no; young min 3 → 2, or old…
    const applicants = people([
      ...Array.from({ length: 6 }, (_, i): [string, Record<string, string>] => [`w${i}`, { sex: "F", age: "young" }]),
      ...Array.from({ length: 6 }, (_, i): [string, Record<string, string>] => [`m${i}`, { sex: "M", age: "old" }]),
    ]);
    const quotas = {
      sex: { F: { min: 2, max: 2 }, M: { min: 2, max: 2 } },
      age: { young: { min: 3, max: 4 }, old: { min: 1, max: 1 } },
    };
    const result = selectPanelByLotteryWith(highs, { applicants, quotas, panelSize: 4, seed: "x" });
    expect(result.quotasMet).toBe(false);
    expect(result.panel).toEqual([]);
    const inf = result.infeasible!;
    expect(inf.code).toBe("NO_PANEL_MEETS_ALL_QUOTAS");
    // Any fix needs ≥ 2 units of widening (young 3→2 and old 1→2, or F 2→3 and M 2→1, …).
    const widening = inf.conflicts.reduce((s, c) => s + (c.min - c.suggestedMin) + (c.suggestedMax - c.max), 0);
    expect(widening).toBe(2);
    const fixed = selectPanelByLotteryWith(highs, { applicants, quotas: inf.suggestedQuotas, panelSize: 4, seed: "x" });
    expect(fixed.quotasMet).toBe(true);
  });

  it("names a category short of applicants", () => {
    const applicants = people([
      ["a", { sex: "F" }],
      ["b", { sex: "M" }],
      ["c", { sex: "M" }],
    ]);
    const r = selectPanelByLotteryWith(highs, {
      applicants,
      quotas: { sex: { F: { min: 2, max: 2 } } },
      panelSize: 2,
      seed: "x",
    });
    expect(r.infeasible?.code).toBe("CATEGORY_SHORT_OF_APPLICANTS");
    expect(r.infeasible?.conflicts).toEqual([
      { dimension: "sex", category: "F", min: 2, max: 2, suggestedMin: 1, suggestedMax: 2 },
    ]);
  });
});

describe("input validation", () => {
  const base = people([
    ["a", { sex: "female" }],
    ["b", { sex: "male" }],
  ]);
  const quotas = { sex: { female: { min: 1, max: 1 }, male: { min: 1, max: 1 } } };
  const code = (f: () => unknown): string => {
    try {
      f();
    } catch (e) {
      if (e instanceof LotteryInputError) return e.code;
      throw e;
    }
    return "no error";
  };
  const run =
    (applicants: unknown[], panelSize = 2, q: PanelQuotas = quotas, strict = false) =>
    () =>
      selectPanelByLotteryWith(highs, {
        applicants: applicants as LotteryApplicant[],
        quotas: q,
        panelSize,
        seed: "x",
        options: { strictCategories: strict },
      });
  it.each([
    [
      "a differently spelled category",
      [{ id: "a", categories: { sex: "Female" } }, base[1]],
      "CATEGORY_SPELLING_MISMATCH",
    ],
    ["a null value", [{ id: "a", categories: { sex: null } }, base[1]], "CATEGORY_VALUE_NULL"],
    ["a numeric value", [{ id: "a", categories: { sex: 1 } }, base[1]], "CATEGORY_VALUE_NOT_TEXT"],
    ["a missing categories object", [{ id: "a" }, base[1]], "CATEGORIES_MISSING"],
    ["duplicate ids", [base[0], { ...base[1], id: "a" }], "DUPLICATE_ID"],
  ])("rejects %s", (_label, applicants, expected) => {
    expect(code(run(applicants))).toBe(expected);
  });
  it("rejects a panel larger than the pool", () => expect(code(run(base, 3))).toBe("PANEL_LARGER_THAN_POOL"));
  it("rejects, in strict mode, a value without a quota", () =>
    expect(code(run([base[0], { id: "b", categories: { sex: "other" } }], 2, quotas, true))).toBe(
      "CATEGORY_NOT_IN_QUOTAS",
    ));
});

describe("households and replacements", () => {
  it("never selects two people of one household, and says how many it affected", () => {
    const applicants = people([
      ["a", { g: "x" }, "12 High St."],
      ["b", { g: "x" }, "12 high st"],
      ["c", { g: "x" }, "3 Low Rd"],
      ["d", { g: "x" }],
    ]);
    for (let s = 0; s < 30; s++) {
      const r = selectPanelByLotteryWith(highs, {
        applicants,
        quotas: { g: { x: { min: 0, max: 3 } } },
        panelSize: 3,
        seed: `h${s}`,
        options: { household: true },
      });
      expect(r.household).toEqual({ applied: true, affected: 2, households: 1 });
      expect(r.panel.includes("a") && r.panel.includes("b")).toBe(false);
      expect(r.selectionProbability["c"]).toBeCloseTo(1, 9);
      expect(r.selectionProbability["a"]).toBeCloseTo(0.5, 9);
    }
  });

  it("replaces a withdrawn member by the first alternate who keeps every quota", async () => {
    const applicants = smallPool(14, 42);
    const r = await selectPanelByLottery({ applicants, quotas: smallQuotas, panelSize: 5, seed: "repl" });
    const cats = new Map(applicants.map((a) => [a.id, a.categories]));
    for (const withdrawn of r.panel) {
      const rep = replaceWithdrawnMember({
        applicants,
        quotas: smallQuotas,
        panel: r.panel,
        withdrawn,
        alternates: r.alternates,
      });
      const keeps = (id: string) =>
        panelMeetsQuotas(
          [...r.panel.filter((m) => m !== withdrawn), id].map((m) => cats.get(m)!),
          smallQuotas,
          5,
        );
      const firstKeeping = r.alternates.findIndex(keeps);
      if (firstKeeping >= 0) {
        expect(rep).toMatchObject({ replacement: r.alternates[firstKeeping], quotasKept: true, violation: 0 });
      } else {
        expect(rep.quotasKept).toBe(false);
      }
      // someone of the withdrawn member's own categories is always a valid replacement
      const twin = r.alternates.find((id) => JSON.stringify(cats.get(id)) === JSON.stringify(cats.get(withdrawn)));
      if (twin) expect(rep.quotasKept).toBe(true);
    }
  });

  it("says openly when no alternate keeps the quotas", () => {
    const applicants = people([
      ["a", { g: "x" }],
      ["b", { g: "y" }],
      ["c", { g: "y" }],
    ]);
    const rep = replaceWithdrawnMember({
      applicants,
      quotas: { g: { x: { min: 1, max: 1 }, y: { min: 1, max: 1 } } },
      panel: ["a", "b"],
      withdrawn: "a",
      alternates: ["c"],
    });
    expect(rep).toMatchObject({ replacement: "c", quotasKept: false, violation: 2 });
    expect(rep.explanation).toMatch(/No alternate keeps every quota/);
  });
});
