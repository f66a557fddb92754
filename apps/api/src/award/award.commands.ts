import type { GraphQLContext } from "../graphql/context.js";
import { requireOfficerOf } from "../common/authorize.js";
import { runCommand, type CommandResult } from "../common/command.js";
import { UserErrorCode, UserErrorException } from "../common/user-error.js";
import { recordAudit } from "../audit/audit.service.js";
import { Round } from "../round/round.entity.js";
import { Bid } from "../bid/bid.entity.js";
import { Decision } from "../decision/decision.entity.js";
import { DecisionProject } from "../decision/decision-project.entity.js";
import { Award } from "./award.entity.js";
import { AwardVariation } from "./award-variation.entity.js";
import { SpendTransaction } from "./spend-transaction.entity.js";
import { mustFind, requirePhase, sameCurrency, type MoneyInput } from "../tender/round-guards.js";
import type { EntityManager } from "typeorm";

async function sumMinor(manager: EntityManager, sql: string, params: unknown[]): Promise<number> {
  const rows: { total: string | number | null }[] = await manager.query(sql, params);
  return Number(rows[0]?.total ?? 0);
}

function p(manager: EntityManager, i: number): string {
  return manager.connection.options.type === "postgres" ? `$${i}` : "?";
}

export interface AwardFields {
  bidKey: number;
  value: MoneyInput;
  title?: string | null;
  kind: string;
  awardedOn: string;
  startsOn?: string | null;
  endsOn?: string | null;
}

/**
 * Awards money for a funded bid (officers): at most the bid's amount (EXCEEDS_BID), all awards of
 * the round together at most the pot (EXCEEDS_POT, checked under a lock on the round).
 */
export function createAward(ctx: GraphQLContext, fields: AwardFields): Promise<CommandResult<Award>> {
  return runCommand(ctx, async (manager) => {
    const bid = await mustFind(manager, Bid, fields.bidKey, ["input", "bid"], "bid");
    const round = await mustFind(manager, Round, bid.roundKey, ["input", "bid"], "round", true);
    requireOfficerOf(ctx, round.councilKey);
    requirePhase(round, ["deciding", "awarded"], "Making awards");
    const decision = await manager.findOneBy(Decision, { roundKey: round.key });
    const verdict = decision?.decidedAt
      ? await manager.findOneBy(DecisionProject, { decisionKey: decision.key, bidKey: bid.key })
      : null;
    if (!verdict?.funded)
      throw UserErrorException.of(UserErrorCode.NOT_ELIGIBLE, "Only bids the decision funded can be awarded.", [
        "input",
        "bid",
      ]);
    if (await manager.existsBy(Award, { bidKey: bid.key }))
      throw UserErrorException.of(UserErrorCode.DUPLICATE, "This bid already has an award.", ["input", "bid"]);
    sameCurrency(round.currency, fields.value, ["input", "value"]);
    if (fields.value.amountMinor <= 0)
      throw UserErrorException.of(UserErrorCode.OUT_OF_RANGE, "The award must be positive.", ["input", "value"]);
    if (fields.value.amountMinor > bid.amountRequestedMinor)
      throw UserErrorException.of(UserErrorCode.EXCEEDS_BID, "The award cannot be more than the bid asked for.", [
        "input",
        "value",
      ]);
    const awarded = await sumMinor(
      manager,
      `SELECT SUM("valueMinor") AS "total" FROM award WHERE "roundKey" = ${p(manager, 1)} AND "currency" = ${p(manager, 2)}`,
      [round.key, round.currency],
    );
    if (awarded + fields.value.amountMinor > round.potMinor) {
      throw UserErrorException.of(
        UserErrorCode.EXCEEDS_POT,
        "All the round's awards together cannot be more than its pot.",
        ["input", "value"],
      );
    }
    if (fields.startsOn && fields.endsOn && fields.endsOn <= fields.startsOn)
      throw UserErrorException.of(UserErrorCode.INVALID, "The award must end after it starts.", ["input", "endsOn"]);
    const award = await manager.save(
      Object.assign(new Award(), {
        roundKey: round.key,
        bidKey: bid.key,
        providerKey: bid.providerKey,
        title: fields.title ?? bid.title,
        kind: fields.kind,
        valueMinor: fields.value.amountMinor,
        currency: fields.value.currency,
        awardedOn: fields.awardedOn,
        startsOn: fields.startsOn ?? null,
        endsOn: fields.endsOn ?? null,
        status: "active",
      }),
    );
    await recordAudit(manager, ctx.viewer, {
      councilKey: round.councilKey,
      roundKey: round.key,
      action: "award.create",
      entityType: "Award",
      entityId: award.key,
      after: { bidKey: bid.key, valueMinor: award.valueMinor, currency: award.currency },
    });
    return award;
  });
}

export interface SpendFields {
  awardKey: number;
  amount: MoneyInput;
  paidOn: string;
  description: string;
  reference: string;
}

