import { greedyExplanations, greedySteps, zeroScoreExplanation } from "./greedy.js";
import { breakTies, compileInstance, tieError, type CompiledInstance } from "./instance.js";
import { compareFrac, display, frac, fracToString, gcd, toFloat, type Frac } from "./rational.js";
import type {
  AllocationInstance,
  AllocationResult,
  ComparisonOutcome,
  MesExplanation,
  MesOptions,
  ProjectExplanation,
  TieBreakOptions,
} from "./types.js";

/** What one MES run recorded about a project. */
interface MesProjectInfo {
  readonly selected: boolean;
  readonly round: number;
  readonly money: number;
  readonly effectiveVoteCount?: number;
  readonly maxPayment?: number;
}

export interface MesRun {
  /** Project indices in the order MES chose them. */
  readonly selected: readonly number[];
  readonly cost: number;
  /** True when the run stopped early because its outcome already cost more than `stopAbove`. */
  readonly aborted: boolean;
  readonly info: readonly (MesProjectInfo | undefined)[];
}

/** Per-class buffers reused by the many runs of one add1 completion (less garbage to collect). */
interface Scratch {
  readonly money: Float64Array;
  readonly moneyErr: Float64Array;
  readonly exact: bigint[];
  readonly exactEpoch: Int32Array;
  /** 1 once a class's exact money is 0 (it then stays 0 for the rest of the run). */
  readonly broke: Uint8Array;
  /**
   * Per class, the winners it supported so far, in the order they won, with its weight on each:
   * entries classStart[k] … classStart[k] + winCount[k] (replaying a class's payments reads these
   * instead of its whole ballot).
   */
  readonly winCount: Int32Array;
  readonly winProject: Int32Array;
  readonly winWeight: Int32Array;
  /** Per project, where its live supporter list starts in the buffers below. */
  readonly liveStart: Int32Array;
  readonly liveClasses: Int32Array;
  readonly liveWeights: Int32Array;
  readonly liveMultiplicity: Float64Array;
  /** Per project, reset by each run. */
  readonly paidEpoch: Int32Array;
  readonly liveCount: Int32Array;
  readonly zeroWeight: Float64Array;
  readonly scaledEpoch: Int32Array;
  readonly perWinner: Float64Array;
  readonly lbF: Float64Array;
  /** The price iteration's buffers, as long as the longest supporter list. */
  readonly bufX: Float64Array;
  readonly bufM: Float64Array;
  readonly bufW: Float64Array;
}
const scratches = new WeakMap<CompiledInstance, Scratch>();
function scratchFor(c: CompiledInstance): Scratch {
  let s = scratches.get(c);
  if (!s) {
    const n = c.classes.length;
    const liveStart = new Int32Array(c.ids.length + 1);
    for (let j = 0; j < c.ids.length; j++) liveStart[j + 1] = liveStart[j]! + c.supporterClasses[j]!.length;
    const entries = liveStart[c.ids.length]!;
    let longest = 1;
    for (const list of c.supporterClasses) longest = Math.max(longest, list.length);
    s = {
      money: new Float64Array(n),
      moneyErr: new Float64Array(n),
      exact: new Array<bigint>(n).fill(0n),
      exactEpoch: new Int32Array(n),
      broke: new Uint8Array(n),
      winCount: new Int32Array(n),
      winProject: new Int32Array(c.classProjects.length),
      winWeight: new Int32Array(c.classProjects.length),
      liveStart,
      liveClasses: new Int32Array(entries),
      liveWeights: new Int32Array(entries),
      liveMultiplicity: new Float64Array(entries),
      paidEpoch: new Int32Array(c.ids.length),
      liveCount: new Int32Array(c.ids.length),
      zeroWeight: new Float64Array(c.ids.length),
      scaledEpoch: new Int32Array(c.ids.length),
      perWinner: new Float64Array(c.ids.length),
      lbF: new Float64Array(c.ids.length),
      bufX: new Float64Array(longest),
      bufM: new Float64Array(longest),
      bufW: new Float64Array(longest),
    };
    scratches.set(c, s);
  }
  return s;
}

