import { In, QueryFailedError } from "typeorm";
import type { GraphQLContext } from "../graphql/context.js";
import { runCommand, type CommandResult } from "../common/command.js";
import { UserErrorCode, UserErrorException } from "../common/user-error.js";
import { recordAudit } from "../audit/audit.service.js";
import type { Round } from "../round/round.entity.js";
import { requirePhase } from "../round/round-lifecycle.js";
import { SESSION_PHASES } from "../session/session.service.js";
import type { PanelMember } from "../panel/panel-member.entity.js";
import { PanelSession } from "../session/session.entity.js";
import { Attendance } from "../session/attendance.entity.js";
import { CompensationEntry } from "./compensation-entry.entity.js";
import { Payment } from "./payment.entity.js";

/** rate × minutes / 60, rounded half-up to a whole minor unit, in integers. */
export function hourlyAmount(rateMinor: number, minutes: number): number {
  return Math.floor((2 * rateMinor * minutes + 60) / 120);
}

function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const code = (error as QueryFailedError & { driverError?: { code?: string } }).driverError?.code ?? "";
  return code === "23505" || code.startsWith("SQLITE_CONSTRAINT");
}

export interface PaymentValues {
  amountMinor: number;
  currency?: string;
  paidOn: string;
  method?: string | null;
  idempotencyKey: string;
}

export class CompensationService {
  constructor(private readonly ctx: GraphQLContext) {}

  /** (Re)computes owed entries for the chosen sessions from attendance: one per member present. */
  setRate(
    round: Round,
    basis: "hourly" | "flat",
    rateMinor: number,
    sessionKeys: number[] | undefined,
  ): Promise<CommandResult<number>> {
    return runCommand(this.ctx, async (manager) => {
      requirePhase(round, SESSION_PHASES);
      const currency = round.compensationCurrency;
      if (!currency)
        throw UserErrorException.of(UserErrorCode.REQUIRED, "The round has no compensation currency.", [
          "input",
          "round",
        ]);
      const sessions = await manager
        .getRepository(PanelSession)
        .findBy(sessionKeys ? { roundKey: round.key, key: In(sessionKeys) } : { roundKey: round.key });
      if (sessionKeys && sessions.length !== new Set(sessionKeys).size)
        throw UserErrorException.of(UserErrorCode.NOT_FOUND, "A session is not part of this round.", [
          "input",
          "sessions",
        ]);
      const keys = sessions.map((s) => s.key);
      if (keys.length === 0) return 0;
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
      await recordAudit(manager, this.ctx.viewer, {
        councilKey: round.councilKey,
        roundKey: round.key,
        action: "compensationRateSet",
        entityType: "Round",
        entityId: round.key,
        after: { basis, rateMinor, currency, sessions: keys, entries: entries.length },
      });
      return entries.length;
    });
  }

  /**
   * Records a payment once per idempotency key (a unique index, not only this check): a retry with
   * the same key returns the first payment; the same key with different details is refused.
   */
  async recordPayment(
    round: Round,
    member: PanelMember,
    values: PaymentValues,
  ): Promise<CommandResult<{ payment: Payment; replayed: boolean }>> {
    const attempt = () =>
      runCommand(this.ctx, async (manager) => {
        const currency = round.compensationCurrency;
        if (!currency)
          throw UserErrorException.of(UserErrorCode.REQUIRED, "The round has no compensation currency.", [
            "input",
            "member",
          ]);
        if (values.currency !== undefined && values.currency !== currency)
          throw UserErrorException.of(
            UserErrorCode.CURRENCY_MISMATCH,
            `Panel pay in this round is in ${currency} (got ${values.currency}).`,
            ["input", "currency"],
          );
        const repo = manager.getRepository(Payment);
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
          await recordAudit(manager, this.ctx.viewer, {
            councilKey: round.councilKey,
            roundKey: round.key,
            action: "paymentRecord",
            entityType: "Payment",
            entityId: existing.key,
            after: { replayed: true },
          });
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
        await recordAudit(manager, this.ctx.viewer, {
          councilKey: round.councilKey,
          roundKey: round.key,
          action: "paymentRecord",
          entityType: "Payment",
          entityId: payment.key,
          after: { member: member.key, amountMinor: payment.amountMinor, currency, paidOn: payment.paidOn },
        });
        return { payment, replayed: false };
      });
    try {
      return await attempt();
    } catch (error) {
      // Two concurrent requests with the same key: the loser's insert hits the unique index; its
      // transaction rolled back, so retry once — it now finds and returns the winner's payment.
      if (isUniqueViolation(error)) return attempt();
      throw error;
    }
  }
}