/**
 * Records a payment against an award (officers; awarded or monitoring phase). Idempotent by
 * `reference`: the same payment again returns the stored one; a different payment with a used
 * reference is a DUPLICATE. Spend never exceeds the award's value with its audited variations
 * (EXCEEDS_AWARD), checked under a lock on the award.
 */
export function recordSpend(ctx: GraphQLContext, fields: SpendFields): Promise<CommandResult<SpendTransaction>> {
  return runCommand(ctx, async (manager) => {
    const award = await mustFind(manager, Award, fields.awardKey, ["input", "award"], "award", true);
    const round = await mustFind(manager, Round, award.roundKey, ["input", "award"], "round");
    requireOfficerOf(ctx, round.councilKey);
    const existing = await manager.findOneBy(SpendTransaction, { reference: fields.reference });
    if (existing) {
      if (
        existing.awardKey === award.key &&
        existing.amountMinor === fields.amount.amountMinor &&
        existing.currency === fields.amount.currency &&
        existing.paidOn === fields.paidOn
      )
        return existing;
      throw UserErrorException.of(UserErrorCode.DUPLICATE, "A different payment already has this reference.", [
        "input",
        "reference",
      ]);
    }
    requirePhase(round, ["awarded", "monitoring"], "Recording spend");
    if (award.status !== "active")
      throw UserErrorException.of(UserErrorCode.INVALID, `The award is ${award.status}.`, ["input", "award"]);
    sameCurrency(award.currency, fields.amount, ["input", "amount"]);
    if (fields.amount.amountMinor <= 0)
      throw UserErrorException.of(UserErrorCode.OUT_OF_RANGE, "A payment must be positive.", ["input", "amount"]);
    const spent = await sumMinor(
      manager,
      `SELECT SUM("amountMinor") AS "total" FROM spend_transaction WHERE "awardKey" = ${p(manager, 1)}`,
      [award.key],
    );
    if (spent + fields.amount.amountMinor > award.valueMinor) {
      throw UserErrorException.of(
        UserErrorCode.EXCEEDS_AWARD,
        "Spend cannot exceed the award (vary the award first, with a reason).",
        ["input", "amount"],
      );
    }
    const transaction = await manager.save(
      Object.assign(new SpendTransaction(), {
        awardKey: award.key,
        amountMinor: fields.amount.amountMinor,
        currency: fields.amount.currency,
        paidOn: fields.paidOn,
        description: fields.description,
        reference: fields.reference,
      }),
    );
    await recordAudit(manager, ctx.viewer, {
      councilKey: round.councilKey,
      roundKey: round.key,
      action: "spend.record",
      entityType: "SpendTransaction",
      entityId: transaction.key,
      after: { awardKey: award.key, amountMinor: transaction.amountMinor, reference: transaction.reference },
    });
    return transaction;
  });
}

/** An explicit, audited change of an award's value (up or down, never below what is already spent). */
export function varyAward(
  ctx: GraphQLContext,
  awardKey: number,
  deltaMinor: number,
  currency: string,
  reason: string,
): Promise<CommandResult<Award>> {
  return runCommand(ctx, async (manager) => {
    const award = await mustFind(manager, Award, awardKey, ["input", "award"], "award", true);
    const round = await mustFind(manager, Round, award.roundKey, ["input", "award"], "round");
    requireOfficerOf(ctx, round.councilKey);
    requirePhase(round, ["awarded", "monitoring"], "Varying an award");
    if (currency !== award.currency)
      throw UserErrorException.of(UserErrorCode.CURRENCY_MISMATCH, `The variation must be in ${award.currency}.`, [
        "input",
        "delta",
      ]);
    if (deltaMinor === 0)
      throw UserErrorException.of(UserErrorCode.OUT_OF_RANGE, "A variation changes the value.", ["input", "delta"]);
    const spent = await sumMinor(
      manager,
      `SELECT SUM("amountMinor") AS "total" FROM spend_transaction WHERE "awardKey" = ${p(manager, 1)}`,
      [award.key],
    );
    const value = award.valueMinor + deltaMinor;
    if (value < spent)
      throw UserErrorException.of(
        UserErrorCode.EXCEEDS_AWARD,
        "The award cannot be varied below what has already been spent.",
        ["input", "delta"],
      );
    if (!Number.isSafeInteger(value))
      throw UserErrorException.of(UserErrorCode.OUT_OF_RANGE, "The varied value is out of range.", ["input", "delta"]);
    await manager.save(
      Object.assign(new AwardVariation(), { awardKey, deltaMinor, reason, byUserKey: ctx.viewer.userKey ?? null }),
    );
    const before = award.valueMinor;
    award.valueMinor = value;
    await manager.save(award);
    await recordAudit(manager, ctx.viewer, {
      councilKey: round.councilKey,
      roundKey: round.key,
      action: "award.vary",
      entityType: "Award",
      entityId: award.key,
      before: { valueMinor: before },
      after: { valueMinor: value, deltaMinor, reason },
    });
    return award;
  });
}