/**
 * What the runs of one add1 completion (the same instance and options, one share per run) leave
 * for one another: lower bounds on prices, so that a run evaluates fewer projects.
 *
 * Why the bounds hold. Take two runs whose first r − 1 rounds chose the same winners, run a with
 * a share at least run c's. Then in every round up to r every voter holds at least as much money
 * in a as in c: true at the start, and if it is true before a round, every project's price
 * (the least ρ at which its supporters paying min(money, ρ·u) cover its cost) is at most as high
 * in a as in c, so the common winner costs each of its supporters at most as much in a, who is
 * left with max(0, money − ρ·u), at least what c leaves. Hence in round r every project's price
 * in c is at least its price in a, and a project a could not afford, c cannot either. A lower
 * bound a held on a price in round r (the price itself when a evaluated it, else a's own bound)
 * is therefore a lower bound for c in round r, and for c's later rounds too (within a run, money
 * only falls, so prices only rise).
 *
 * The bounds only ever let a run skip evaluating a project whose bound is clearly (by the 1e-8
 * margin) worse than the round's best float price, which is what the lazy evaluation within a run
 * already does with earlier rounds' prices; every decision is taken as before (floats far from
 * the edge, exact values near it), so a run's winners are the same with or without the memory.
 * mesOnCompiled runs the add1 shares in blocks from the highest down, so each run can use the
 * bounds of the run just above it.
 *
 * The memory keeps one history, the latest run's winners, and for each of its rounds the bounds
 * the latest run with that history reaching the round held at the round's end.
 */
export class MesMemory {
  /** The remembered history: the winner of each round (index round − 1). */
  readonly winners: number[] = [];
  /** Per round: whether its bounds belong to the remembered history. */
  readonly valid: boolean[] = [];
  /** Per round: the share (numerator over shareD) of the run that left the bounds, and the bounds. */
  readonly boundShareN: bigint[] = [];
  readonly bounds: Float64Array[] = [];
  shareD: bigint | undefined;
}

/**
 * One run of the Method of Equal Shares with a fixed per-voter share `shareN/shareD`.
 *
 * Each voter starts with the share. A project c can be bought when its supporters together still
 * hold its cost; its price ρ is the smallest number such that supporters paying
 * min(their money, ρ·u_i(c)) cover the cost, where u_i(c) is the cost (approval, cost utilities)
 * or the points given (cardinal ballots). Each round buys the project with the lowest ρ (for
 * approval: the highest effective vote count cost/payment), ties broken by the options; it stops
 * when no project is affordable by its supporters.
 *
 * Exactness: money is exact — integer numerators over one common denominator D that absorbs the
 * reduced denominator of each round's payment. Each voter class also carries a float of its
 * money with a proven error bound; a decision is taken on floats only when it is on the right
 * side by a relative margin of 1e-8, far beyond the bound. Anything closer (near-ties between
 * projects, supporters just able or unable to pay, affordability at the edge) is decided on the
 * exact values, and every winner's payment is computed exactly. A class's exact money is
 * recomputed on demand from the payments for the winners it supported.
 *
 * Speed: voters who cast the same ballot form one class with a multiplicity. A price can only
 * rise between rounds (money only decreases), so a project whose last price is already worse
 * than the round's best needs no recomputation.
 */
