import type { PabulibInstance } from "../pabulib/types.js";
import {
  AllocationError,
  type AllocationBallot,
  type AllocationInstance,
  type TieBreak,
  type TieBreakOptions,
} from "./types.js";

/**
 * Turns a parsed pabulib instance into an allocation instance.
 * - approval and choose-1 ballots are approvals;
 * - cumulative and scoring ballots are points (cardinal);
 * - ordinal ballots use their `points` column when present; otherwise the k-th choice (k from 0)
 *   gets max_length − k points (max_length from META, else the longest ballot).
 */
export function allocationInstanceFromPabulib(pb: PabulibInstance): AllocationInstance {
  // Whole currency units when every amount is whole; else minor units (grosze), exactly.
  const scale = pabulibAmountScale(pb);
  const budget = scale === 1 ? pb.budgetMinor / 100 : pb.budgetMinor;
  const projects = pb.projects.map((p) => ({ id: p.id, cost: scale === 1 ? p.costMinor / 100 : p.costMinor }));
  if (pb.voteType === "approval" || pb.voteType === "choose-1") {
    return { budget, utility: "approval", projects, ballots: pb.votes.map((v) => ({ projects: v.vote })) };
  }
  let ballots: AllocationBallot[];
  if (pb.voteType === "ordinal" && pb.votes.some((v) => v.points === undefined)) {
    const metaMax = pb.meta.max_length === undefined ? Number.NaN : Number(pb.meta.max_length);
    const maxLength = Number.isFinite(metaMax) ? metaMax : Math.max(0, ...pb.votes.map((v) => v.vote.length));
    ballots = pb.votes.map((v) => ({ projects: v.vote, points: v.points ?? v.vote.map((_, k) => maxLength - k) }));
  } else {
    // A cumulative ballot may list a project more than once: its points add up.
    ballots = pb.votes.map((v) => mergeRepeats(v.vote, v.points ?? []));
  }
  return { budget, utility: "cardinal", projects, ballots };
}

/**
 * How many engine units make one currency unit for this file: 1 when the budget and every cost are
 * whole units, 100 (minor units) when some amount has decimals ("969245.38").
 */
export function pabulibAmountScale(pb: Pick<PabulibInstance, "amountsWhole">): 1 | 100 {
  return pb.amountsWhole ? 1 : 100;
}

function mergeRepeats(projects: readonly string[], points: readonly number[]): AllocationBallot {
  if (new Set(projects).size === projects.length) return { projects, points };
  const sums = new Map<string, number>();
  projects.forEach((id, k) => sums.set(id, (sums.get(id) ?? 0) + (points[k] ?? 0)));
  return { projects: [...sums.keys()], points: [...sums.values()] };
}

/** The official outcome recorded in a pabulib file's `selected` column, if it has one. */
export function officialSelection(pb: PabulibInstance): string[] | undefined {
  if (!pb.projectColumns.includes("selected")) return undefined;
  return pb.projects.filter((p) => Number(p.fields.selected ?? "0") >= 1).map((p) => p.id);
}

/** Identical ballots merged into one class with a multiplicity; projects referenced by index. */
export interface VoterClass {
  readonly multiplicity: number;
  readonly projects: Int32Array;
  readonly weights: Int32Array;
}

/** What the greedy rule needs: per project its cost, number of supporters and score. */
export interface ProjectScores {
  readonly budget: number;
  readonly ids: readonly string[];
  readonly costs: readonly number[];
  readonly voters: number;
  /** Per project: number of supporting voters. */
  readonly votes: readonly number[];
  /** Per project: greedy score (approvals or sum of points). */
  readonly scores: readonly number[];
}

export interface CompiledInstance extends ProjectScores {
  readonly cardinal: boolean;
  readonly classes: readonly VoterClass[];
  /** Multiplicity of each class, flat (hot loops read it). */
  readonly multiplicity: Float64Array;
  /** Per project: supporting classes and their weights (1 for approvals, points otherwise). */
  readonly supporterClasses: readonly Int32Array[];
  readonly supporterWeights: readonly Int32Array[];
  /** All classes' (project, weight) lists laid end to end: class k is [classStart[k], classStart[k+1]). */
  readonly classStart: Int32Array;
  readonly classProjects: Int32Array;
  readonly classWeights: Int32Array;
  /** Per project: the multiplicity of each supporting class (same order as supporterClasses). */
  readonly supporterMultiplicity: readonly Float64Array[];
  readonly maxWeight: number;
}

