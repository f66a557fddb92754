import { AllocationError, type AllocationInstance } from "../allocation/types.js";

/**
 * A fairness audit of one outcome (pabutools' analysis module is the reference for the
 * definitions). Approval ballots: a voter's satisfaction with an outcome W is counted two ways,
 * by cardinality (how many funded projects they approved) and by cost (the money spent on them).
 */
export interface FairnessAudit {
  readonly voters: number;
  /** Voters with at least one funded approved project. */
  readonly nonEmptyHanded: number;
  /** nonEmptyHanded / voters (0 when nobody voted). */
  readonly nonEmptyHandedShare: number;
  /** Mean number of funded approved projects per voter. */
  readonly averageCardinalitySatisfaction: number;
  /** Mean money spent on a voter's approved funded projects. */
  readonly averageCostSatisfaction: number;
  /** Gini coefficient of the cost satisfaction over voters (0 = equal, → 1 = concentrated). */
  readonly giniCostSatisfaction: number;
  /** Histogram of cardinality satisfaction: histogram[k] = voters with exactly k funded approved projects. */
  readonly histogram: readonly number[];
}

interface Prepared {
  readonly cost: Map<string, number>;
  readonly ballots: { readonly projects: readonly string[]; readonly m: number }[];
  readonly voters: number;
}

function prepare(instance: AllocationInstance): Prepared {
  if (instance.utility !== "approval")
    throw new AllocationError("the fairness audit needs approval ballots", "INVALID_INSTANCE");
  const cost = new Map(instance.projects.map((p) => [p.id, p.cost]));
  const ballots = instance.ballots.map((b) => ({ projects: [...new Set(b.projects)], m: b.multiplicity ?? 1 }));
  return { cost, ballots, voters: ballots.reduce((s, b) => s + b.m, 0) };
}

/** Gini of values with multiplicities: Σ_i Σ_j m_i m_j |x_i − x_j| / (2 N² mean). */
export function gini(values: readonly { x: number; m: number }[]): number {
  const sorted = values.filter((v) => v.m > 0).sort((a, b) => a.x - b.x);
  const n = sorted.reduce((s, v) => s + v.m, 0);
  const total = sorted.reduce((s, v) => s + v.m * v.x, 0);
  if (n === 0 || total === 0) return 0;
  // Σ_{i<j} (x_j − x_i) over voters, by prefix sums: each value x with multiplicity m adds
  // m·(count below · x − sum below), plus nothing within its own group.
  let below = 0;
  let sumBelow = 0;
  let pairs = 0;
  for (const v of sorted) {
    pairs += v.m * (below * v.x - sumBelow);
    below += v.m;
    sumBelow += v.m * v.x;
  }
  return (2 * pairs) / (2 * n * total);
}

export function auditOutcome(instance: AllocationInstance, selected: readonly string[]): FairnessAudit {
  const { cost, ballots, voters } = prepare(instance);
  const funded = new Set(selected);
  let nonEmpty = 0;
  let card = 0;
  let money = 0;
  const histogram: number[] = [];
  const sats: { x: number; m: number }[] = [];
  for (const b of ballots) {
    let k = 0;
    let c = 0;
    for (const id of b.projects)
      if (funded.has(id)) {
        k += 1;
        c += cost.get(id) ?? 0;
      }
    if (k > 0) nonEmpty += b.m;
    card += b.m * k;
    money += b.m * c;
    while (histogram.length <= k) histogram.push(0);
    histogram[k]! += b.m;
    sats.push({ x: c, m: b.m });
  }
  return {
    voters,
    nonEmptyHanded: nonEmpty,
    nonEmptyHandedShare: voters === 0 ? 0 : nonEmpty / voters,
    averageCardinalitySatisfaction: voters === 0 ? 0 : card / voters,
    averageCostSatisfaction: voters === 0 ? 0 : money / voters,
    giniCostSatisfaction: gini(sats),
    histogram,
  };
}

export interface EjrViolation {
  /** The commonly approved projects T of the group. */
  readonly projects: readonly string[];
  /** Voters approving all of T who are not satisfied up to one project. */
  readonly unsatisfied: number;
  /** The smallest group size that is T-cohesive: ⌈n · cost(T) / B⌉. */
  readonly cohesiveSize: number;
}

/**
 * EJR up to one, cost utilities (Peters, Pierczyński, Skowron 2021): W satisfies it if for every
 * set T of projects and every group S of voters who all approve T with |S| / n ≥ cost(T) / B,
 * some i ∈ S has u_i(W) ≥ cost(T), or u_i(W) + cost(c) > cost(T) for some c ∈ T \ W, where
 * u_i(W) is the cost of i's approved funded projects. For a given T the worst group is made of
 * unsatisfied supporters of T only, so W violates it for T exactly when T has at least
 * ⌈n · cost(T) / B⌉ unsatisfied supporters (and that number is ≥ 1). Exact (integer arithmetic),
 * by enumerating every T: only for small instances (at most `maxProjects` projects approved by
 * someone, default 16); larger instances throw.
 */
export function ejrUpToOneViolations(
  instance: AllocationInstance,
  selected: readonly string[],
  maxProjects = 16,
): EjrViolation[] {
  const { cost, ballots, voters } = prepare(instance);
  const B = instance.budget;
  const funded = new Set(selected);
  const ids = [...new Set(ballots.flatMap((b) => b.projects))].sort();
  if (ids.length > maxProjects)
    throw new AllocationError(
      `EJR check enumerates every set of projects: ${ids.length} approved projects is more than ${maxProjects}`,
      "INVALID_INSTANCE",
    );
  const bit = new Map(ids.map((id, i) => [id, i]));
  const masks = ballots.map((b) => b.projects.reduce((m, id) => m | (1 << bit.get(id)!), 0));
  const utility = ballots.map((b) => b.projects.reduce((s, id) => s + (funded.has(id) ? cost.get(id)! : 0), 0));
  const violations: EjrViolation[] = [];
  for (let T = 1; T < 1 << ids.length; T++) {
    let costT = 0;
    let maxUnfunded = -1;
    for (let i = 0; i < ids.length; i++)
      if (T & (1 << i)) {
        const c = cost.get(ids[i]!)!;
        costT += c;
        if (!funded.has(ids[i]!)) maxUnfunded = Math.max(maxUnfunded, c);
      }
    if (costT > B) continue; // no group can afford T
    // Smallest cohesive group: |S| · B ≥ n · cost(T).
    const need =
      B === 0 ? Infinity : Math.max(1, Number((BigInt(voters) * BigInt(costT) + BigInt(B) - 1n) / BigInt(B)));
    let unsatisfied = 0;
    for (let k = 0; k < ballots.length; k++) {
      if ((masks[k]! & T) !== T) continue;
      const u = utility[k]!;
      const satisfied = u >= costT || (maxUnfunded >= 0 && u + maxUnfunded > costT);
      if (!satisfied) unsatisfied += ballots[k]!.m;
    }
    if (unsatisfied >= need)
      violations.push({
        projects: ids.filter((_, i) => T & (1 << i)),
        unsatisfied,
        cohesiveSize: need,
      });
  }
  return violations;
}
