import { In, type EntityManager } from "typeorm";
import type { GraphQLContext } from "../graphql/context.js";
import { forbidden, requireOfficerOf, requireOfficerOrPanelMember, requirePanelMemberOf } from "../common/authorize.js";
import { runCommand, type CommandResult } from "../common/command.js";
import { UserError, UserErrorCode, UserErrorException } from "../common/user-error.js";
import { recordAudit } from "../audit/audit.service.js";
import { Round } from "../round/round.entity.js";
import { Provider } from "../provider/provider.entity.js";
import { Outcome } from "../outcome/outcome.entity.js";
import { Tender } from "../tender/tender.entity.js";
import { Criterion } from "../tender/criterion.entity.js";
import { PanelMember } from "../panel/panel-member.entity.js";
import { Bid } from "./bid.entity.js";
import { ShortlistEntry } from "./shortlist-entry.entity.js";
import { InterviewScore } from "./interview-score.entity.js";
import { SCORE_SCALE } from "./scoring.service.js";
import { mustFind, requirePhase, sameCurrency, type MoneyInput } from "../tender/round-guards.js";

export interface BidFields {
  providerKey: number | null;
  title: string;
  summary: string;
  category?: string | null;
  amountRequested: MoneyInput;
  outcomeKeys: number[];
}

/**
 * Records a provider's bid (entered by an officer of the round's council) while the round is
 * bidding. The amount must be in the round's currency and within the tender's budget ceiling
 * (for PB rounds without a tender: within the pot).
 */
export function submitBid(ctx: GraphQLContext, roundKey: number, fields: BidFields): Promise<CommandResult<Bid>> {
  return runCommand(ctx, async (manager) => {
    const round = await mustFind(manager, Round, roundKey, ["input", "round"], "round", true);
    requireOfficerOf(ctx, round.councilKey);
    requirePhase(round, ["bidding"], "Submitting bids");
    if (fields.providerKey === null && round.kind === "commissioning") {
      throw UserErrorException.of(
        UserErrorCode.REQUIRED,
        "A bid for a commissioned service needs the bidding organisation.",
        ["input", "provider"],
      );
    }
    if (fields.providerKey !== null)
      await mustFind(manager, Provider, fields.providerKey, ["input", "provider"], "provider");
    sameCurrency(round.currency, fields.amountRequested, ["input", "amountRequested"]);
    const tender = await manager.findOneBy(Tender, { roundKey });
    if (round.kind === "commissioning" && tender?.status !== "published") {
      throw UserErrorException.of(UserErrorCode.WRONG_PHASE, "The round's tender is not published.", [
        "input",
        "round",
      ]);
    }
    const ceiling = tender?.ceilingMinor ?? round.potMinor;
    if (fields.amountRequested.amountMinor > ceiling) {
      throw UserErrorException.of(
        UserErrorCode.EXCEEDS_CEILING,
        `The amount requested is more than the ${tender ? "tender's budget ceiling" : "round's pot"}.`,
        ["input", "amountRequested"],
      );
    }
    if (fields.amountRequested.amountMinor <= 0)
      throw UserErrorException.of(UserErrorCode.OUT_OF_RANGE, "The amount requested must be positive.", [
        "input",
        "amountRequested",
      ]);
    const outcomes = fields.outcomeKeys.length
      ? await manager.findBy(Outcome, { key: In(fields.outcomeKeys), roundKey })
      : [];
    if (outcomes.length !== new Set(fields.outcomeKeys).size) {
      throw UserErrorException.of(
        UserErrorCode.NOT_FOUND,
        "Every outcome addressed must be one of this round's outcomes.",
        ["input", "outcomes"],
      );
    }
    const count = await manager.countBy(Bid, { roundKey });
    const bid = await manager.save(
      Object.assign(new Bid(), {
        roundKey,
        providerKey: fields.providerKey,
        externalId: `B${count + 1}`,
        title: fields.title,
        summary: fields.summary,
        category: fields.category ?? null,
        amountRequestedMinor: fields.amountRequested.amountMinor,
        currency: fields.amountRequested.currency,
        status: "submitted",
        extra: null,
        outcomesAddressed: outcomes,
      }),
    );
    await recordAudit(manager, ctx.viewer, {
      councilKey: round.councilKey,
      roundKey,
      action: "bid.submit",
      entityType: "Bid",
      entityId: bid.key,
      after: {
        providerKey: bid.providerKey,
        title: bid.title,
        amountRequestedMinor: bid.amountRequestedMinor,
        currency: bid.currency,
      },
    });
    return bid;
  });
}

/** Puts a submitted bid on the shortlist (a panel member or an officer), recording who proposed it and why. */
export function shortlistBid(ctx: GraphQLContext, bidKey: number, reason: string): Promise<CommandResult<Bid>> {
  return runCommand(ctx, async (manager) => {
    const bid = await mustFind(manager, Bid, bidKey, ["input", "bid"], "bid", true);
    const round = await mustFind(manager, Round, bid.roundKey, ["input", "bid"], "round");
    requireOfficerOrPanelMember(ctx, round.councilKey, round.key);
    requirePhase(round, ["shortlisting"], "Shortlisting");
    if (await manager.existsBy(ShortlistEntry, { bidKey }))
      throw UserErrorException.of(UserErrorCode.DUPLICATE, "The bid is already on the shortlist.", ["input", "bid"]);
    if (bid.status !== "submitted")
      throw UserErrorException.of(UserErrorCode.INVALID, `A ${bid.status} bid cannot be shortlisted.`, [
        "input",
        "bid",
      ]);
    const memberKey = ctx.viewer.kind === "panel_member" ? (ctx.viewer.memberKey ?? null) : null;
    await manager.save(Object.assign(new ShortlistEntry(), { bidKey, proposedByMemberKey: memberKey, reason }));
    bid.status = "shortlisted";
    await manager.save(bid);
    await recordAudit(manager, ctx.viewer, {
      councilKey: round.councilKey,
      roundKey: round.key,
      action: "bid.shortlist",
      entityType: "Bid",
      entityId: bid.key,
      before: { status: "submitted" },
      after: { status: "shortlisted", reason },
    });
    return bid;
  });
}