function invalid(message: string): never {
  throw new AllocationError(message, "INVALID_INSTANCE");
}

function projectIndex(instance: AllocationInstance): { index: Map<string, number>; ids: string[]; costs: number[] } {
  if (!Number.isSafeInteger(instance.budget) || instance.budget < 0)
    invalid(`budget must be a non-negative integer, got ${instance.budget}`);
  const index = new Map<string, number>();
  const ids: string[] = [];
  const costs: number[] = [];
  for (const p of instance.projects) {
    if (index.has(p.id)) invalid(`project "${p.id}" appears twice`);
    if (!Number.isSafeInteger(p.cost) || p.cost < 0)
      invalid(`cost of project "${p.id}" must be a non-negative integer, got ${p.cost}`);
    index.set(p.id, ids.length);
    ids.push(p.id);
    costs.push(p.cost);
  }
  return { index, ids, costs };
}

/** Scores only (one pass over the ballots, no grouping): enough for the greedy rule. */
export function scoreInstance(instance: AllocationInstance): ProjectScores {
  const cardinal = instance.utility === "cardinal";
  const { index, ids, costs } = projectIndex(instance);
  const votes = new Array<number>(ids.length).fill(0);
  const scores = new Array<number>(ids.length).fill(0);
  let voters = 0;
  const seen = new Int32Array(ids.length).fill(-1);
  for (let b = 0; b < instance.ballots.length; b++) {
    const ballot = instance.ballots[b]!;
    const m = ballot.multiplicity ?? 1;
    if (!Number.isSafeInteger(m) || m < 0) invalid(`ballot ${b}: multiplicity must be a non-negative integer`);
    voters += m;
    for (let k = 0; k < ballot.projects.length; k++) {
      const id = ballot.projects[k]!;
      const j = index.get(id);
      if (j === undefined) invalid(`ballot ${b} names unknown project "${id}"`);
      if (seen[j] === b) invalid(`ballot ${b} names project "${id}" twice`);
      seen[j] = b;
      let w = 1;
      if (cardinal) {
        const p = ballot.points?.[k];
        if (p === undefined || !Number.isSafeInteger(p) || p < 0)
          invalid(`ballot ${b}: points for "${id}" must be non-negative integers`);
        w = p;
      }
      if (w === 0) continue;
      votes[j]! += m;
      scores[j]! += m * w;
    }
  }
  return { budget: instance.budget, ids, costs, voters, votes, scores };
}

