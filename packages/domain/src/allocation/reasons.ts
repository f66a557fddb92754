import type { AllocationInstance, AllocationResult } from "./types.js";

/**
 * Why each project was funded or not, as facts a resident can check and a page can put in plain
 * words (the engine's own figures stay in `AllocationResult.explanations`).
 *
 * Greedy: the project's place in the order by votes, the money left when it was reached, and the
 * shortfall. Equal Shares: each voter's share; which projects this project's supporters had paid
 * towards, and how much; what they still held at the point that mattered — when it was bought, or
 * the purchase after which their money no longer covered its cost (the point it became
 * unaffordable, found by replaying the purchases exactly, not the round where the engine happened
 * to look at it); the shortfall and how many more supporters, each bringing a full share, would
 * have covered it.
 *
 * Amounts are exact fractions of the instance's unit (`exact`, "n/d") and, for display, in minor
 * units rounded to the nearest (`minor`, with `unitMinor` minor units per instance unit).
 */
export interface ReasonAmount {
  readonly exact: string;
  readonly minor: number;
}

export interface GreedyReasonFacts {
  readonly kind: "greedy";
  readonly funded: boolean;
  /** 1-based place in the order by votes (score), among projects with at least one vote. */
  readonly rank: number;
  /** Money left when the project was reached. */
  readonly moneyLeft: ReasonAmount;
  readonly cost: ReasonAmount;
  /** Cost − money left, when it did not fit. */
  readonly shortfall?: ReasonAmount;
  /** "greedy": the round's rule; "completion": the greedy fill after Equal Shares. */
  readonly stage: "greedy" | "completion";
}

export interface MesPaidFor {
  readonly projectId: string;
  /** What this project's supporters paid towards it, together. */
  readonly paid: ReasonAmount;
}

export interface MesReasonFacts {
  readonly kind: "mes";
  readonly funded: boolean;
  /** Each voter's equal share (the final run's, after any add1 raise). */
  readonly share: ReasonAmount;
  readonly supporters: number;
  /** The supporters' shares together, before anything was bought. */
  readonly startMoney: ReasonAmount;
  /** Projects bought (in order) that its supporters paid towards, up to the point that mattered. */
  readonly paidFor: readonly MesPaidFor[];
  /**
   * Not funded: the purchase after which its supporters could no longer afford it (null when they
   * never could, even at the start). Funded: the purchase just before it was bought (null: first).
   */
  readonly after: string | null;
  /** How many projects had been bought at that point. */
  readonly purchasesBefore: number;
  /** What its supporters held at that point. */
  readonly moneyLeft: ReasonAmount;
  readonly cost: ReasonAmount;
  /** Not funded: cost − money left. */
  readonly shortfall?: ReasonAmount;
  /** Not funded: more supporters, each with a full share, needed to cover the shortfall. */
  readonly moreSupportersNeeded?: number;
  /** Funded: the most one supporter paid. */
  readonly maxPayment?: ReasonAmount;
}

export interface ZeroVoteReasonFacts {
  readonly kind: "noVotes";
  readonly funded: false;
}

export type ReasonFacts = GreedyReasonFacts | MesReasonFacts | ZeroVoteReasonFacts;

export interface ProjectReason {
  readonly projectId: string;
  /** The Equal Shares facts (MES rounds) — present also for projects funded in the greedy fill. */
  readonly mes?: MesReasonFacts;
  /** The greedy facts (greedy rounds, the fill after MES, or a comparison step that kept greedy). */
  readonly greedy?: GreedyReasonFacts;
  /** The facts that decided it: the greedy ones when greedy funded or skipped it last, else MES. */
  readonly decisive: ReasonFacts;
}

/** Exact non-negative rational, always reduced. */
interface Q {
  readonly n: bigint;
  readonly d: bigint;
}
const gcd = (a: bigint, b: bigint): bigint => {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
};
const q = (n: bigint, d: bigint = 1n): Q => {
  if (d < 0n) [n, d] = [-n, -d];
  const g = gcd(n, d) || 1n;
  return { n: n / g, d: d / g };
};
const sub = (a: Q, b: Q): Q => (a.d === b.d ? q(a.n - b.n, a.d) : q(a.n * b.d - b.n * a.d, a.d * b.d));

function parseQ(s: string): Q {
  const [n, d] = s.split("/");
  return q(BigInt(n!), BigInt(d ?? "1"));
}