/**
 * A panel member's interview scores of one shortlisted bid, per criterion, on the fixed 0–5 scale.
 * Upserts per (bid, member, criterion): scoring again replaces the member's earlier score.
 * Sent by the member themself, or entered from the member's paper sheet by an officer of the
 * round's council (`panelMemberKey`): the scores are the member's either way; the audit entry
 * records that an officer entered them.
 */
export function submitInterviewScores(
  ctx: GraphQLContext,
  bidKey: number,
  scores: { criterionKey: number; score: number }[],
  panelMemberKey: number | null = null,
): Promise<CommandResult<Bid>> {
  return runCommand(ctx, async (manager) => {
    const bid = await mustFind(manager, Bid, bidKey, ["input", "bid"], "bid");
    const round = await mustFind(manager, Round, bid.roundKey, ["input", "bid"], "round");
    const { memberKey, onBehalf } = await scorerOf(ctx, manager, round, panelMemberKey);
    requirePhase(round, ["interviewing"], "Interview scoring");
    if (!(await manager.existsBy(ShortlistEntry, { bidKey })))
      throw UserErrorException.of(UserErrorCode.INVALID, "Only shortlisted bids are interviewed and scored.", [
        "input",
        "bid",
      ]);
    const tender = await manager.findOneBy(Tender, { roundKey: round.key });
    const criteria = tender ? await manager.findBy(Criterion, { tenderKey: tender.key }) : [];
    const known = new Set(criteria.map((c) => c.key));
    const errors: UserError[] = [];
    const seen = new Set<number>();
    scores.forEach((s, i) => {
      if (!known.has(s.criterionKey))
        errors.push(
          UserError.of(UserErrorCode.NOT_FOUND, "Not a criterion of this round's tender.", [
            "input",
            "scores",
            String(i),
            "criterion",
          ]),
        );
      if (seen.has(s.criterionKey))
        errors.push(
          UserError.of(UserErrorCode.DUPLICATE, "The same criterion is scored twice.", [
            "input",
            "scores",
            String(i),
            "criterion",
          ]),
        );
      seen.add(s.criterionKey);
      if (!Number.isInteger(s.score) || s.score < SCORE_SCALE.min || s.score > SCORE_SCALE.max) {
        errors.push(
          UserError.of(
            UserErrorCode.OUT_OF_RANGE,
            `Scores are whole numbers from ${SCORE_SCALE.min} to ${SCORE_SCALE.max}.`,
            ["input", "scores", String(i), "score"],
          ),
        );
      }
    });
    if (errors.length > 0) throw new UserErrorException(errors);
    await manager.upsert(
      InterviewScore,
      scores.map((s) => ({ bidKey, memberKey, criterionKey: s.criterionKey, score: s.score })),
      { conflictPaths: ["bidKey", "memberKey", "criterionKey"], skipUpdateIfNoValuesChanged: false },
    );
    await recordAudit(manager, ctx.viewer, {
      councilKey: round.councilKey,
      roundKey: round.key,
      action: "interview_score.submit",
      entityType: "Bid",
      entityId: bid.key,
      after: onBehalf
        ? { criteria: scores.length, enteredBy: "officer", onBehalfOfMemberKey: memberKey }
        : { criteria: scores.length },
    });
    return bid;
  });
}

/**
 * Whose scoring sheet this is. A panel member scores as themself (naming another member is
 * FORBIDDEN); an officer of the round's council names the member (REQUIRED otherwise), who must be
 * an active member of this round's panel (NOT_FOUND / NOT_ELIGIBLE on `panelMember`).
 */
async function scorerOf(
  ctx: GraphQLContext,
  manager: EntityManager,
  round: Round,
  panelMemberKey: number | null,
): Promise<{ memberKey: number; onBehalf: boolean }> {
  if (ctx.viewer.kind === "panel_member") {
    const memberKey = requirePanelMemberOf(ctx, round.key);
    if (panelMemberKey !== null && panelMemberKey !== memberKey) throw forbidden();
    const member = await manager.findOneBy(PanelMember, { key: memberKey, roundKey: round.key });
    if (!member?.active)
      throw UserErrorException.of(
        UserErrorCode.NOT_ELIGIBLE,
        "Only active members of the round's panel score interviews.",
        ["input"],
      );
    return { memberKey, onBehalf: false };
  }
  requireOfficerOf(ctx, round.councilKey);
  const field = ["input", "panelMember"];
  if (panelMemberKey === null)
    throw UserErrorException.of(
      UserErrorCode.REQUIRED,
      "Choose the panel member whose scoring sheet you are entering.",
      field,
    );
  const member = await manager.findOneBy(PanelMember, { key: panelMemberKey, roundKey: round.key });
  if (!member) throw UserErrorException.of(UserErrorCode.NOT_FOUND, "Not a member of this round's panel.", field);
  if (!member.active)
    throw UserErrorException.of(
      UserErrorCode.NOT_ELIGIBLE,
      `${member.pseudonym} has left the panel: only active members' scores count.`,
      field,
    );
  return { memberKey: member.key, onBehalf: true };
}