export function runMes(
  c: CompiledInstance,
  shareN: bigint,
  shareD: bigint,
  options: TieBreakOptions,
  stopAbove?: number,
  memory?: MesMemory,
): MesRun {
  const nProjects = c.ids.length;
  if (memory && memory.shareD !== undefined && memory.shareD !== shareD) memory = undefined;
  if (memory) memory.shareD = shareD;
  /** Whether this run's winners so far are the remembered history's. */
  let same = true;
  const mult = c.multiplicity;
  const EPS = 1e-8;
  /** A class's float is trusted only while its relative error bound stays below this. */
  const FLOAT_TRUST = 1e-13;
  const U = 2.3e-16;
  const shareF = toFloat(shareN, shareD);
  const scratch = scratchFor(c);
  const money = scratch.money.fill(shareF);
  const moneyErr = scratch.moneyErr.fill(shareF * U);
  // Exact money of a class, as a numerator over the denominator in force at epoch exactEpoch[k].
  const exact: bigint[] = scratch.exact.fill(shareN);
  const exactEpoch = scratch.exactEpoch.fill(0);
  const broke = scratch.broke.fill(shareN === 0n ? 1 : 0);
  const winCount = scratch.winCount.fill(0);
  const { winProject, winWeight } = scratch;
  // Per winner: the epoch it was paid in and the payment per unit of weight (numerator over D then).
  const paidEpoch = scratch.paidEpoch.fill(-1);
  const paidN: bigint[] = new Array<bigint>(nProjects).fill(0n);
  const factors: bigint[] = [];
  let D = shareD;
  let epoch = 0;
  let suffix: bigint[] = [1n];
  let suffixEpoch = 0;
  const info: (MesProjectInfo | undefined)[] = new Array<MesProjectInfo | undefined>(nProjects).fill(undefined);
  const selected: number[] = [];
  let cost = 0;

  const { classStart } = c;

  // Supporters whose money is exactly 0 stay at 0 for the rest of the run: once they make up a
  // good part of a project's supporters, its list is compacted (copied once per run into the
  // scratch buffers, then shrunk in place) and their weight set aside in zeroWeight, so price
  // evaluations no longer visit them. liveCount[j] < 0: the compiled list, untouched.
  const liveCount = scratch.liveCount.fill(-1);
  const zeroWeight = scratch.zeroWeight.fill(0);
  const { liveStart, liveClasses, liveWeights, liveMultiplicity } = scratch;
  let lsCls: Int32Array = liveClasses;
  let lsW: Int32Array = liveWeights;
  let lsM: Float64Array = liveMultiplicity;
  /** Points the ls* views at j's live supporters (the compiled arrays until compacted); returns their number. */
  const supporters = (j: number): number => {
    const live = liveCount[j]!;
    if (live < 0) {
      lsCls = c.supporterClasses[j]!;
      lsW = c.supporterWeights[j]!;
      lsM = c.supporterMultiplicity[j]!;
      return lsCls.length;
    }
    const from = liveStart[j]!;
    lsCls = liveClasses.subarray(from, from + live);
    lsW = liveWeights.subarray(from, from + live);
    lsM = liveMultiplicity.subarray(from, from + live);
    return live;
  };
  /** Drops j's supporters with exactly no money from its live list. */
  const compact = (j: number): void => {
    const n = supporters(j);
    const cls = lsCls;
    const ws = lsW;
    const ms = lsM;
    const from = liveStart[j]!;
    let keep = 0;
    for (let i = 0; i < n; i++) {
      const k = cls[i]!;
      if (broke[k] === 1) {
        zeroWeight[j]! += ms[i]! * ws[i]!;
        continue;
      }
      liveClasses[from + keep] = k;
      liveWeights[from + keep] = ws[i]!;
      liveMultiplicity[from + keep] = ms[i]!;
      keep++;
    }
    liveCount[j] = keep;
  };

  /** Product of the denominator factors from epoch e to now. */
  const suffixAt = (e: number): bigint => {
    if (e === epoch) return 1n;
    if (suffixEpoch !== epoch) {
      suffix = new Array<bigint>(epoch + 1);
      suffix[epoch] = 1n;
      for (let r = epoch - 1; r >= 0; r--) suffix[r] = suffix[r + 1]! * factors[r]!;
      suffixEpoch = epoch;
    }
    return suffix[e]!;
  };

  /**
   * Each winner's payment per unit of weight over the current D (paidN[j] × the denominator
   * factors since it was paid): one bigint product per winner and epoch, shared by every class.
   */
  const scaled: bigint[] = new Array<bigint>(nProjects).fill(0n);
  const scaledEpoch = scratch.scaledEpoch.fill(-1);
  const scaledPay = (j: number): bigint => {
    if (scaledEpoch[j] !== epoch) {
      scaled[j] = paidN[j]! * suffixAt(paidEpoch[j]!);
      scaledEpoch[j] = epoch;
    }
    return scaled[j]!;
  };

  /** Exact money of one voter of class k, over the current D; refreshes the class's float. */
  const budgetOf = (k: number): bigint => {
    const e0 = exactEpoch[k]!;
    let v = exact[k]!;
    if (e0 === epoch) return v;
    if (v !== 0n) {
      v *= suffixAt(e0);
      // Subtract the payments for winners chosen after e0 that this class supported (its winner
      // list is in the order they won: read from the end). Payments are non-negative, so the
      // order does not matter: money that reaches 0 stays 0 (clamped).
      const from = classStart[k]!;
      for (let i = from + winCount[k]! - 1; i >= from; i--) {
        const j = winProject[i]!;
        if (paidEpoch[j]! <= e0) break;
        const w = winWeight[i]!;
        v -= w === 1 ? scaledPay(j) : scaledPay(j) * BigInt(w);
      }
      if (v < 0n) v = 0n;
    }
    if (v === 0n) broke[k] = 1;
    exact[k] = v;
    exactEpoch[k] = epoch;
    const f = v === 0n ? 0 : toFloat(v, D);
    money[k] = f;
    moneyErr[k] = f * U;
    return v;
  };

  // Exact total money of many classes at once. A class that still has money has never been
  // capped, so it holds exactly share − Σ (payment per weight × its weight) over the winners it
  // supported: summing multiplicities per winner turns thousands of bigint replays into one
  // bigint product per winner.
  const perWinner = scratch.perWinner.fill(0);
  const touchedWinners: number[] = [];
  let sumMultiplicity = 0;
  const addToSum = (k: number): void => {
    const m = mult[k]!;
    sumMultiplicity += m;
    const from = classStart[k]!;
    const end = from + winCount[k]!;
    for (let i = from; i < end; i++) {
      const j = winProject[i]!;
      if (perWinner[j] === 0) touchedWinners.push(j);
      perWinner[j]! += m * winWeight[i]!;
    }
  };
  const takeSum = (): bigint => {
    let total = BigInt(sumMultiplicity) * shareN * suffixAt(0);
    for (const j of touchedWinners) {
      total -= BigInt(perWinner[j]!) * scaledPay(j);
      perWinner[j] = 0;
    }
    touchedWinners.length = 0;
    sumMultiplicity = 0;
    return total;
  };

  // Projects costing nothing are funded outright: nobody pays anything.
  const remaining: number[] = [];
  const lbF = scratch.lbF.fill(0);
  for (let j = 0; j < nProjects; j++) {
    if (c.votes[j]! === 0) continue;
    if (c.costs[j]! === 0) {
      selected.push(j);
      info[j] = { selected: true, round: 0, money: 0 };
      continue;
    }
    remaining.push(j);
    // Before anyone pays, the price is the cost spread over all supporters' utility.
    lbF[j] = c.cardinal ? c.costs[j]! / c.scores[j]! : 1 / c.votes[j]!;
  }

  interface FloatEvaluation {
    readonly affordable: boolean;
    readonly money: number;
    /** Price per unit of weight, float. */
    readonly pi: number;
    /** Price per unit of utility (the comparison key), float. */
    readonly rho: number;
    /** Whether the float price is accurate to well within the 1e-8 margins. */
    readonly reliable: boolean;
  }

  const { bufX, bufM, bufW } = scratch;

  /**
   * The float price of j (affordability decided exactly at the edge). Fixed-point iteration:
   * supporters who cannot pay the current price pay all they have, which raises the price for
   * the others; repeat until nobody else drops out.
   */
  const evaluateFloat = (j: number): FloatEvaluation => {
    const n = supporters(j);
    const cls = lsCls;
    const ws = lsW;
    const ms = lsM;
    const cost = c.costs[j]!;
    // Total weight of the (live) supporters: their number (approval) or their points (cardinal).
    const W = (c.cardinal ? c.scores[j]! : c.votes[j]!) - zeroWeight[j]!;
    let zeros = 0;
    // One pass gathers the supporters' money and already makes the first pass of the price
    // iteration (below): whoever cannot pay the price so far pays all they have, the price is
    // raised at once, and only the others are copied to the buffers the next passes read.
    let total = 0;
    let paid = 0;
    let denom = W;
    let pi = cost / W;
    let keep = 0;
    let minKept = Number.POSITIVE_INFINITY;
    let changed = false;
    for (let i = 0; i < n; i++) {
      const m = ms[i]!;
      const x = money[cls[i]!]!;
      const w = ws[i]!;
      total += m * x;
      if (x === 0) zeros++;
      if (denom > 0 && x < pi * w) {
        paid += m * x;
        denom -= m * w;
        changed = true;
        if (denom > 0) pi = (cost - paid) / denom;
      } else {
        const r = w === 1 ? x : x / w;
        if (r < minKept) minKept = r;
        bufX[keep] = x;
        bufM[keep] = m;
        bufW[keep] = w;
        keep++;
      }
    }
    const no: FloatEvaluation = { affordable: false, money: total, pi: 0, rho: 0, reliable: true };
    if (total < cost * (1 - EPS)) return no;
    if (total <= cost * (1 + EPS)) {
      for (let i = 0; i < n; i++) if (broke[cls[i]!] === 0) addToSum(cls[i]!);
      if (takeSum() < BigInt(cost) * D) return no;
    }
    if (zeros * 4 > n) compact(j);
    let count = keep;
    if (changed && minKept > pi * (1 + 1e-12)) changed = false;
    // The price only rises as supporters drop out, so it is raised as soon as one does (within
    // the pass, not at its end): every drop stays justified (its money is below a price that is
    // still at most the final one), and far fewer passes are needed. The fixed point is the same.
    // A further pass is needed only if a supporter kept earlier in the pass now falls below the
    // raised price: the smallest money per weight kept says (with a margin far above rounding).
    while (changed && denom > 0) {
      changed = false;
      keep = 0;
      minKept = Number.POSITIVE_INFINITY;
      for (let i = 0; i < count; i++) {
        const x = bufX[i]!;
        const w = bufW[i]!;
        if (x < pi * w) {
          paid += bufM[i]! * x;
          denom -= bufM[i]! * w;
          changed = true;
          if (denom <= 0) break;
          pi = (cost - paid) / denom;
        } else {
          const r = w === 1 ? x : x / w;
          if (r < minKept) minKept = r;
          bufX[keep] = x;
          bufM[keep] = bufM[i]!;
          bufW[keep] = w;
          keep++;
        }
      }
      count = keep;
      if (changed && minKept > pi * (1 + 1e-12)) changed = false;
    }
    // Relative error of the float price: the inputs' bound plus summation over n terms,
    // amplified by cost/(cost − paid).
    const err =
      ((c.supporterClasses[j]!.length + 4) * U + FLOAT_TRUST) *
      ((cost + paid) / Math.max(cost - paid, Number.MIN_VALUE));
    const reliable = denom > 0 && Number.isFinite(pi) && pi > 0 && err < 1e-10;
    return { affordable: true, money: total, pi, rho: c.cardinal ? pi : pi / cost, reliable };
  };

  /** The exact price per unit of weight of j: N / (S·D). */
  /** Classes found paying all they had in the last exact evaluation (their money becomes 0). */
  let cappedInExact: number[] = [];

  const evaluateExact = (j: number, pi: number, reliable: boolean): { N: bigint; S: bigint; rho: Frac } => {
    const capped: number[] = [];
    const n = supporters(j);
    const cls = lsCls;
    const ws = lsW;
    const cost = c.costs[j]!;
    const costD = BigInt(cost) * D;
    // Total weight of the live supporters (those with exactly no money pay nothing).
    const W = (c.cardinal ? c.scores[j]! : c.votes[j]!) - zeroWeight[j]!;
    let paid = 0n;
    let denom = W;
    const near: number[] = [];
    for (let i = 0; i < n; i++) {
      const k = cls[i]!;
      const x = money[k]!;
      const t = pi * ws[i]!;
      if (reliable && x < t * (1 - EPS)) {
        // Clearly cannot pay the price: pays everything it has.
        // (Its exact money, unless it is exactly 0: the float may underflow, the exact value does not.)
        if (broke[k] === 0) addToSum(k);
        denom -= mult[k]! * ws[i]!;
        capped.push(k);
      } else if (!reliable || x <= t * (1 + EPS)) near.push(i);
    }
    paid += takeSum();
    const items = near.map((i) => ({ k: cls[i]!, B: budgetOf(cls[i]!), w: BigInt(ws[i]!), M: BigInt(mult[cls[i]!]!) }));
    items.sort((a, b) => {
      const l = a.B * b.w;
      const r = b.B * a.w;
      return l < r ? -1 : l > r ? 1 : 0;
    });
    let S = BigInt(denom);
    for (const it of items) {
      if (it.B * S < (costD - paid) * it.w) {
        paid += it.M * it.B;
        S -= it.M * it.w;
        capped.push(it.k);
      } else break;
    }
    cappedInExact = capped;
    const N = costD - paid;
    return { N, S, rho: c.cardinal ? frac(N, S * D) : frac(N, S * D * BigInt(cost)) };
  };

  let round = 0;
  let current = remaining;
  for (;;) {
    round += 1;
    const t = round - 1;
    if (memory && same && memory.valid[t] === true && memory.winners.length >= t && memory.boundShareN[t]! >= shareN) {
      // A run with at least this share and the same winners so far: its bounds hold here.
      const bounds = memory.bounds[t]!;
      for (const j of current) if (bounds[j]! > lbF[j]!) lbF[j] = bounds[j]!;
    }
    current.sort((a, b) => lbF[a]! - lbF[b]!);
    let bestF = Number.POSITIVE_INFINITY;
    const evaluated: { j: number; ev: FloatEvaluation }[] = [];
    const next: number[] = [];
    for (let i = 0; i < current.length; i++) {
      const j = current[i]!;
      if (lbF[j]! > bestF * (1 + EPS)) {
        for (let r = i; r < current.length; r++) next.push(current[r]!);
        break;
      }
      const ev = evaluateFloat(j);
      if (!ev.affordable) {
        info[j] = { selected: false, round, money: Math.round(ev.money * 100) / 100 };
        continue;
      }
      lbF[j] = ev.reliable ? ev.rho : 0;
      next.push(j);
      evaluated.push({ j, ev });
      // Only a reliable float may prune other projects; an unreliable one is settled exactly.
      if (ev.reliable && ev.rho < bestF) bestF = ev.rho;
    }
    if (memory) {
      // The bounds held at the end of this round (unaffordable and funded projects: +∞).
      if (memory.bounds.length <= t) {
        memory.bounds.push(new Float64Array(nProjects));
        memory.boundShareN.push(0n);
        memory.valid.push(false);
      }
      const bounds = memory.bounds[t]!.fill(Number.POSITIVE_INFINITY);
      for (const j of next) bounds[j] = lbF[j]!;
      memory.boundShareN[t] = shareN;
      memory.valid[t] = true;
    }
    if (evaluated.length === 0) {
      if (memory) forget(memory, t, memory.winners.length > t);
      break;
    }
    // Contenders: every project not provably worse than the best float price.
    const contenders = evaluated.filter((e) => !e.ev.reliable || e.ev.rho <= bestF * (1 + EPS));
    let winner: { j: number; ev: FloatEvaluation; exact: { N: bigint; S: bigint; rho: Frac } };
    if (contenders.length === 1) {
      const only = contenders[0]!;
      winner = { ...only, exact: evaluateExact(only.j, only.ev.pi, only.ev.reliable) };
    } else {
      cappedInExact = [];
      const exactly = contenders.map((e) => ({ ...e, exact: evaluateExact(e.j, e.ev.pi, e.ev.reliable) }));
      let best = [exactly[0]!];
      for (const e of exactly.slice(1)) {
        const cmp = compareFrac(e.exact.rho, best[0]!.exact.rho);
        if (cmp < 0) best = [e];
        else if (cmp === 0) best.push(e);
      }
      const chosen =
        best.length === 1
          ? best.map((e) => e.j)
          : breakTies(
              c,
              best.map((e) => e.j),
              options,
            );
      if (chosen.length !== 1) throw tieError(c, chosen, `in MES round ${round}`);
      winner = best.find((e) => e.j === chosen[0])!;
      // Recompute so that the capped classes recorded are the winner's.
      winner = { ...winner, exact: evaluateExact(winner.j, winner.ev.pi, winner.ev.reliable) };
    }
    const w = winner.j;
    const cw = c.costs[w]!;
    const payment = toFloat(winner.exact.N, winner.exact.S * D);
    info[w] = {
      selected: true,
      round,
      money: Math.round(winner.ev.money * 100) / 100,
      effectiveVoteCount: Math.round((cw / payment) * 100) / 100,
      maxPayment: Math.round(payment * 100) / 100,
    };
    selected.push(w);
    cost += cw;
    // Charge the supporters: the new common denominator absorbs the payment's reduced denominator.
    const g0 = gcd(winner.exact.N, winner.exact.S);
    const N1 = winner.exact.N / g0;
    const S1 = winner.exact.S / g0;
    factors.push(S1);
    D *= S1;
    epoch += 1;
    paidEpoch[w] = epoch;
    paidN[w] = N1;
    const piF = toFloat(N1, D);
    if (memory) {
      if (memory.winners[t] !== w) same = false;
      memory.winners[t] = w;
    }
    // Supporters who could not pay the price paid all they had.
    for (const k of cappedInExact) {
      exact[k] = 0n;
      broke[k] = 1;
      exactEpoch[k] = epoch;
      money[k] = 0;
      moneyErr[k] = 0;
    }
    const nw = supporters(w);
    const cls = lsCls;
    const ws = lsW;
    for (let i = 0; i < nw; i++) {
      const k = cls[i]!;
      const before = money[k]!;
      if (broke[k] === 1) continue;
      const at = classStart[k]! + winCount[k]!++;
      winProject[at] = w;
      winWeight[at] = ws[i]!;
      const pay = piF * ws[i]!;
      const f = before - pay;
      // Error bound: the float price carries ≤ 3 roundings, its product with the weight one more,
      // the subtraction one more.
      const err = moneyErr[k]! + U * (2 * before + 5 * pay);
      if (f > 0 && err <= FLOAT_TRUST * f) {
        money[k] = f;
        moneyErr[k] = err;
      } else budgetOf(k); // too close to zero to trust the float: settle the exact money now
    }
    current = next.filter((j) => j !== w);
    if (stopAbove !== undefined && cost > stopAbove) {
      if (memory) forget(memory, round, false);
      return { selected, cost, aborted: true, info };
    }
  }
  return { selected, cost, aborted: false, info };

  /**
   * At the end of the run, after its round `round` that left it with `winners` winners: when it
   * left the remembered history (or ended where the history went on), the history becomes this
   * run's, and the bounds of the rounds after `round` are void.
   */
  function forget(mem: MesMemory, winners: number, diverged: boolean): void {
    if (same && !diverged) return;
    mem.winners.length = Math.min(mem.winners.length, winners);
    for (let r = round; r < mem.valid.length; r++) mem.valid[r] = false;
  }
}

