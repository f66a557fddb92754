import { In, Not, type EntityManager } from "typeorm";
import {
  formatMoney,
  allocate,
  AllocationError,
  projectReasons,
  TIE_BREAKS,
  COMPLETIONS,
  ADD1_OPTIONS,
  COMPARISONS,
  type AllocationBallot,
  type AllocateOptions,
  type BallotType,
} from "@coproduce/domain";
import { UserErrorCode, UserErrorException } from "../command/user-error.js";
import { type Round } from "../round/round.entity.js";
import { Bid } from "../bid/bid.entity.js";
import { loadRoundScoring, SCORE_SCALE } from "../bid/scoring.service.js";
import { ballotConstraints } from "../ballot/ballot-rules.js";
import { NOT_ON_BALLOT } from "../ballot/ballot.commands.js";
import { run, sqlFor } from "../db/sql.js";

/**
 * Computing a decision from what is stored — the panel's interview scores, or the ballots — with
 * the rule and parameters recorded on the decision, so anyone can recompute it and check it matches.
 * Pure calculations live in the domain (`scoreInterviews`, `allocate`); this module only gathers
 * the inputs (aggregated in SQL) and shapes the stored result.
 */
export interface ComputedProject {
  bidKey: number;
  funded: boolean;
  rank: number | null;
  score: number | null;
  explanation: Record<string, unknown>;
}

export interface ComputedDecision {
  method: "panel_scoring" | "voting";
  rule: string;
  parameters: Record<string, unknown>;
  result: Record<string, unknown>;
  projects: ComputedProject[];
  summary: string;
}

export async function computeDecision(
  manager: EntityManager,
  round: Round,
  stored: Record<string, unknown> | null = null,
): Promise<ComputedDecision> {
  return round.decisionMethod === "voting"
    ? computeVoting(manager, round, stored)
    : computePanelScoring(manager, round, stored);
}

/** Money as residents read it in a reason ("£30,000", "£4,000.50"). */
function formatMinor(minor: number, currency: string): string {
  return formatMoney({ amountMinor: minor, currency });
}

/**
 * Panel scoring: shortlisted bids in order of their weighted interview score (mean of the members'
 * Σ weight × score / 10,000); each is funded if its amount still fits the pot. Bids sharing a rank are
 * funded together if they all fit, skipped together if none fits, and otherwise TIE_UNRESOLVED.
 */
async function computePanelScoring(
  manager: EntityManager,
  round: Round,
  stored: Record<string, unknown> | null,
): Promise<ComputedDecision> {
  const [data] = await loadRoundScoring(manager, [round.key]);
  if (!data?.result)
    throw UserErrorException.of(UserErrorCode.INVALID, "The round's tender has no criteria to score against.", [
      "input",
      "round",
    ]);
  if (data.bids.length === 0)
    throw UserErrorException.of(UserErrorCode.INVALID, "No bid was shortlisted.", ["input", "round"]);
  const storedPot = stored?.pot as { amountMinor: number; currency: string } | undefined;
  const pot = storedPot ?? { amountMinor: round.potMinor, currency: round.currency };
  const parameters = {
    scale: { ...SCORE_SCALE },
    pot,
    criteria: data.criteria.map((c) => ({ criterion: c.key, name: c.name, weightBasisPoints: c.weightBasisPoints })),
    shortlist: data.bids.map((b) => b.externalId),
  };
  const bidOf = new Map(data.bids.map((b) => [String(b.key), b]));
  const results = data.result.bids;
  let remaining = pot.amountMinor;
  const projects: ComputedProject[] = [];
  const groups = new Map<number, typeof results>();
  for (const r of results) if (r.rank !== null) groups.set(r.rank, [...(groups.get(r.rank) ?? []), r]);
  for (const [rank, group] of [...groups.entries()].sort((a, b) => a[0] - b[0])) {
    const bids = group.map((g) => bidOf.get(g.bidId)!);
    const total = bids.reduce((s, b) => s + b.amountRequestedMinor, 0);
    const anyFits = bids.some((b) => b.amountRequestedMinor <= remaining);
    const fund = total <= remaining;
    if (!fund && anyFits && group.length > 1) {
      throw UserErrorException.of(
        UserErrorCode.TIE_UNRESOLVED,
        `${bids.map((b) => `“${b.title}”`).join(" and ")} have the same weighted score and not all of them fit the money left: the panel must resolve the tie.`,
        ["input", "round"],
      );
    }
    const leftWhenReached = remaining;
    if (fund) remaining -= total;
    for (const [i, g] of group.entries()) {
      const bid = bids[i]!;
      projects.push({
        bidKey: bid.key,
        funded: fund,
        rank,
        score: g.score,
        explanation: {
          rule: "weighted_scores",
          reason: fund ? "funded" : "didNotFit",
          rank,
          weightedScore: g.score,
          scorers: g.scorers,
          standardDeviation: g.standardDeviation,
          amountRequestedMinor: bid.amountRequestedMinor,
          budgetLeftWhenReachedMinor: leftWhenReached,
          summary: fund
            ? `Ranked ${rank} with a weighted score of ${g.score?.toFixed(2)} out of 5; its ${formatMinor(bid.amountRequestedMinor, bid.currency)} fitted the ${formatMinor(leftWhenReached, pot.currency)} left.`
            : `Ranked ${rank} with a weighted score of ${g.score?.toFixed(2)} out of 5; its ${formatMinor(bid.amountRequestedMinor, bid.currency)} did not fit the ${formatMinor(leftWhenReached, pot.currency)} left.`,
        },
      });
    }
  }
  for (const r of results.filter((x) => x.rank === null)) {
    const bid = bidOf.get(r.bidId)!;
    projects.push({
      bidKey: bid.key,
      funded: false,
      rank: null,
      score: null,
      explanation: {
        rule: "weighted_scores",
        reason: "notScored",
        summary: "No panel member scored it on every criterion.",
      },
    });
  }
  const selected = projects.filter((p) => p.funded).map((p) => data.bids.find((b) => b.key === p.bidKey)!);
  return {
    method: "panel_scoring",
    rule: "weighted_scores",
    parameters,
    result: {
      selected: selected.map((b) => b.externalId),
      spentMinor: pot.amountMinor - remaining,
      leftoverMinor: remaining,
      ranking: results.map((r) => ({
        bid: bidOf.get(r.bidId)?.externalId,
        rank: r.rank,
        weightedScore: r.score,
        scorers: r.scorers,
      })),
      topRanked: data.result.topRanked.map((id) => bidOf.get(id)?.externalId),
      pivotalScorers: data.result.pivotalMembers.length,
    },
    projects,
    summary: selected.length
      ? `The panel's weighted interview scores funded ${selected.map((b) => `“${b.title}”`).join(", ")}.`
      : "No shortlisted bid could be funded.",
  };
}

