import fc from "fast-check";
import { createReadStream, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parsePabulib } from "../pabulib/parser.js";
import { allocationInstanceFromPabulib } from "./instance.js";
import { compileInstance } from "./instance.js";
import { allocateMes, runMes } from "./mes.js";
import type { AllocationInstance } from "./types.js";

/**
 * A deliberately naive MES, one voter at a time, in exact fractions, with nothing cached: the
 * engine's groups, float shadows and pruning must never change its outcome. Returns each voter's
 * payments too.
 */
interface Q {
  n: bigint;
  d: bigint;
}
const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? (a < 0n ? -a : a) : gcd(b, a % b));
const q = (n: bigint, d: bigint): Q => {
  const g = gcd(n, d) || 1n;
  return { n: n / g, d: d / g };
};
const add = (a: Q, b: Q): Q => q(a.n * b.d + b.n * a.d, a.d * b.d);
const sub = (a: Q, b: Q): Q => q(a.n * b.d - b.n * a.d, a.d * b.d);
const mul = (a: Q, b: Q): Q => q(a.n * b.n, a.d * b.d);
const div = (a: Q, b: Q): Q => q(a.n * b.d, a.d * b.n);
const cmp = (a: Q, b: Q): number => {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
};
const Z: Q = { n: 0n, d: 1n };

function referenceMes(inst: AllocationInstance, share: Q): { selected: string[]; paid: Q[] } {
  // One entry per ballot, with its multiplicity; each voter of a ballot holds and pays the same.
  const ballots = inst.ballots;
  const m = ballots.map((b) => q(BigInt(b.multiplicity ?? 1), 1n));
  const util: Map<number, Q>[] = ballots.map((b) => {
    const u = new Map<number, Q>();
    b.projects.forEach((id, k) => {
      const p = inst.projects.findIndex((x) => x.id === id);
      const points = inst.utility === "approval" ? 1 : b.points![k]!;
      if (points > 0)
        u.set(p, inst.utility === "approval" ? q(BigInt(inst.projects[p]!.cost), 1n) : q(BigInt(points), 1n));
    });
    return u;
  });
  const budget = ballots.map(() => share);
  const paid = ballots.map(() => Z);
  const votes = inst.projects.map((_, p) =>
    ballots.reduce((s, b, i) => s + (util[i]!.has(p) ? (b.multiplicity ?? 1) : 0), 0),
  );
  let remaining = inst.projects.map((_, p) => p).filter((p) => votes[p]! > 0 && inst.projects[p]!.cost > 0);
  const selected = inst.projects.filter((p, j) => p.cost === 0 && votes[j]! > 0).map((p) => p.id);
  for (;;) {
    let best: { p: number; rho: Q } | undefined;
    const still: number[] = [];
    for (const p of remaining) {
      const cost = q(BigInt(inst.projects[p]!.cost), 1n);
      const sup = ballots.map((_, i) => i).filter((i) => util[i]!.has(p));
      const money = sup.reduce((s, i) => add(s, mul(m[i]!, budget[i]!)), Z);
      if (cmp(money, cost) < 0) continue;
      still.push(p);
      sup.sort((a, b) => cmp(div(budget[a]!, util[a]!.get(p)!), div(budget[b]!, util[b]!.get(p)!)));
      let rest = cost;
      let denom = sup.reduce((s, i) => add(s, mul(m[i]!, util[i]!.get(p)!)), Z);
      for (const i of sup) {
        if (cmp(mul(div(rest, denom), util[i]!.get(p)!), budget[i]!) > 0) {
          rest = sub(rest, mul(m[i]!, budget[i]!));
          denom = sub(denom, mul(m[i]!, util[i]!.get(p)!));
        } else break;
      }
      const rho = div(rest, denom);
      const better =
        best === undefined ||
        cmp(rho, best.rho) < 0 ||
        (cmp(rho, best.rho) === 0 &&
          (votes[p]! > votes[best.p]! ||
            (votes[p] === votes[best.p] &&
              (inst.projects[p]!.cost < inst.projects[best.p]!.cost ||
                (inst.projects[p]!.cost === inst.projects[best.p]!.cost && p < best.p)))));
      if (better) best = { p, rho };
    }
    if (!best) break;
    selected.push(inst.projects[best.p]!.id);
    for (let i = 0; i < ballots.length; i++) {
      const u = util[i]!.get(best.p);
      if (!u) continue;
      const want = mul(best.rho, u);
      const pay = cmp(want, budget[i]!) < 0 ? want : budget[i]!;
      budget[i] = sub(budget[i]!, pay);
      paid[i] = add(paid[i]!, pay);
    }
    remaining = still.filter((p) => p !== best.p);
  }
  return { selected, paid };
}

