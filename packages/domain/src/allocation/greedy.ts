import { scoreInstance, tieError, type ProjectScores } from "./instance.js";
import type { AllocationInstance, AllocationResult, GreedyOptions, ProjectExplanation } from "./types.js";

export interface GreedyStep {
  readonly project: number;
  readonly rank: number;
  readonly budgetLeftWhenReached: number;
  readonly funded: boolean;
  /** `no-skip` variant: reached after the allocation had stopped at a project that did not fit. */
  readonly afterStop?: boolean;
}

/**
 * Greedy by score (PRODUCT.md): projects by score, descending (ties by the configured
 * criteria); each project that still fits the money left is funded, the others are skipped;
 * score-0 projects are never funded. Starts from `alreadyFunded` with `available` money (the
 * add1u fill uses this). A tie that the criteria leave open throws, unless the order of the tied
 * projects cannot change the outcome (they all fit together, or none fits on its own).
 */
/** Whether a greedy variant's eligibility rule lets project j compete (exact integer arithmetic). */
export function greedyEligible(c: ProjectScores, j: number, options: GreedyOptions): boolean {
  const variant = options.variant ?? "standard";
  if (variant === "threshold") return c.votes[j]! >= (options.threshold ?? 0);
  if (variant === "swiecie") {
    // votes/voters ≥ cost/(3 × budget)  ⇔  3 × budget × votes ≥ cost × voters
    return 3n * BigInt(c.budget) * BigInt(c.votes[j]!) >= BigInt(c.costs[j]!) * BigInt(c.voters);
  }
  return true;
}

export function greedySteps(
  c: ProjectScores,
  options: GreedyOptions,
  available: number,
  alreadyFunded: ReadonlySet<number> = new Set(),
): GreedyStep[] {
  const candidates: number[] = [];
  for (let j = 0; j < c.ids.length; j++)
    if (!alreadyFunded.has(j) && c.scores[j]! > 0 && greedyEligible(c, j, options)) candidates.push(j);
  const noSkip = options.variant === "no-skip";
  let stopped = false;
  const criteria = options.tieBreak ?? ["maxVotes", "minCost"];
  const order = options.tieOrder ?? [];
  const rankOf = (j: number): number => {
    const r = order.indexOf(c.ids[j]!);
    return r === -1 ? Number.POSITIVE_INFINITY : r;
  };
  const compare = (a: number, b: number): number => {
    const ds = c.scores[b]! - c.scores[a]!;
    if (ds !== 0) return ds;
    for (const criterion of criteria) {
      const d =
        criterion === "maxVotes"
          ? c.votes[b]! - c.votes[a]!
          : criterion === "minCost"
            ? c.costs[a]! - c.costs[b]!
            : c.costs[b]! - c.costs[a]!;
      if (d !== 0) return d;
    }
    const ra = rankOf(a);
    const rb = rankOf(b);
    return ra === rb ? 0 : ra < rb ? -1 : 1;
  };
  candidates.sort((a, b) => compare(a, b) || a - b);
  const steps: GreedyStep[] = [];
  let left = available;
  let i = 0;
  while (i < candidates.length) {
    let end = i + 1;
    while (end < candidates.length && compare(candidates[i]!, candidates[end]!) === 0) end++;
    const run = candidates.slice(i, end);
    if (run.length > 1 && !stopped) {
      const total = run.reduce((s, j) => s + c.costs[j]!, 0);
      const noneFits = run.every((j) => c.costs[j]! > left);
      if (total > left && !noneFits) {
        throw tieError(c, run, "in the greedy order");
      }
    }
    for (const j of run) {
      const funded = !stopped && c.costs[j]! <= left;
      steps.push({
        project: j,
        rank: steps.length + 1,
        budgetLeftWhenReached: left,
        funded,
        ...(stopped ? { afterStop: true } : {}),
      });
      if (funded) left -= c.costs[j]!;
      else if (noSkip) stopped = true;
    }
    i = end;
  }
  return steps;
}

