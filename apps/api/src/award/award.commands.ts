import type { EntityManager } from "typeorm";
import { defineCommand, type Tx } from "../command/define-command.js";
import { who } from "../command/permissions.js";
import { sameCurrency, type MoneyValue } from "../command/money.js";
import { UserErrorCode, UserErrorException } from "../command/user-error.js";
import { Round } from "../round/round.entity.js";
import { roundScope } from "../round/round-guards.js";
import { Bid } from "../bid/bid.entity.js";
import { Decision } from "../decision/decision.entity.js";
import { DecisionProject } from "../decision/decision-project.entity.js";
import { Award } from "./award.entity.js";
import { AwardVariation } from "./award-variation.entity.js";
import { SpendTransaction } from "./spend-transaction.entity.js";

/** Σ of a minor-units column over the rows matching `where` (0 when none). */
async function sumMinor(
  manager: EntityManager,
  entity: typeof Award | typeof SpendTransaction,
  column: "valueMinor" | "amountMinor",
  where: Record<string, unknown>,
): Promise<number> {
  const row = await manager
    .getRepository(entity)
    .createQueryBuilder("t")
    .select(`SUM(t.${column})`, "total")
    .where(where)
    .getRawOne<{ total: string | number | null }>();
  return Number(row?.total ?? 0);
}

export interface AwardValues {
  bidKey: number;
  value: MoneyValue;
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
export const awardCreate = defineCommand({
  name: "awardCreate",
  who: who.councilOfficer,
  action: "awardCreate",
  locks: [Round],
  async load(tx, input: AwardValues) {
    const bid = await tx.find(Bid, input.bidKey, { field: ["input", "bid"], label: "bid" });
    return { ...(await roundScope(tx, bid.roundKey, ["input", "bid"])), bid };
  },
  async run(tx, fields, { round, bid }) {
    const manager = tx.manager;
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
    const awarded = await sumMinor(manager, Award, "valueMinor", { roundKey: round.key, currency: round.currency });
    if (awarded + fields.value.amountMinor > round.potMinor) {
      throw UserErrorException.of(
        UserErrorCode.EXCEEDS_POT,
        "All the round's awards together cannot be more than its pot.",
        ["input", "value"],
      );
    }
    if (fields.startsOn && fields.endsOn && fields.endsOn <= fields.startsOn)
      throw UserErrorException.of(UserErrorCode.INVALID, "The award must end after it starts.", ["input", "endsOn"]);
    return manager.save(
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
  },
  audit: (award) => ({
    entityType: "Award",
    entityId: award.key,
    after: { bidKey: award.bidKey, valueMinor: award.valueMinor, currency: award.currency },
  }),
});

/** An award and its round, by the award's key. */
async function awardScope(tx: Tx, awardKey: number) {
  const award = await tx.find(Award, awardKey, { field: ["input", "award"], label: "award" });
  return { ...(await roundScope(tx, award.roundKey, ["input", "award"])), award };
}

export interface SpendValues {
  awardKey: number;
  amount: MoneyValue;
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
export const spendRecord = defineCommand({
  name: "spendRecord",
  who: who.councilOfficer,
  action: "spendRecord",
  locks: [Award],
  load: (tx, input: SpendValues) => awardScope(tx, input.awardKey),
  async run(tx, fields, { award }) {
    const manager = tx.manager;
    const existing = await manager.findOneBy(SpendTransaction, { reference: fields.reference });
    if (existing) {
      if (
        existing.awardKey === award.key &&
        existing.amountMinor === fields.amount.amountMinor &&
        existing.currency === fields.amount.currency &&
        existing.paidOn === fields.paidOn
      )
        return { transaction: existing, replayed: true };
      throw UserErrorException.of(UserErrorCode.DUPLICATE, "A different payment already has this reference.", [
        "input",
        "reference",
      ]);
    }
    if (award.status !== "active")
      throw UserErrorException.of(UserErrorCode.INVALID, `The award is ${award.status}.`, ["input", "award"]);
    sameCurrency(award.currency, fields.amount, ["input", "amount"]);
    if (fields.amount.amountMinor <= 0)
      throw UserErrorException.of(UserErrorCode.OUT_OF_RANGE, "A payment must be positive.", ["input", "amount"]);
    const spent = await sumMinor(manager, SpendTransaction, "amountMinor", { awardKey: award.key });
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
    return { transaction, replayed: false };
  },
  // A replay of the same payment changes nothing, so it writes no audit entry.
  audit: ({ transaction, replayed }) =>
    replayed
      ? null
      : {
          entityType: "SpendTransaction",
          entityId: transaction.key,
          after: {
            awardKey: transaction.awardKey,
            amountMinor: transaction.amountMinor,
            reference: transaction.reference,
          },
        },
});

/** An explicit, audited change of an award's value (up or down, never below what is already spent). */
export const awardVary = defineCommand({
  name: "awardVary",
  who: who.councilOfficer,
  action: "awardVary",
  locks: [Award],
  load: (tx, input: { awardKey: number; delta: MoneyValue; reason: string }) => awardScope(tx, input.awardKey),
  async run(tx, { delta, reason }, { award }) {
    const manager = tx.manager;
    if (delta.currency !== award.currency)
      throw UserErrorException.of(UserErrorCode.CURRENCY_MISMATCH, `The variation must be in ${award.currency}.`, [
        "input",
        "delta",
      ]);
    if (delta.amountMinor === 0)
      throw UserErrorException.of(UserErrorCode.OUT_OF_RANGE, "A variation changes the value.", ["input", "delta"]);
    const spent = await sumMinor(manager, SpendTransaction, "amountMinor", { awardKey: award.key });
    const value = award.valueMinor + delta.amountMinor;
    if (value < spent)
      throw UserErrorException.of(
        UserErrorCode.EXCEEDS_AWARD,
        "The award cannot be varied below what has already been spent.",
        ["input", "delta"],
      );
    if (value <= 0)
      throw UserErrorException.of(
        UserErrorCode.OUT_OF_RANGE,
        "An award keeps a value above zero: a variation cannot take it to nothing.",
        ["input", "delta"],
      );
    if (!Number.isSafeInteger(value))
      throw UserErrorException.of(UserErrorCode.OUT_OF_RANGE, "The varied value is out of range.", ["input", "delta"]);
    await manager.save(
      Object.assign(new AwardVariation(), {
        awardKey: award.key,
        deltaMinor: delta.amountMinor,
        reason,
        byUserKey: tx.actor.userKey ?? null,
      }),
    );
    const before = award.valueMinor;
    award.valueMinor = value;
    return { award: await manager.save(award), before };
  },
  audit: ({ award, before }, { delta, reason }) => ({
    entityType: "Award",
    entityId: award.key,
    before: { valueMinor: before },
    after: { valueMinor: award.valueMinor, deltaMinor: delta.amountMinor, reason },
  }),
});