/** Identical ballots merged (test-side, independently of the engine's own grouping). */
function grouped(inst: AllocationInstance): AllocationInstance {
  const byKey = new Map<string, { projects: string[]; points?: number[]; multiplicity: number }>();
  for (const b of inst.ballots) {
    const pairs = b.projects.map((id, k) => [id, b.points?.[k] ?? 1] as const).sort((x, y) => (x[0] < y[0] ? -1 : 1));
    const key = JSON.stringify(pairs);
    const g = byKey.get(key);
    if (g) g.multiplicity += b.multiplicity ?? 1;
    else
      byKey.set(
        key,
        inst.utility === "approval"
          ? { projects: pairs.map(([id]) => id), multiplicity: b.multiplicity ?? 1 }
          : { projects: pairs.map(([id]) => id), points: pairs.map(([, p]) => p), multiplicity: b.multiplicity ?? 1 },
      );
  }
  return { ...inst, ballots: [...byKey.values()] };
}

const instances = (utility: "approval" | "cardinal", scale = 1): fc.Arbitrary<AllocationInstance> =>
  fc
    .record({
      costs: fc.array(fc.integer({ min: 0, max: 60 * scale }), { minLength: 1, maxLength: 6 }),
      budget: fc.integer({ min: 0, max: 150 * scale }),
      ballots: fc.array(
        fc.record({
          picks: fc.array(fc.tuple(fc.nat(5), fc.integer({ min: 1, max: 4 })), { maxLength: 4 }),
          multiplicity: fc.integer({ min: 1, max: scale === 1 ? 3 : 40 }),
        }),
        { minLength: 1, maxLength: 8 },
      ),
    })
    .map(({ costs, budget, ballots }) => ({
      budget,
      utility,
      projects: costs.map((cost, j) => ({ id: `p${j}`, cost })),
      ballots: ballots.map(({ picks, multiplicity }) => {
        const seen = new Map<string, number>();
        for (const [j, pts] of picks) if (j < costs.length && !seen.has(`p${j}`)) seen.set(`p${j}`, pts);
        const projects = [...seen.keys()];
        return utility === "approval"
          ? { projects, multiplicity }
          : { projects, points: [...seen.values()], multiplicity };
      }),
    }));

const byIndex = (inst: AllocationInstance): string[] => inst.projects.map((p) => p.id);