function utilities(c: CompiledInstance, funded: ReadonlySet<number>): number[] {
  return c.classes.map((cls) => {
    let u = 0;
    cls.projects.forEach((j, i) => {
      if (funded.has(j)) u += c.cardinal ? cls.weights[i]! : c.costs[j]!;
    });
    return u;
  });
}

/**
 * The comparison step: keep the MES outcome unless more voters prefer the greedy one.
 * `satisfaction`: a voter prefers the outcome giving them more utility (cost of their funded
 * approved projects, or points on funded projects). `exclusionRatio`: a voter prefers the outcome
 * that funds at least one of their projects when the other funds none.
 */
function compareWithGreedy(
  c: CompiledInstance,
  mes: ReadonlySet<number>,
  greedy: ReadonlySet<number>,
  kind: "satisfaction" | "exclusionRatio",
): ComparisonOutcome {
  const um = utilities(c, mes);
  const ug = utilities(c, greedy);
  let preferMes = 0;
  let preferGreedy = 0;
  c.classes.forEach((cls, k) => {
    const a = um[k]!;
    const b = ug[k]!;
    if (kind === "satisfaction") {
      if (a > b) preferMes += cls.multiplicity;
      else if (b > a) preferGreedy += cls.multiplicity;
    } else {
      if (a > 0 && b === 0) preferMes += cls.multiplicity;
      else if (b > 0 && a === 0) preferGreedy += cls.multiplicity;
    }
  });
  return { kind, preferMes, preferGreedy, used: preferGreedy > preferMes ? "greedy" : "mes" };
}

