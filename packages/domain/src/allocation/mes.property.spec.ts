import fc from "fast-check";
import { describe, expect, it } from "vitest";
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
  const voters = inst.ballots.flatMap((b) => Array.from({ length: b.multiplicity ?? 1 }, () => b));
  const budget = voters.map(() => share);
  const paid = voters.map(() => Z);
  const utility = (i: number, p: number): Q => {
    const b = voters[i]!;
    const k = b.projects.indexOf(inst.projects[p]!.id);
    if (k === -1) return Z;
    return inst.utility === "approval" ? q(BigInt(inst.projects[p]!.cost), 1n) : q(BigInt(b.points![k]!), 1n);
  };
  const supports = (i: number, p: number): boolean => {
    const b = voters[i]!;
    const k = b.projects.indexOf(inst.projects[p]!.id);
    return k !== -1 && (inst.utility === "approval" || b.points![k]! > 0);
  };
  const votes = inst.projects.map((_, p) => voters.filter((_, i) => supports(i, p)).length);
  let remaining = inst.projects.map((_, p) => p).filter((p) => votes[p]! > 0 && inst.projects[p]!.cost > 0);
  const selected = inst.projects.filter((p, j) => p.cost === 0 && votes[j]! > 0).map((p) => p.id);
  for (;;) {
    let best: { p: number; rho: Q } | undefined;
    const still: number[] = [];
    for (const p of remaining) {
      const cost = q(BigInt(inst.projects[p]!.cost), 1n);
      const sup = voters.map((_, i) => i).filter((i) => utility(i, p).n > 0n);
      const money = sup.reduce((s, i) => add(s, budget[i]!), Z);
      if (cmp(money, cost) < 0) continue;
      still.push(p);
      sup.sort((a, b) => cmp(div(budget[a]!, utility(a, p)), div(budget[b]!, utility(b, p))));
      let rest = cost;
      let denom = sup.reduce((s, i) => add(s, utility(i, p)), Z);
      for (const i of sup) {
        if (cmp(mul(div(rest, denom), utility(i, p)), budget[i]!) > 0) {
          rest = sub(rest, budget[i]!);
          denom = sub(denom, utility(i, p));
        } else break;
      }
      const rho = div(rest, denom);
      const better =
        best === undefined ||
        cmp(rho, best.rho) < 0 ||
        (cmp(rho, best.rho) === 0 &&
          (votes[p]! > votes[best.p]! || (votes[p] === votes[best.p] && (inst.projects[p]!.cost < inst.projects[best.p]!.cost || (inst.projects[p]!.cost === inst.projects[best.p]!.cost && p < best.p)))));
      if (better) best = { p, rho };
    }
    if (!best) break;
    selected.push(inst.projects[best.p]!.id);
    for (let i = 0; i < voters.length; i++) {
      const u = utility(i, best.p);
      if (u.n === 0n) continue;
      const want = mul(best.rho, u);
      const pay = cmp(want, budget[i]!) < 0 ? want : budget[i]!;
      budget[i] = sub(budget[i]!, pay);
      paid[i] = add(paid[i]!, pay);
    }
    remaining = still.filter((p) => p !== best.p);
  }
  return { selected, paid };
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
        return utility === "approval" ? { projects, multiplicity } : { projects, points: [...seen.values()], multiplicity };
      }),
    }));

const byIndex = (inst: AllocationInstance): string[] => inst.projects.map((p) => p.id);

describe("MES properties (random small instances)", () => {
  for (const [utility, scale] of [["approval", 1], ["cardinal", 1], ["approval", 10_007], ["cardinal", 10_007]] as const) {
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
        instances("approval").chain((inst) => fc.tuple(fc.constant(inst), fc.shuffledSubarray([...inst.ballots], { minLength: inst.ballots.length }))),
        ([inst, shuffled]) => {
          const options = { tieOrder: byIndex(inst), completion: "add1u" as const, add1Options: ["integral" as const] };
          expect(allocateMes({ ...inst, ballots: shuffled }, options).selectionOrder).toEqual(allocateMes(inst, options).selectionOrder);
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
          expect(runMes(c, BigInt(start + r.add1Steps! + 1), 1n, { tieOrder: byIndex(inst) }).cost).toBeGreaterThan(inst.budget);
        }
      }),
      { numRuns: 200 },
    );
  });
});
