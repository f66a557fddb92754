import { In, type EntityManager } from "typeorm";
import type { GraphQLContext } from "../graphql/context.js";
import { requireOfficerOf } from "../common/authorize.js";
import { runCommand, type CommandResult } from "../common/command.js";
import { UserErrorCode, UserErrorException } from "../common/user-error.js";
import { recordAudit } from "../audit/audit.service.js";
import { Round } from "../round/round.entity.js";
import { Bid } from "../bid/bid.entity.js";
import { Decision } from "./decision.entity.js";
import { DecisionProject } from "./decision-project.entity.js";
import { computeDecision } from "./decision.compute.js";
import { mustFind, requirePhase } from "../tender/round-guards.js";
import { freezeVotingRecord } from "../analytics/voting-record.js";

/**
 * The officer's recommendation (the commissioning manager's choice), recorded — with its time —
 * before the decision is taken, so the divergence between them is on the record.
 */
export function recordRecommendation(
  ctx: GraphQLContext,
  roundKey: number,
  bidKey: number,
  note: string,
): Promise<CommandResult<Decision>> {
  return runCommand(ctx, async (manager) => {
    const round = await mustFind(manager, Round, roundKey, ["input", "round"], "round", true);
    requireOfficerOf(ctx, round.councilKey);
    let decision = await manager.findOneBy(Decision, { roundKey });
    if (decision?.decidedAt)
      throw UserErrorException.of(
        UserErrorCode.FROZEN,
        "The decision is taken: a recommendation must be recorded before it.",
        ["input", "round"],
      );
    requirePhase(
      round,
      ["bidding", "shortlisting", "interviewing", "deciding"],
      "Recording the officer's recommendation",
    );
    const bid = await mustFind(manager, Bid, bidKey, ["input", "bid"], "bid");
    if (bid.roundKey !== roundKey)
      throw UserErrorException.of(UserErrorCode.INVALID, "The bid belongs to another round.", ["input", "bid"]);
    const before = decision
      ? { bidKey: decision.officerRecommendationBidKey, at: decision.recommendationRecordedAt?.toISOString() ?? null }
      : null;
    decision ??= Object.assign(new Decision(), {
      roundKey,
      method: round.decisionMethod,
      rule: null,
      parameters: null,
      result: null,
      decidedAt: null,
      summary: null,
    });
    decision.officerRecommendationBidKey = bid.key;
    decision.officerRecommendationNote = note;
    decision.recommendationRecordedAt = new Date();
    decision = await manager.save(decision);
    await recordAudit(manager, ctx.viewer, {
      councilKey: round.councilKey,
      roundKey,
      action: "decision.record_recommendation",
      entityType: "Decision",
      entityId: decision.key,
      before,
      after: { bidKey: bid.key, note },
    });
    return decision;
  });
}

/**
 * Takes the round's decision in the deciding phase: panel scoring (weighted interview scores within
 * the pot) or voting (the allocation rule over the stored ballots). Stores the rule, parameters,
 * result and a per-project explanation, and marks the bids funded or not funded. Closes voting.
 */
export function takeDecision(
  ctx: GraphQLContext,
  roundKey: number,
  summary: string | null,
): Promise<CommandResult<Decision>> {
  return runCommand(ctx, async (manager) => {
    const round = await mustFind(manager, Round, roundKey, ["input", "round"], "round", true);
    requireOfficerOf(ctx, round.councilKey);
    let decision = await manager.findOneBy(Decision, { roundKey });
    if (decision?.decidedAt)
      throw UserErrorException.of(UserErrorCode.FROZEN, "The decision is already taken.", ["input", "round"]);
    requirePhase(round, ["deciding"], "Taking the decision");
    const computed = await computeDecision(manager, round);
    decision ??= Object.assign(new Decision(), {
      roundKey,
      officerRecommendationBidKey: null,
      officerRecommendationNote: null,
      recommendationRecordedAt: null,
    });
    Object.assign(decision, {
      method: computed.method,
      rule: computed.rule,
      parameters: computed.parameters,
      result: computed.result,
      decidedAt: new Date(),
      summary: summary ?? computed.summary,
    });
    decision = await manager.save(decision);
    await manager.delete(DecisionProject, { decisionKey: decision.key });
    const decisionKey = decision.key;
    await manager.save(
      computed.projects.map((p) =>
        Object.assign(new DecisionProject(), {
          decisionKey,
          bidKey: p.bidKey,
          funded: p.funded,
          rank: p.rank,
          score: p.score,
          explanation: p.explanation,
        }),
      ),
    );
    await markBids(manager, computed.projects);
    // Taking the decision closes voting: freeze the voting record the analytics read.
    await freezeVotingRecord(manager, [roundKey]);
    await recordAudit(manager, ctx.viewer, {
      councilKey: round.councilKey,
      roundKey,
      action: "decision.take",
      entityType: "Decision",
      entityId: decision.key,
      after: {
        rule: computed.rule,
        selected: computed.result.selected,
        recommendation: decision.officerRecommendationBidKey,
      },
    });
    return decision;
  });
}