function mesExplanation(c: CompiledInstance, j: number, i: MesProjectInfo): ProjectExplanation {
  const mes: MesExplanation =
    i.effectiveVoteCount === undefined
      ? { round: i.round, supportersMoney: i.money }
      : {
          round: i.round,
          supportersMoney: i.money,
          effectiveVoteCount: i.effectiveVoteCount,
          maxPayment: i.maxPayment!,
        };
  const base = {
    projectId: c.ids[j]!,
    cost: c.costs[j]!,
    votes: c.votes[j]!,
    score: c.scores[j]!,
    stage: "mes" as const,
    mes,
  };
  if (i.selected) {
    const unit = c.cardinal ? "point" : "supporter";
    return {
      ...base,
      selected: true,
      reason: "funded",
      summary:
        i.round === 0
          ? "Funded: it costs nothing."
          : `Funded by equal shares in round ${i.round}: its supporters still held ${i.money} for a cost of ${c.costs[j]!}; each paid at most ${i.maxPayment} per ${unit} (effective vote count ${i.effectiveVoteCount}).`,
    };
  }
  return {
    ...base,
    selected: false,
    reason: "supportersCouldNotAfford",
    summary: `Not funded: in round ${i.round} its supporters held only ${i.money} of their equal shares, less than its cost of ${c.costs[j]!}.`,
  };
}