function pick<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  return typeof value === "string" && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

function pickList<T extends string>(value: unknown, allowed: readonly T[]): T[] | undefined {
  return Array.isArray(value)
    ? value.filter((v): v is T => typeof v === "string" && (allowed as readonly string[]).includes(v))
    : undefined;
}

/**
 * Voting: the ballots (aggregated in SQL, identical ballots counted once with a multiplicity) and the
 * eligible projects form an allocation instance; the round's rule (greedy or MES, with its
 * parameters) allocates the pot. Costs are in whole currency units when every amount is a whole
 * number of units (as in pabulib), otherwise in minor units (`costUnitMinor`).
 */
async function computeVoting(
  manager: EntityManager,
  round: Round,
  stored: Record<string, unknown> | null,
): Promise<ComputedDecision> {
  const source = stored ?? { ...(round.allocationParams ?? {}), rule: round.allocationRule ?? "greedy" };
  const rule = pick(source.rule, ["greedy", "mes"] as const) ?? "greedy";
  const ballotType = (round.ballotType ?? "approval") as BallotType;
  const bids = await manager.find(Bid, {
    where: { roundKey: round.key, status: Not(In(NOT_ON_BALLOT)) },
    order: { key: "ASC" },
  });
  if (bids.length === 0)
    throw UserErrorException.of(UserErrorCode.INVALID, "There are no projects to allocate.", ["input", "round"]);
  const storedPot = source.pot as { amountMinor: number; currency: string } | undefined;
  const pot = storedPot ?? { amountMinor: round.potMinor, currency: round.currency };
  const costUnitMinor =
    typeof source.costUnitMinor === "number"
      ? source.costUnitMinor
      : pot.amountMinor % 100 === 0 && bids.every((b) => b.amountRequestedMinor % 100 === 0)
        ? 100
        : 1;

  const k = sqlFor(manager);
  const [rows, perProject] = await Promise.all([
    run(
      manager,
      k
        .selectFrom("ballot_choice as c")
        .innerJoin("ballot as b", "b.key", "c.ballotKey")
        .select(["c.ballotKey", "c.bidKey", "c.points", "c.rank"])
        .where("b.roundKey", "=", round.key)
        .orderBy("c.ballotKey")
        .orderBy("c.rank")
        .orderBy("c.bidKey"),
    ),
    run(
      manager,
      k
        .selectFrom("ballot_choice as c")
        .innerJoin("ballot as b", "b.key", "c.ballotKey")
        .select((eb) => ["c.bidKey", eb.fn.countAll().as("voters"), eb.fn.sum("c.points").as("points")])
        .where("b.roundKey", "=", round.key)
        .groupBy("c.bidKey"),
    ),
  ]);
  const externalOf = new Map(bids.map((b) => [b.key, b.externalId]));
  const ballots = new Map<number, { bidKey: number; points: number; rank: number | null }[]>();
  for (const r of rows) {
    const key = Number(r.ballotKey);
    const list = ballots.get(key) ?? [];
    list.push({ bidKey: Number(r.bidKey), points: Number(r.points), rank: r.rank === null ? null : Number(r.rank) });
    ballots.set(key, list);
  }
  const constraints = ballotConstraints(ballotType, round.allocationParams);
  const maxLength = constraints.maxLength ?? Math.max(1, ...[...ballots.values()].map((b) => b.length));
  const cardinal = ballotType === "cumulative" || ballotType === "scoring" || ballotType === "ordinal";
  const grouped = new Map<string, { projects: string[]; points?: number[]; multiplicity: number }>();
  for (const choices of ballots.values()) {
    const eligible = choices
      .filter((c) => externalOf.has(c.bidKey))
      .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0) || a.bidKey - b.bidKey);
    if (eligible.length === 0) continue;
    const projects = eligible.map((c) => externalOf.get(c.bidKey)!);
    const points = cardinal
      ? eligible.map((c) => (ballotType === "ordinal" ? maxLength - (c.rank ?? 0) : c.points))
      : undefined;
    const signature = JSON.stringify([projects, points ?? null]);
    const entry = grouped.get(signature);
    if (entry) entry.multiplicity++;
    else grouped.set(signature, { projects, ...(points ? { points } : {}), multiplicity: 1 });
  }
  const options: AllocateOptions = {
    rule,
    tieBreak: pickList(source.tieBreak, TIE_BREAKS),
    tieOrder: Array.isArray(source.tieOrder)
      ? source.tieOrder.filter((v): v is string => typeof v === "string")
      : undefined,
    completion: pick(source.completion, COMPLETIONS),
    add1Options: pickList(source.add1Options, ADD1_OPTIONS),
    comparison: pick(source.comparison, COMPARISONS),
  };
  const parameters: Record<string, unknown> = {
    rule,
    ballotType,
    utility: cardinal ? "cardinal" : "approval",
    ...(ballotType === "ordinal" ? { ordinalPoints: `max_length − position (max_length ${maxLength})` } : {}),
    pot,
    costUnitMinor,
    ...Object.fromEntries(Object.entries(options).filter(([k, v]) => k !== "rule" && v !== undefined)),
  };
  const instanceBallots: AllocationBallot[] = [...grouped.values()];
  const instance = {
    budget: Math.floor(pot.amountMinor / costUnitMinor),
    utility: cardinal ? ("cardinal" as const) : ("approval" as const),
    projects: bids.map((b) => ({ id: b.externalId, cost: Math.ceil(b.amountRequestedMinor / costUnitMinor) })),
    ballots: instanceBallots,
  };
  let result;
  try {
    result = allocate(instance, options);
  } catch (error) {
    if (error instanceof AllocationError) {
      throw UserErrorException.of(
        error.code === "UNRESOLVED_TIE" ? UserErrorCode.TIE_UNRESOLVED : UserErrorCode.INVALID,
        `${error.message}. Set a tie order in the round's allocation parameters.`,
        ["input", "round"],
      );
    }
    throw error;
  }
  // The reason facts a resident reads ("£3,900 was needed but £914 was left"), in minor units.
  const reasons = new Map(projectReasons(instance, result, costUnitMinor).map((r) => [r.projectId, r]));
  const bidByExternal = new Map(bids.map((b) => [b.externalId, b]));
  const order = new Map(result.selectionOrder.map((id, i) => [id, i + 1]));
  const unfunded = [...result.explanations]
    .filter((e) => !e.selected)
    .sort((a, b) => b.score - a.score || (a.projectId < b.projectId ? -1 : 1));
  unfunded.forEach((e, i) => order.set(e.projectId, result.selectionOrder.length + i + 1));
  const projects: ComputedProject[] = result.explanations.map((e) => ({
    bidKey: bidByExternal.get(e.projectId)!.key,
    funded: e.selected,
    rank: order.get(e.projectId) ?? null,
    score: e.score,
    explanation: { ...e, costUnitMinor, resident: reasons.get(e.projectId) },
  }));
  const sqlVotes = Object.fromEntries(
    perProject
      .filter((p) => externalOf.has(Number(p.bidKey)))
      .map((p) => [externalOf.get(Number(p.bidKey))!, { voters: Number(p.voters), points: Number(p.points ?? 0) }]),
  );
  return {
    method: "voting",
    rule,
    parameters,
    result: {
      selected: [...result.selected],
      selectionOrder: [...result.selectionOrder],
      budget: result.budget,
      spent: result.spent,
      leftover: result.leftover,
      spentMinor: result.spent * costUnitMinor,
      voters: result.voters,
      ballots: ballots.size,
      votesPerProject: sqlVotes,
      ...(result.perVoterShare ? { perVoterShare: result.perVoterShare } : {}),
      ...(result.add1Steps !== undefined ? { add1Steps: result.add1Steps } : {}),
    },
    projects,
    summary: `${rule === "mes" ? "The Method of Equal Shares" : "Greedy allocation"} over ${ballots.size} ballot${ballots.size === 1 ? "" : "s"} funded ${result.selected.length} project${result.selected.length === 1 ? "" : "s"}.`,
  };
}