describe("MES properties (random small instances)", () => {
  for (const [utility, scale] of [
    ["approval", 1],
    ["cardinal", 1],
    ["approval", 10_007],
    ["cardinal", 10_007],
  ] as const) {
    it(`${utility}, amounts up to ${60 * scale}: same outcome as a naive exact implementation; within budget; each voter pays at most their share`, () => {
      fc.assert(
        fc.property(instances(utility, scale), (inst) => {
          const voters = inst.ballots.reduce((s, b) => s + (b.multiplicity ?? 1), 0);
          const share = q(BigInt(inst.budget), BigInt(voters));
          const ref = referenceMes(inst, share);
          const ours = allocateMes(inst, { tieOrder: byIndex(inst) });
          expect(ours.selectionOrder).toEqual(ref.selected);
          expect(ours.spent).toBeLessThanOrEqual(inst.budget);
          for (const p of ref.paid) expect(cmp(p, share)).toBeLessThanOrEqual(0);
        }),
        { numRuns: scale === 1 ? 300 : 60 },
      );
    });
  }

  it("the outcome does not depend on the order of the voters", () => {
    fc.assert(
      fc.property(
        instances("approval").chain((inst) =>
          fc.tuple(fc.constant(inst), fc.shuffledSubarray([...inst.ballots], { minLength: inst.ballots.length })),
        ),
        ([inst, shuffled]) => {
          const options = { tieOrder: byIndex(inst), completion: "add1u" as const, add1Options: ["integral" as const] };
          expect(allocateMes({ ...inst, ballots: shuffled }, options).selectionOrder).toEqual(
            allocateMes(inst, options).selectionOrder,
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it("add1 raises the share by one unit per step, every step's outcome fits, and the next one would not", () => {
    fc.assert(
      fc.property(instances("approval"), (inst) => {
        const c = compileInstance(inst);
        const r = allocateMes(inst, { completion: "add1", add1Options: ["integral"], tieOrder: byIndex(inst) });
        const start = Math.floor(inst.budget / c.voters);
        expect(r.perVoterShare!.exact).toBe(String(start + r.add1Steps!));
        for (let s = start; s <= start + r.add1Steps!; s++) {
          expect(runMes(c, BigInt(s), 1n, { tieOrder: byIndex(inst) }).cost).toBeLessThanOrEqual(inst.budget);
        }
        const fundable = c.votes.filter((v) => v > 0).length;
        if (r.selected.length < fundable) {
          expect(runMes(c, BigInt(start + r.add1Steps! + 1), 1n, { tieOrder: byIndex(inst) }).cost).toBeGreaterThan(
            inst.budget,
          );
        }
      }),
      { numRuns: 200 },
    );
  });
});

const sharedDir = process.env.COPRODUCE_SHARED_DIR ?? fileURLToPath(new URL("../../../../../shared", import.meta.url));
const PABULIB = `${sharedDir}/data/pabulib/`;
// The reference is slow (exact fractions, no pruning): the reference files small enough for it.
const SMALL_FILES = readdirSync(PABULIB)
  .filter((f) => f.endsWith(".pb"))
  .filter((f) =>
    [
      "france_toulouse_2019_.pb",
      "poland_czestochowa_2020_grabowka.pb",
      "poland_gdansk_2020_rudniki.pb",
      "poland_gdynia_2020_chylonia-small.pb",
      "poland_katowice_2020_zaleze.pb",
      "poland_katowice_2021_brynow-czesc-wschodnia-osiedle-zgrzebnioka.pb",
      "poland_katowice_2021_murcki.pb",
      "poland_krakow_2018_bienczyce.pb",
      "poland_krakow_2018_czyzyny.pb",
      "poland_krakow_2018_wzgorza-krzeslawickie.pb",
      "poland_warszawa_2018_las.pb",
      "poland_warszawa_2018_pole-mokotowskie.pb",
      "poland_warszawa_2018_rejon-3.pb",
      "poland_warszawa_2019_stara-ochota.pb",
      "poland_zabrze_2020_konczyce.pb",
      "poland_zabrze_2020_mikulczyce.pb",
    ].includes(f),
  );

describe("MES on reference files = the naive exact implementation", () => {
  it.each(SMALL_FILES)("%s", async (file) => {
    const pb = await parsePabulib(createReadStream(PABULIB + file, { encoding: "utf8" }));
    const inst = allocationInstanceFromPabulib(pb);
    const voters = inst.ballots.length;
    const ref = referenceMes(grouped(inst), q(BigInt(inst.budget), BigInt(voters)));
    const ours = allocateMes(inst, { tieOrder: byIndex(inst) });
    expect(ours.selectionOrder).toEqual(ref.selected);
  });
});