function shareString(n: bigint, d: bigint): { exact: string; value: number } {
  return { exact: fracToString(n, d), value: display(n, d) };
}

/** The Method of Equal Shares with optional add1/add1u completion and comparison step. */
export function allocateMes(instance: AllocationInstance, options: MesOptions = {}): AllocationResult {
  return mesOnCompiled(compileInstance(instance), options);
}

export function mesOnCompiled(c: CompiledInstance, options: MesOptions): AllocationResult {
  const completion = options.completion ?? "none";
  const add1Options = options.add1Options ?? [];
  const comparison = options.comparison ?? "none";
  const B = c.budget;
  const n = c.voters;
  const integral = add1Options.includes("integral");
  const exhaustive = add1Options.includes("exhaustive");
  // The pot split equally; "integral" floors each share to a whole currency unit.
  let shareN = n === 0 ? 0n : integral ? BigInt(Math.floor(B / n)) : BigInt(B);
  const shareD = n === 0 || integral ? 1n : BigInt(n);
  let run = runMes(c, shareN, shareD, options);
  let steps: number | undefined;
  const fundable = c.ids.filter((_, j) => c.votes[j]! > 0).length;
  if (completion !== "none" && n > 0) {
    // add1: raise every voter's share by one unit while the outcome still fits the pot.
    steps = 0;
    const done = (r: MesRun): boolean => {
      if (r.selected.length >= fundable) return true;
      if (!exhaustive) return false;
      const chosen = new Set(r.selected);
      const left = B - r.cost;
      return !c.costs.some((cost, j) => !chosen.has(j) && cost <= left);
    };
    // The next shares are run in blocks, from the highest down, so that each run can use the
    // price bounds of the one above (see MesMemory); the block is then read upwards exactly as
    // the one-step-at-a-time loop would, and the runs above the first failing share are unused.
    const memory = new MesMemory();
    let usedMemory = false;
    let block = 2;
    outer: while (!done(run)) {
      const runs: MesRun[] = [];
      for (let k = block; k >= 1; k--) runs[k] = runMes(c, shareN + BigInt(k) * shareD, shareD, options, B, memory);
      usedMemory = true;
      for (let k = 1; k <= block; k++) {
        const next = runs[k]!;
        if (next.aborted || next.cost > B) break outer;
        run = next;
        shareN += shareD;
        steps += 1;
        if (done(run)) break outer;
      }
      block = Math.min(8, block * 2);
    }
    if (usedMemory && steps > 0) {
      // The winners never depend on the memory, but the round in which a losing project was
      // found unaffordable (its explanation) depends on which projects were evaluated: the final
      // share is run again on its own, so the explanations are those of a plain run.
      const plain = runMes(c, shareN, shareD, options);
      if (plain.selected.join() !== run.selected.join())
        throw new Error(`internal error: MES with and without price bounds disagree at share ${shareN}/${shareD}`);
      run = plain;
    }
  }
  const mesSet = new Set(run.selected);
  let order = [...run.selected];
  let fill = new Map<number, ProjectExplanation>();
  if (completion === "add1u") {
    // Then fill what is left greedily by votes (projects nobody voted for are never funded).
    const fillSteps = greedySteps(c, options, B - run.cost, mesSet);
    fill = greedyExplanations(c, fillSteps, "completion");
    for (const s of fillSteps) if (s.funded) order.push(s.project);
  }
  // After add1, the MES figures are those of the final run, at the raised share.
  const add1Note =
    steps === undefined
      ? ""
      : ` (equal shares run with each voter's share raised to ${fracToString(shareN, shareD)} after ${steps} add1 step${steps === 1 ? "" : "s"})`;
  const withNote = (e: ProjectExplanation): ProjectExplanation =>
    add1Note === "" || e.mes === undefined ? e : { ...e, summary: `${e.summary}${add1Note}` };
  let explanations = c.ids.map((_, j): ProjectExplanation => withNote(explain(j)));
  function explain(j: number): ProjectExplanation {
    const i = run.info[j];
    if (i?.selected) return mesExplanation(c, j, i);
    const f = fill.get(j);
    if (f) {
      if (!i) return f;
      const m = mesExplanation(c, j, i);
      return { ...f, mes: m.mes!, summary: `${m.summary} ${f.summary}` };
    }
    if (i) return mesExplanation(c, j, i);
    return zeroScoreExplanation(c, j, "mes");
  }
  let comparisonOutcome: ComparisonOutcome | undefined;
  if (comparison !== "none") {
    const gSteps = greedySteps(c, options, B);
    const greedySet = new Set(gSteps.filter((s) => s.funded).map((s) => s.project));
    comparisonOutcome = compareWithGreedy(c, new Set(order), greedySet, comparison);
    if (comparisonOutcome.used === "greedy") {
      const mesChosen = new Set(order);
      const gEx = greedyExplanations(c, gSteps, "greedy");
      const note = `The comparison step (${comparison}) kept the greedy outcome: ${comparisonOutcome.preferGreedy} voters preferred it, ${comparisonOutcome.preferMes} preferred equal shares.`;
      explanations = c.ids.map((_, j): ProjectExplanation => {
        const g = gEx.get(j) ?? zeroScoreExplanation(c, j, "greedy");
        if (!g.selected && mesChosen.has(j)) {
          return {
            ...g,
            stage: "comparison",
            reason: "notSelectedByComparison",
            summary: `Not funded: equal shares chose it, but ${note}`,
          };
        }
        return { ...g, stage: "comparison", summary: `${g.summary} ${note}` };
      });
      order = gSteps.filter((s) => s.funded).map((s) => s.project);
    }
  }
  const funded = new Set(order);
  const spent = order.reduce((s, j) => s + c.costs[j]!, 0);
  const result: AllocationResult = {
    rule: "mes",
    completion,
    add1Options: [...add1Options],
    comparison,
    tieBreak: options.tieBreak ?? ["maxVotes", "minCost"],
    budget: B,
    spent,
    leftover: B - spent,
    voters: n,
    selected: c.ids.filter((_, j) => funded.has(j)),
    selectionOrder: order.map((j) => c.ids[j]!),
    perVoterShare: shareString(shareN, shareD),
    explanations,
  };
  return {
    ...result,
    ...(steps === undefined ? {} : { add1Steps: steps }),
    ...(comparisonOutcome === undefined ? {} : { comparisonOutcome }),
  };
}
