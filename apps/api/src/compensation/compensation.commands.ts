import { In } from "typeorm";
import { defineCommand } from "../command/define-command.js";
import { who } from "../command/permissions.js";
import { UserErrorCode, UserErrorException } from "../command/user-error.js";
import { roundScope } from "../round/round-guards.js";
import { payCurrency } from "../round/round.entity.js";
import { PanelMember } from "../panel/panel-member.entity.js";
import { PanelSession } from "../session/session.entity.js";
import { Attendance } from "../session/attendance.entity.js";
import { CompensationEntry } from "./compensation-entry.entity.js";
import { Payment } from "./payment.entity.js";

/** rate × minutes / 60, rounded half-up to a whole minor unit, in integers. */
export function hourlyAmount(rateMinor: number, minutes: number): number {
  return Math.floor((2 * rateMinor * minutes + 60) / 120);
}

export interface RateValues {
  roundKey: number;
  basis: "hourly" | "flat";
  rateMinor: number;
  /** The sessions to (re)compute; all of the round's when omitted. */
  sessionKeys?: number[];
}

/** (Re)computes owed entries for the chosen sessions from attendance: one per member present. */
export const compensationRateSet = defineCommand({
  name: "compensationRateSet",
  who: who.councilOfficer,
  action: "compensationRateSet",
  load: (tx, input: RateValues) => roundScope(tx, input.roundKey, ["input", "round"], "notFound"),
  async run(tx, { basis, rateMinor, sessionKeys }, { round }) {
    const manager = tx.manager;
    const currency = payCurrency(round);
    const sessions = await manager
      .getRepository(PanelSession)
      .findBy(sessionKeys ? { roundKey: round.key, key: In(sessionKeys) } : { roundKey: round.key });
    if (sessionKeys && sessions.length !== new Set(sessionKeys).size)
      throw UserErrorException.of(UserErrorCode.NOT_FOUND, "A session is not part of this round.", [
        "input",
        "sessions",
      ]);
    const keys = sessions.map((s) => s.key);
    if (keys.length === 0) return { entries: 0, keys, currency };
    await manager.getRepository(CompensationEntry).delete({ roundKey: round.key, sessionKey: In(keys) });
    const present = await manager.getRepository(Attendance).findBy({ sessionKey: In(keys), present: true });
    const byKey = new Map(sessions.map((s) => [s.key, s]));
    const entries = present.map((a) => {
      const minutes = byKey.get(a.sessionKey)!.durationMinutes;
      return Object.assign(new CompensationEntry(), {
        roundKey: round.key,
        memberKey: a.memberKey,
        sessionKey: a.sessionKey,
        basis,
        rateMinor,
        minutes: basis === "hourly" ? minutes : null,
        amountMinor: basis === "hourly" ? hourlyAmount(rateMinor, minutes) : rateMinor,
        currency,
      });
    });
    await manager.getRepository(CompensationEntry).save(entries);
    return { entries: entries.length, keys, currency };
  },
  audit: ({ entries, keys, currency }, { basis, rateMinor }, { round }) =>
    keys.length === 0
      ? null
      : { entityType: "Round", entityId: round.key, after: { basis, rateMinor, currency, sessions: keys, entries } },
});

export interface PaymentValues {
  memberKey: number;
  amountMinor: number;
  currency?: string;
  paidOn: string;
  method?: string | null;
  idempotencyKey: string;
}

/**
 * Records a payment to a panel member once per idempotency key (a unique index, not only this check):
 * a retry with the same key returns the first payment; the same key with different details is refused.
 */
export const paymentRecord = defineCommand({
  name: "paymentRecord",
  who: who.councilOfficer,
  retryOnConflict: true,
  async load(tx, input: PaymentValues) {
    const member = await tx.find(PanelMember, input.memberKey, {
      field: ["input", "member"],
      label: "member",
      missing: "notFound",
    });
    return { ...(await roundScope(tx, member.roundKey, ["input", "member"], "notFound")), member };
  },
  async run(tx, values, { round, member }) {
    const currency = payCurrency(round);
    if (values.currency !== undefined && values.currency !== currency)
      throw UserErrorException.of(
        UserErrorCode.CURRENCY_MISMATCH,
        `Panel pay in this round is in ${currency} (got ${values.currency}).`,
        ["input", "currency"],
      );
    const repo = tx.manager.getRepository(Payment);
    const existing = await repo.findOneBy({ idempotencyKey: values.idempotencyKey });
    if (existing) {
      if (
        existing.roundKey !== round.key ||
        existing.memberKey !== member.key ||
        existing.amountMinor !== values.amountMinor ||
        existing.currency !== currency
      ) {
        throw UserErrorException.of(
          UserErrorCode.DUPLICATE,
          "This idempotency key was already used for a different payment.",
          ["input", "idempotencyKey"],
        );
      }
      return { payment: existing, replayed: true };
    }
    const payment = await repo.save(
      Object.assign(new Payment(), {
        roundKey: round.key,
        memberKey: member.key,
        amountMinor: values.amountMinor,
        currency,
        paidOn: values.paidOn,
        method: values.method ?? null,
        idempotencyKey: values.idempotencyKey,
      }),
    );
    return { payment, replayed: false };
  },
  audit: ({ payment, replayed }) => ({
    entityType: "Payment",
    entityId: payment.key,
    after: replayed
      ? { replayed: true }
      : {
          member: payment.memberKey,
          amountMinor: payment.amountMinor,
          currency: payment.currency,
          paidOn: payment.paidOn,
        },
  }),
});