function amount(x: Q, unitMinor: number): ReasonAmount {
  const exact = x.d === 1n ? x.n.toString() : `${x.n}/${x.d}`;
  // Nearest minor unit, halves up (x ≥ 0).
  const scaled = x.n * BigInt(unitMinor);
  const minor = Number((2n * scaled + x.d) / (2n * x.d));
  return { exact, minor };
}

const ceilDiv = (a: Q, b: Q): number => {
  // ceil(a / b) for a, b > 0
  const num = a.n * b.d;
  const den = a.d * b.n;
  return Number((num + den - 1n) / den);
};

/**
 * The reason facts of every project (in the instance's project order), from the instance and the
 * allocation result the engine returned for it. `unitMinor`: minor units per instance unit.
 */
export function projectReasons(instance: AllocationInstance, result: AllocationResult, unitMinor = 1): ProjectReason[] {
  const ids = instance.projects.map((p) => p.id);
  const index = new Map(ids.map((id, j) => [id, j]));
  const costs = instance.projects.map((p) => BigInt(p.cost));
  const cardinal = instance.utility === "cardinal";
  // Voter classes: identical ballots with their multiplicity.
  const classes = instance.ballots.map((b) => ({
    projects: b.projects.map((id) => index.get(id)!).filter((j) => j !== undefined),
    weights: b.projects.map((_, i) => BigInt(cardinal ? (b.points?.[i] ?? 1) : 1)),
    mult: BigInt(b.multiplicity ?? 1),
  }));
  const supportersOf: { k: number; w: bigint }[][] = ids.map(() => []);
  classes.forEach((c, k) => c.projects.forEach((j, i) => supportersOf[j]!.push({ k, w: c.weights[i]! })));
  const supporterCount = supportersOf.map((list) => list.reduce((s, x) => s + Number(classes[x.k]!.mult), 0));

  const explanations = new Map(result.explanations.map((e) => [e.projectId, e]));
  const greedyFacts = new Map<string, GreedyReasonFacts>();
  for (const e of result.explanations) {
    if (!e.greedy || (e.stage !== "greedy" && e.stage !== "completion" && e.stage !== "comparison")) continue;
    const left = q(BigInt(e.greedy.budgetLeftWhenReached));
    const cost = q(BigInt(e.cost));
    greedyFacts.set(e.projectId, {
      kind: "greedy",
      funded: e.selected,
      rank: e.greedy.rank,
      moneyLeft: amount(left, unitMinor),
      cost: amount(cost, unitMinor),
      ...(e.selected ? {} : { shortfall: amount(sub(cost, left), unitMinor) }),
      stage: e.stage === "completion" ? "completion" : "greedy",
    });
  }

  const mesFacts = new Map<string, MesReasonFacts>();
  // (When a comparison step kept the greedy outcome, the greedy facts are the reasons.)
  if (result.rule === "mes" && result.perVoterShare && result.comparisonOutcome?.used !== "greedy") {
    const share = parseQ(result.perVoterShare.exact);
    // Exact money as bigint numerators over one common denominator D, which absorbs each
    // purchase's price denominator (every amount is scaled once per purchase instead of reducing
    // a fraction per voter class and project at every step); reduced only when reported.
    let D = share.d;
    const money: bigint[] = classes.map(() => share.n);
    // Supporters' money per project, kept up to date as purchases are made.
    const held: bigint[] = ids.map((_, j) => supportersOf[j]!.reduce((s, x) => s + share.n * classes[x.k]!.mult, 0n));
    const start: Q[] = held.map((h) => q(h, D));
    const paidFor: MesPaidFor[][] = ids.map(() => []);
    const paidNow: bigint[] = ids.map(() => 0n);
    const settled = new Set<number>();
    const after: (string | null)[] = ids.map(() => null);
    const purchasesBefore: number[] = ids.map(() => 0);
    const leftAt: Q[] = [...start];
    const maxPay = new Map<number, Q>();
    // Projects never affordable, even at the start.
    ids.forEach((_, j) => {
      if (held[j]! < costs[j]! * D) settled.add(j);
    });
    // The Equal Shares purchases, in the order they were made (not the greedy fill).
    const mesOrder = result.selectionOrder
      .map((id) => index.get(id)!)
      .filter((j) => {
        const e = explanations.get(ids[j]!);
        return e?.stage === "mes" && e.selected;
      });
    let bought = 0;
    for (const w of mesOrder) {
      // Its supporters' money at purchase.
      leftAt[w] = q(held[w]!, D);
      after[w] = bought === 0 ? null : ids[mesOrder[bought - 1]!]!;
      purchasesBefore[w] = bought;
      settled.add(w);
      if (costs[w]! === 0n) {
        bought++;
        continue;
      }
      // Price per unit of weight: supporters who cannot pay it pay all they have.
      const sup = [...supportersOf[w]!].sort((a, b) => {
        const l = money[a.k]! * b.w;
        const r = money[b.k]! * a.w;
        return l < r ? -1 : l > r ? 1 : 0;
      });
      let remaining = costs[w]! * D;
      let weight = sup.reduce((s, x) => s + x.w * classes[x.k]!.mult, 0n);
      let i = 0;
      for (; i < sup.length; i++) {
        const x = sup[i]!;
        // money / w < remaining / weight
        if (money[x.k]! * weight < remaining * x.w) {
          remaining -= money[x.k]! * classes[x.k]!.mult;
          weight -= x.w * classes[x.k]!.mult;
        } else break;
      }
      // The price remaining / (weight · D) as P / D' over the new common denominator D' = D · f.
      let P = 0n;
      if (weight > 0n) {
        const g = gcd(remaining, weight) || 1n;
        const f = weight / g;
        P = remaining / g;
        if (f !== 1n) {
          D *= f;
          for (let k = 0; k < money.length; k++) money[k]! *= f;
          for (let j = 0; j < held.length; j++) {
            held[j]! *= f;
            paidNow[j]! *= f;
          }
        }
      }
      let most = 0n;
      sup.forEach((x, idx) => {
        const pay = idx < i ? money[x.k]! : P * x.w;
        if (pay > most) most = pay;
        if (pay === 0n) return;
        const total = pay * classes[x.k]!.mult;
        money[x.k]! -= pay;
        for (const j of classes[x.k]!.projects) {
          held[j]! -= total;
          if (!settled.has(j)) paidNow[j]! += total;
        }
      });
      maxPay.set(w, q(most, D));
      bought++;
      // Record what each still-open project's supporters paid for w, and who became unaffordable.
      for (let j = 0; j < ids.length; j++) {
        if (paidNow[j]! !== 0n) {
          paidFor[j]!.push({ projectId: ids[w]!, paid: amount(q(paidNow[j]!, D), unitMinor) });
          paidNow[j] = 0n;
        }
        if (!settled.has(j) && held[j]! < costs[j]! * D) {
          settled.add(j);
          after[j] = ids[w]!;
          purchasesBefore[j] = bought;
          leftAt[j] = q(held[j]!, D);
        }
      }
    }
    const mesChosen = new Set(mesOrder);
    ids.forEach((id, j) => {
      if (supporterCount[j] === 0) return;
      const funded = mesChosen.has(j);
      const cost = q(costs[j]!);
      const left = funded || settled.has(j) ? leftAt[j]! : q(held[j]!, D);
      const shortfall = sub(cost, left);
      mesFacts.set(id, {
        kind: "mes",
        funded,
        share: amount(share, unitMinor),
        supporters: supporterCount[j]!,
        startMoney: amount(start[j]!, unitMinor),
        paidFor: paidFor[j]!,
        after: after[j]!,
        purchasesBefore: purchasesBefore[j]!,
        moneyLeft: amount(left, unitMinor),
        cost: amount(cost, unitMinor),
        ...(funded
          ? { maxPayment: amount(maxPay.get(j) ?? q(0n), unitMinor) }
          : shortfall.n > 0n
            ? {
                shortfall: amount(shortfall, unitMinor),
                moreSupportersNeeded: share.n === 0n ? 0 : ceilDiv(shortfall, share),
              }
            : {}),
      });
    });
  }

  return ids.map((id): ProjectReason => {
    const e = explanations.get(id);
    const g = greedyFacts.get(id);
    const m = mesFacts.get(id);
    const decisive: ReasonFacts =
      e?.reason === "zeroScore" || (!g && !m)
        ? { kind: "noVotes", funded: false }
        : g && (e?.stage !== "mes" || !m)
          ? g
          : m!;
    return { projectId: id, ...(m ? { mes: m } : {}), ...(g ? { greedy: g } : {}), decisive };
  });
}