async function markBids(manager: EntityManager, projects: { bidKey: number; funded: boolean }[]): Promise<void> {
  const funded = projects.filter((p) => p.funded).map((p) => p.bidKey);
  const notFunded = projects.filter((p) => !p.funded).map((p) => p.bidKey);
  if (funded.length) await manager.update(Bid, { key: In(funded) }, { status: "funded" });
  if (notFunded.length) await manager.update(Bid, { key: In(notFunded) }, { status: "not_funded" });
}

export interface Verification {
  matches: boolean;
  storedSelected: number[];
  recomputedSelected: number[];
  differences: string[];
}

/** Recomputes a taken decision with its stored rule and parameters over the stored scores or ballots, and compares. */
export async function verifyDecision(manager: EntityManager, decision: Decision): Promise<Verification> {
  if (!decision.decidedAt || !decision.rule)
    return {
      matches: false,
      storedSelected: [],
      recomputedSelected: [],
      differences: ["The decision has not been taken yet."],
    };
  const round = await manager.findOneByOrFail(Round, { key: decision.roundKey });
  const stored = await manager.find(DecisionProject, { where: { decisionKey: decision.key }, order: { key: "ASC" } });
  const differences: string[] = [];
  let recomputed;
  try {
    recomputed = await computeDecision(manager, round, decision.parameters);
  } catch (error) {
    if (error instanceof UserErrorException)
      return {
        matches: false,
        storedSelected: stored.filter((p) => p.funded).map((p) => p.bidKey),
        recomputedSelected: [],
        differences: error.errors.map((e) => e.message),
      };
    throw error;
  }
  const bids = new Map((await manager.findBy(Bid, { roundKey: round.key })).map((b) => [b.key, b]));
  const name = (key: number) => `“${bids.get(key)?.title ?? key}”`;
  if (recomputed.rule !== decision.rule)
    differences.push(`The rule recomputes as ${recomputed.rule}, stored ${decision.rule}.`);
  const byBid = new Map(recomputed.projects.map((p) => [p.bidKey, p]));
  for (const p of stored) {
    const again = byBid.get(p.bidKey);
    if (!again) differences.push(`${name(p.bidKey)} is no longer considered.`);
    else {
      if (again.funded !== p.funded)
        differences.push(
          `${name(p.bidKey)} is ${again.funded ? "funded" : "not funded"} on recomputation, stored ${p.funded ? "funded" : "not funded"}.`,
        );
      if ((again.score ?? null) !== null && p.score !== null && Math.abs((again.score ?? 0) - p.score) > 1e-9)
        differences.push(`${name(p.bidKey)} scores ${again.score} on recomputation, stored ${p.score}.`);
    }
    byBid.delete(p.bidKey);
  }
  for (const extra of byBid.keys())
    differences.push(`${name(extra)} is considered on recomputation but not in the stored decision.`);
  return {
    matches: differences.length === 0,
    storedSelected: stored.filter((p) => p.funded).map((p) => p.bidKey),
    recomputedSelected: recomputed.projects.filter((p) => p.funded).map((p) => p.bidKey),
    differences,
  };
}

export function recomputeDecision(
  ctx: GraphQLContext,
  decisionKey: number,
): Promise<CommandResult<{ decision: Decision; verification: Verification }>> {
  return runCommand(ctx, async (manager) => {
    const decision = await mustFind(manager, Decision, decisionKey, ["input", "decision"], "decision");
    const round = await mustFind(manager, Round, decision.roundKey, ["input", "decision"], "round");
    requireOfficerOf(ctx, round.councilKey);
    const verification = await verifyDecision(manager, decision);
    await recordAudit(manager, ctx.viewer, {
      councilKey: round.councilKey,
      roundKey: round.key,
      action: "decision.recompute",
      entityType: "Decision",
      entityId: decision.key,
      after: { matches: verification.matches, differences: verification.differences },
    });
    return { decision, verification };
  });
}
