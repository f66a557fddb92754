import { In } from "typeorm";
import { BASIS_POINTS_TOTAL, canTransition, type RoundKind } from "@coproduce/domain";
import { defineCommand } from "../command/define-command.js";
import { who } from "../command/permissions.js";
import { sameCurrency, type MoneyValue } from "../command/money.js";
import { UserError, UserErrorCode, UserErrorException } from "../command/user-error.js";
import { Round } from "../round/round.entity.js";
import { phaseOf, roundScope } from "../round/round-guards.js";
import { Outcome } from "../outcome/outcome.entity.js";
import { Tender } from "./tender.entity.js";
import { Criterion } from "./criterion.entity.js";

export interface TenderDraftValues {
  roundKey: number;
  title: string;
  specification: string;
  outcomeKeys: number[];
  criteria: { name: string; description?: string; weightBasisPoints: number }[];
  budgetCeiling: MoneyValue;
  submissionDeadline?: string | null;
}

/**
 * Drafts (or redrafts) the round's tender in the tendering phase (officers or panel members): the
 * specification, the linked outcomes (frozen from now on), weighted criteria (basis points summing
 * to 10,000) and a budget ceiling within the pot. A published tender is FROZEN.
 */
export const tenderDraft = defineCommand({
  name: "tenderDraft",
  who: who.councilOfficerOrRoundPanelMember,
  action: "tenderDraft",
  locks: [Round],
  async load(tx, input: TenderDraftValues) {
    const scope = await roundScope(tx, input.roundKey);
    return { ...scope, tender: await tx.manager.findOneBy(Tender, { roundKey: scope.round.key }) };
  },
  guard(_tx, _input, { tender }) {
    if (tender && tender.status !== "draft")
      throw UserErrorException.of(UserErrorCode.FROZEN, "The tender is published and can no longer change.", ["input"]);
  },
  async run(tx, fields, { round, tender: existing }) {
    const manager = tx.manager;
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
      fields.outcomeKeys.length > 0
        ? await manager.findBy(Outcome, { key: In(fields.outcomeKeys), roundKey: round.key })
        : [];
    if (outcomes.length !== new Set(fields.outcomeKeys).size)
      errors.push(
        UserError.of(UserErrorCode.NOT_FOUND, "Every linked outcome must be one of this round's outcomes.", [
          "input",
          "outcomes",
        ]),
      );
    if (errors.length > 0) throw new UserErrorException(errors);

    const before = existing ? { title: existing.title, ceilingMinor: existing.ceilingMinor } : null;
    let tender = existing ?? Object.assign(new Tender(), { roundKey: round.key, status: "draft", publishedAt: null });
    Object.assign(tender, {
      title: fields.title,
      specification: fields.specification,
      ceilingMinor: fields.budgetCeiling.amountMinor,
      currency: fields.budgetCeiling.currency,
      submissionDeadline: fields.submissionDeadline ?? null,
      outcomes,
    });
    tender = await manager.save(tender);
    const tenderKey = tender.key;
    await manager.delete(Criterion, { tenderKey });
    await manager.save(
      fields.criteria.map((c, position) =>
        Object.assign(new Criterion(), {
          tenderKey,
          name: c.name,
          description: c.description ?? "",
          weightBasisPoints: c.weightBasisPoints,
          position,
        }),
      ),
    );
    // The outcomes are the tender's basis now: frozen.
    await manager.update(Outcome, { roundKey: round.key }, { status: "frozen" });
    return { tender, before };
  },
  audit: ({ tender, before }, fields) => ({
    entityType: "Tender",
    entityId: tender.key,
    before,
    after: {
      redraft: before !== null,
      title: tender.title,
      ceilingMinor: tender.ceilingMinor,
      criteria: fields.criteria.map((c) => [c.name, c.weightBasisPoints]),
      outcomes: fields.outcomeKeys,
    },
  }),
});

/** Publishes the tender (officers) and moves the round on to bidding (the lifecycle's tendering → bidding transition). */
export const tenderPublish = defineCommand({
  name: "tenderPublish",
  who: who.councilOfficer,
  action: "tenderPublish",
  locks: [Round],
  async load(tx, input: { tenderKey: number }) {
    const tender = await tx.find(Tender, input.tenderKey, { field: ["input", "tender"], label: "tender" });
    return { ...(await roundScope(tx, tender.roundKey, ["input", "tender"])), tender };
  },
  guard(_tx, _input, { tender }) {
    if (tender.status !== "draft")
      throw UserErrorException.of(UserErrorCode.FROZEN, "The tender is already published.", ["input", "tender"]);
  },
  async run(tx, input, { tender, round }) {
    if (!canTransition(round.kind as RoundKind, phaseOf(round), "bidding"))
      throw UserErrorException.of(UserErrorCode.TRANSITION_NOT_ALLOWED, "This round cannot move on to bidding.", [
        "input",
      ]);
    const criteria = await tx.manager.countBy(Criterion, { tenderKey: input.tenderKey });
    if (criteria === 0)
      throw UserErrorException.of(UserErrorCode.WEIGHTS_MUST_SUM_TO_100, "The tender has no criteria.", [
        "input",
        "tender",
      ]);
    tender.status = "published";
    tender.publishedAt = tx.clock.now();
    await tx.manager.save(tender);
    const from = round.phase;
    round.phase = "bidding";
    await tx.manager.save(round);
    return { tender, from };
  },
  audit: ({ tender, from }) => ({
    entityType: "Tender",
    entityId: tender.key,
    before: { status: "draft", phase: from },
    after: { status: "published", phase: "bidding" },
  }),
});
