import { In, type EntityManager } from "typeorm";
import { defineCommand } from "../command/define-command.js";
import { who } from "../command/permissions.js";
import { UserErrorCode, UserErrorException } from "../command/user-error.js";
import { Round } from "../round/round.entity.js";
import { roundScope } from "../round/round-guards.js";
import { Bid } from "../bid/bid.entity.js";
import { Decision } from "./decision.entity.js";
import { DecisionProject } from "./decision-project.entity.js";
import { computeDecision } from "./decision.compute.js";
import { freezeVotingRecord } from "../analytics/voting-record.js";
import { storeRuleComparison } from "../analytics/rule-comparison.js";
import { mixPendingBallots } from "../ballot/ballot-mix.js";

/**
 * The officer's recommendation (the commissioning manager's choice), recorded — with its time —
 * before the decision is taken, so the divergence between them is on the record.
 */
export const decisionRecordRecommendation = defineCommand({
  name: "decisionRecordRecommendation",
  who: who.councilOfficer,
  action: "decisionRecordRecommendation",
  locks: [Round],
  async load(tx, input: { roundKey: number; bidKey: number; note: string }) {
    const scope = await roundScope(tx, input.roundKey);
    return { ...scope, decision: await tx.manager.findOneBy(Decision, { roundKey: scope.round.key }) };
  },
  guard(_tx, _input, { decision }) {
    if (decision?.decidedAt)
      throw UserErrorException.of(
        UserErrorCode.FROZEN,
        "The decision is taken: a recommendation must be recorded before it.",
        ["input", "round"],
      );
  },
  async run(tx, { bidKey, note }, { round, decision: existing }) {
    const bid = await tx.find(Bid, bidKey, { field: ["input", "bid"], label: "bid" });
    if (bid.roundKey !== round.key)
      throw UserErrorException.of(UserErrorCode.INVALID, "The bid belongs to another round.", ["input", "bid"]);
    const before = existing
      ? { bidKey: existing.officerRecommendationBidKey, at: existing.recommendationRecordedAt?.toISOString() ?? null }
      : null;
    const decision =
      existing ??
      Object.assign(new Decision(), {
        roundKey: round.key,
        method: round.decisionMethod,
        rule: null,
        parameters: null,
        result: null,
        decidedAt: null,
        summary: null,
      });
    decision.officerRecommendationBidKey = bid.key;
    decision.officerRecommendationNote = note;
    decision.recommendationRecordedAt = tx.clock.now();
    return { decision: await tx.manager.save(decision), before };
  },
  audit: ({ decision, before }, { bidKey, note }) => ({
    entityType: "Decision",
    entityId: decision.key,
    before,
    after: { bidKey, note },
  }),
});

/**
 * Takes the round's decision in the deciding phase: panel scoring (weighted interview scores within
 * the pot) or voting (the allocation rule over the stored ballots). Stores the rule, parameters,
 * result and a per-project explanation, and marks the bids funded or not funded. Closes voting.
 */
export const decisionTake = defineCommand({
  name: "decisionTake",
  who: who.councilOfficer,
  action: "decisionTake",
  locks: [Round],
  async load(tx, input: { roundKey: number; summary: string | null }) {
    const scope = await roundScope(tx, input.roundKey);
    return { ...scope, decision: await tx.manager.findOneBy(Decision, { roundKey: scope.round.key }) };
  },
  guard(_tx, _input, { decision }) {
    if (decision?.decidedAt)
      throw UserErrorException.of(UserErrorCode.FROZEN, "The decision is already taken.", ["input", "round"]);
  },
  async run(tx, { summary }, { round, decision: existing }) {
    const manager = tx.manager;
    // Voting closes: the ballots still sealed in the mixing pool are mixed in first (ADR 0008).
    if (round.decisionMethod === "voting") await mixPendingBallots(manager, round.key, 0);
    const computed = await computeDecision(manager, round);
    let decision =
      existing ??
      Object.assign(new Decision(), {
        roundKey: round.key,
        officerRecommendationBidKey: null,
        officerRecommendationNote: null,
        recommendationRecordedAt: null,
      });
    Object.assign(decision, {
      method: computed.method,
      rule: computed.rule,
      parameters: computed.parameters,
      result: computed.result,
      decidedAt: tx.clock.now(),
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
    await freezeVotingRecord(manager, [round.key]);
    // Greedy vs MES over the same ballots, once, now (fairness.ruleComparison reads it; never recomputed).
    await storeRuleComparison(manager, round);
    return { decision, rule: computed.rule, selected: computed.result.selected };
  },
  audit: ({ decision, rule, selected }) => ({
    entityType: "Decision",
    entityId: decision.key,
    after: { rule, selected, recommendation: decision.officerRecommendationBidKey },
  }),
});

async function markBids(manager: EntityManager, projects: { bidKey: number; funded: boolean }[]): Promise<void> {
  const funded = projects.filter((p) => p.funded).map((p) => p.bidKey);
  const notFunded = projects.filter((p) => !p.funded).map((p) => p.bidKey);
  if (funded.length) await manager.update(Bid, { key: In(funded) }, { status: "funded" });
  if (notFunded.length) await manager.update(Bid, { key: In(notFunded) }, { status: "not_funded" });
}

/** An officer recomputes a taken decision from its stored rule and inputs; the check is recorded in the audit log. */
export const decisionRecompute = defineCommand({
  name: "decisionRecompute",
  who: who.councilOfficer,
  async load(tx, input: { decisionKey: number }) {
    const decision = await tx.find(Decision, input.decisionKey, { field: ["input", "decision"], label: "decision" });
    return { ...(await roundScope(tx, decision.roundKey, ["input", "decision"])), decision };
  },
  run: async (tx, _input, { decision }) => ({ decision, verification: await verifyDecision(tx.manager, decision) }),
  audit: ({ decision, verification }) => ({
    entityType: "Decision",
    entityId: decision.key,
    after: { matches: verification.matches, differences: verification.differences },
  }),
});

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