export function greedyExplanations(
  c: ProjectScores,
  steps: readonly GreedyStep[],
  stage: "greedy" | "completion",
): Map<number, ProjectExplanation> {
  const out = new Map<number, ProjectExplanation>();
  for (const s of steps) {
    const j = s.project;
    const cost = c.costs[j]!;
    const base = {
      projectId: c.ids[j]!,
      cost,
      votes: c.votes[j]!,
      score: c.scores[j]!,
      stage,
      greedy: { rank: s.rank, budgetLeftWhenReached: s.budgetLeftWhenReached },
    };
    const where =
      stage === "greedy" ? `ranked ${s.rank} by score` : `in the greedy fill after MES (position ${s.rank})`;
    out.set(
      j,
      s.funded
        ? {
            ...base,
            selected: true,
            reason: "funded",
            summary: `Funded: ${where}, it cost ${cost} and ${s.budgetLeftWhenReached} was left when it was reached.`,
          }
        : s.afterStop
          ? {
              ...base,
              selected: false,
              reason: "didNotFit",
              summary: `Not funded: ${where}, it came after the first project that did not fit, where this rule (greedy without skipping) stops; ${s.budgetLeftWhenReached} was left.`,
            }
          : {
              ...base,
              selected: false,
              reason: "didNotFit",
              summary: `Not funded: ${where}, it cost ${cost} but only ${s.budgetLeftWhenReached} was left when it was reached.`,
            },
    );
  }
  return out;
}

export function zeroScoreExplanation(
  c: ProjectScores,
  j: number,
  stage: ProjectExplanation["stage"],
): ProjectExplanation {
  return {
    projectId: c.ids[j]!,
    cost: c.costs[j]!,
    votes: c.votes[j]!,
    score: c.scores[j]!,
    selected: false,
    reason: "zeroScore",
    stage,
    summary: "Not funded: nobody voted for it (a project with score 0 is never funded).",
  };
}

function notEligibleExplanation(c: ProjectScores, j: number, options: GreedyOptions): ProjectExplanation {
  const why =
    options.variant === "threshold"
      ? `it had ${c.votes[j]} votes, fewer than the threshold of ${options.threshold ?? 0}`
      : `its ${c.votes[j]} votes of ${c.voters} voters are below cost/(3 × budget) = ${c.costs[j]}/(3 × ${c.budget}) (Świecie's rule)`;
  return {
    projectId: c.ids[j]!,
    cost: c.costs[j]!,
    votes: c.votes[j]!,
    score: c.scores[j]!,
    selected: false,
    reason: "notEligible",
    stage: "greedy",
    summary: `Not funded: not eligible, ${why}.`,
  };
}

/** The greedy rule over an allocation instance. */
export function allocateGreedy(instance: AllocationInstance, options: GreedyOptions = {}): AllocationResult {
  return greedyOnCompiled(scoreInstance(instance), options);
}

export function greedyOnCompiled(c: ProjectScores, options: GreedyOptions): AllocationResult {
  const steps = greedySteps(c, options, c.budget);
  const byProject = greedyExplanations(c, steps, "greedy");
  for (let j = 0; j < c.ids.length; j++) {
    if (c.scores[j]! > 0 && !greedyEligible(c, j, options)) byProject.set(j, notEligibleExplanation(c, j, options));
  }
  const funded = steps.filter((s) => s.funded).map((s) => s.project);
  const spent = funded.reduce((sum, j) => sum + c.costs[j]!, 0);
  const fundedSet = new Set(funded);
  return {
    rule: "greedy",
    completion: "none",
    add1Options: [],
    comparison: "none",
    tieBreak: options.tieBreak ?? ["maxVotes", "minCost"],
    budget: c.budget,
    spent,
    leftover: c.budget - spent,
    voters: c.voters,
    selected: c.ids.filter((_, j) => fundedSet.has(j)),
    selectionOrder: funded.map((j) => c.ids[j]!),
    explanations: c.ids.map((_, j) => byProject.get(j) ?? zeroScoreExplanation(c, j, "greedy")),
  };
}