export function compileInstance(instance: AllocationInstance): CompiledInstance {
  const cardinal = instance.utility === "cardinal";
  const { index, ids, costs } = projectIndex(instance);
  const classIndex = new Map<number, number[]>();
  let scratchP: number[] = new Array<number>(16).fill(0);
  let scratchW: number[] = new Array<number>(16).fill(0);
  const multiplicities: number[] = [];
  const classItems: { projects: number[]; weights: number[] }[] = [];
  let voters = 0;
  let maxWeight = 1;
  for (let b = 0; b < instance.ballots.length; b++) {
    const ballot = instance.ballots[b]!;
    const m = ballot.multiplicity ?? 1;
    if (!Number.isSafeInteger(m) || m < 0) invalid(`ballot ${b}: multiplicity must be a non-negative integer`);
    if (m === 0) continue;
    voters += m;
    // The ballot's (project, weight) pairs, sorted by project (insertion sort: ballots are short).
    let len = 0;
    for (let k = 0; k < ballot.projects.length; k++) {
      const id = ballot.projects[k]!;
      const j = index.get(id);
      if (j === undefined) invalid(`ballot ${b} names unknown project "${id}"`);
      let w = 1;
      if (cardinal) {
        const p = ballot.points?.[k];
        if (p === undefined || !Number.isSafeInteger(p) || p < 0)
          invalid(`ballot ${b}: points for "${id}" must be non-negative integers`);
        w = p;
      }
      if (w === 0) continue;
      if (len === scratchP.length) {
        scratchP = [...scratchP, 0];
        scratchW = [...scratchW, 0];
      }
      let i = len++;
      while (i > 0 && scratchP[i - 1]! > j) {
        scratchP[i] = scratchP[i - 1]!;
        scratchW[i] = scratchW[i - 1]!;
        i--;
      }
      scratchP[i] = j;
      scratchW[i] = w;
    }
    // Identical ballots become one class: hash the (project, weight) list, compare on collision.
    let h = len;
    for (let i = 0; i < len; i++) {
      const j = scratchP[i]!;
      if (i > 0 && scratchP[i - 1] === j) invalid(`ballot ${b} names project "${ids[j]}" twice`);
      h = Math.imul(h ^ j, 0x9e3779b1) ^ Math.imul(scratchW[i]!, 0x85ebca6b);
      h ^= h >>> 15;
    }
    const bucket = classIndex.get(h);
    let existing: number | undefined;
    if (bucket) {
      existing = bucket.find((k) => {
        const other = classItems[k]!;
        if (other.projects.length !== len) return false;
        for (let i = 0; i < len; i++)
          if (other.projects[i] !== scratchP[i] || other.weights[i] !== scratchW[i]) return false;
        return true;
      });
    }
    if (existing !== undefined) {
      multiplicities[existing]! += m;
      continue;
    }
    if (bucket) bucket.push(classItems.length);
    else classIndex.set(h, [classItems.length]);
    multiplicities.push(m);
    const projects = scratchP.slice(0, len);
    const weights = scratchW.slice(0, len);
    classItems.push({ projects, weights });
    for (const w of weights) maxWeight = Math.max(maxWeight, w);
  }
  const classStarts = [0];
  for (const ci of classItems) classStarts.push(classStarts[classStarts.length - 1]! + ci.projects.length);
  const n = ids.length;
  const supporters: number[][] = Array.from({ length: n }, () => []);
  const supporterW: number[][] = Array.from({ length: n }, () => []);
  const votes = new Array<number>(n).fill(0);
  const scores = new Array<number>(n).fill(0);
  const classes: VoterClass[] = classItems.map((c, k) => {
    const m = multiplicities[k]!;
    c.projects.forEach((j, i) => {
      const w = c.weights[i]!;
      supporters[j]!.push(k);
      supporterW[j]!.push(w);
      votes[j]! += m;
      scores[j]! += m * w;
    });
    return { multiplicity: m, projects: Int32Array.from(c.projects), weights: Int32Array.from(c.weights) };
  });
  return {
    cardinal,
    budget: instance.budget,
    ids,
    costs,
    voters,
    classes,
    multiplicity: Float64Array.from(multiplicities),
    supporterClasses: supporters.map((s) => Int32Array.from(s)),
    supporterWeights: supporterW.map((s) => Int32Array.from(s)),
    classStart: Int32Array.from(classStarts),
    classProjects: Int32Array.from(classItems.flatMap((ci) => ci.projects)),
    classWeights: Int32Array.from(classItems.flatMap((ci) => ci.weights)),
    supporterMultiplicity: supporters.map((s) => Float64Array.from(s, (k) => multiplicities[k]!)),
    votes,
    scores,
    maxWeight,
  };
}

/**
 * Narrows a set of tied projects (indices) with the configured criteria, then the explicit order.
 * Returns what is still tied (one project when the tie is resolved).
 */
export function breakTies(c: ProjectScores, tied: readonly number[], options: TieBreakOptions): number[] {
  let left = [...tied];
  const criteria: readonly TieBreak[] = options.tieBreak ?? ["maxVotes", "minCost"];
  for (const criterion of criteria) {
    if (left.length <= 1) return left;
    const key = (j: number): number =>
      criterion === "maxVotes" ? -c.votes[j]! : criterion === "minCost" ? c.costs[j]! : -c.costs[j]!;
    const best = Math.min(...left.map(key));
    left = left.filter((j) => key(j) === best);
  }
  if (left.length > 1 && options.tieOrder && options.tieOrder.length > 0) {
    const rank = (j: number): number => {
      const r = options.tieOrder!.indexOf(c.ids[j]!);
      return r === -1 ? Number.POSITIVE_INFINITY : r;
    };
    const best = Math.min(...left.map(rank));
    if (best !== Number.POSITIVE_INFINITY) left = left.filter((j) => rank(j) === best);
  }
  return left;
}

export function tieError(c: Pick<ProjectScores, "ids">, tied: readonly number[], context: string): AllocationError {
  const names = tied.map((j) => c.ids[j]!);
  return new AllocationError(
    `unresolved tie ${context} between projects ${names.map((id) => `"${id}"`).join(", ")}; add a tie-break criterion or an explicit order`,
    "UNRESOLVED_TIE",
    names,
  );
}
