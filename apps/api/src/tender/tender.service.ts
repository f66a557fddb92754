import { In } from "typeorm";
import { BASIS_POINTS_TOTAL, canTransition, type RoundKind } from "@coproduce/domain";
import type { GraphQLContext } from "../graphql/context.js";
import { requireOfficerOf, requireOfficerOrPanelMember } from "../common/authorize.js";
import { runCommand, type CommandResult } from "../common/command.js";
import { UserError, UserErrorCode, UserErrorException } from "../common/user-error.js";
import { recordAudit } from "../audit/audit.service.js";
import { Round } from "../round/round.entity.js";
import { Outcome } from "../outcome/outcome.entity.js";
import { Tender } from "./tender.entity.js";
import { Criterion } from "./criterion.entity.js";
import { mustFind, phaseOf, requirePhase, sameCurrency, type MoneyInput } from "./round-guards.js";

export interface TenderDraftFields {
  title: string;
  specification: string;
  outcomeKeys: number[];
  criteria: { name: string; description?: string; weightBasisPoints: number }[];
  budgetCeiling: MoneyInput;
  submissionDeadline?: string | null;
}

/**
 * Drafts (or redrafts) the round's tender in the tendering phase: the specification, the linked
 * outcomes (frozen from now on), weighted criteria (basis points summing to 10,000) and a budget
 * ceiling within the pot. A published tender is FROZEN.
 */
export function draftTender(
  ctx: GraphQLContext,
  roundKey: number,
  fields: TenderDraftFields,
): Promise<CommandResult<Tender>> {
  return runCommand(ctx, async (manager) => {
    const round = await mustFind(manager, Round, roundKey, ["input", "round"], "round", true);
    requireOfficerOrPanelMember(ctx, round.councilKey, round.key);
    let tender = await manager.findOneBy(Tender, { roundKey });
    if (tender && tender.status !== "draft")
      throw UserErrorException.of(UserErrorCode.FROZEN, "The tender is published and can no longer change.", ["input"]);
    requirePhase(round, ["tendering"], "Drafting the tender");

    const errors: UserError[] = [];
    const sum = fields.criteria.reduce((s, c) => s + c.weightBasisPoints, 0);
    if (fields.criteria.length === 0 || sum !== BASIS_POINTS_TOTAL) {
      errors.push(
        UserError.of(
          UserErrorCode.WEIGHTS_MUST_SUM_TO_100,
          `Criteria weights add up to ${sum} basis points; they must add up to 10,000 (100 %).`,
          ["input", "criteria"],
        ),
      );
    }
    const names = new Set(fields.criteria.map((c) => c.name.trim().toLowerCase()));
    if (names.size !== fields.criteria.length)
      errors.push(UserError.of(UserErrorCode.DUPLICATE, "Two criteria have the same name.", ["input", "criteria"]));
    try {
      sameCurrency(round.currency, fields.budgetCeiling, ["input", "budgetCeiling"]);
    } catch (e) {
      if (e instanceof UserErrorException) errors.push(...e.errors);
      else throw e;
    }
    if (fields.budgetCeiling.currency === round.currency && fields.budgetCeiling.amountMinor > round.potMinor) {
      errors.push(
        UserError.of(UserErrorCode.EXCEEDS_POT, "The budget ceiling cannot be more than the round's pot.", [
          "input",
          "budgetCeiling",
        ]),
      );
    }
    const outcomes =
      fields.outcomeKeys.length > 0 ? await manager.findBy(Outcome, { key: In(fields.outcomeKeys), roundKey }) : [];
    if (outcomes.length !== new Set(fields.outcomeKeys).size)
      errors.push(
        UserError.of(UserErrorCode.NOT_FOUND, "Every linked outcome must be one of this round's outcomes.", [
          "input",
          "outcomes",
        ]),
      );
    if (errors.length > 0) throw new UserErrorException(errors);

    const before = tender ? { title: tender.title, ceilingMinor: tender.ceilingMinor } : null;
    tender ??= Object.assign(new Tender(), { roundKey, status: "draft", publishedAt: null });
    Object.assign(tender, {
      title: fields.title,
      specification: fields.specification,
      ceilingMinor: fields.budgetCeiling.amountMinor,
      currency: fields.budgetCeiling.currency,
      submissionDeadline: fields.submissionDeadline ?? null,
      outcomes,
    });
    tender = await manager.save(tender);
    await manager.delete(Criterion, { tenderKey: tender.key });
    await manager.save(
      fields.criteria.map((c, position) =>
        Object.assign(new Criterion(), {
          tenderKey: tender.key,
          name: c.name,
          description: c.description ?? "",
          weightBasisPoints: c.weightBasisPoints,
          position,
        }),
      ),
    );
    // The outcomes are the tender's basis now: frozen.
    await manager.update(Outcome, { roundKey }, { status: "frozen" });
    await recordAudit(manager, ctx.viewer, {
      councilKey: round.councilKey,
      roundKey,
      action: before ? "tender.redraft" : "tender.draft",
      entityType: "Tender",
      entityId: tender.key,
      before,
      after: {
        title: tender.title,
        ceilingMinor: tender.ceilingMinor,
        criteria: fields.criteria.map((c) => [c.name, c.weightBasisPoints]),
        outcomes: fields.outcomeKeys,
      },
    });
    return tender;
  });
}

/** Publishes the tender and moves the round on to bidding (the lifecycle's tendering → bidding transition). */
export function publishTender(ctx: GraphQLContext, tenderKey: number): Promise<CommandResult<Tender>> {
  return runCommand(ctx, async (manager) => {
    const tender = await mustFind(manager, Tender, tenderKey, ["input", "tender"], "tender");
    const round = await mustFind(manager, Round, tender.roundKey, ["input", "tender"], "round", true);
    requireOfficerOf(ctx, round.councilKey);
    if (tender.status !== "draft")
      throw UserErrorException.of(UserErrorCode.FROZEN, "The tender is already published.", ["input", "tender"]);
    requirePhase(round, ["tendering"], "Publishing the tender");
    if (!canTransition(round.kind as RoundKind, phaseOf(round), "bidding")) {
      throw UserErrorException.of(UserErrorCode.TRANSITION_NOT_ALLOWED, "This round cannot move on to bidding.", [
        "input",
      ]);
    }
    const criteria = await manager.countBy(Criterion, { tenderKey });
    if (criteria === 0)
      throw UserErrorException.of(UserErrorCode.WEIGHTS_MUST_SUM_TO_100, "The tender has no criteria.", [
        "input",
        "tender",
      ]);
    tender.status = "published";
    tender.publishedAt = new Date();
    await manager.save(tender);
    const from = round.phase;
    round.phase = "bidding";
    await manager.save(round);
    await recordAudit(manager, ctx.viewer, {
      councilKey: round.councilKey,
      roundKey: round.key,
      action: "tender.publish",
      entityType: "Tender",
      entityId: tender.key,
      before: { status: "draft", phase: from },
      after: { status: "published", phase: "bidding" },
    });
    return tender;
  });
}
