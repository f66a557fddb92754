import { IsInt, IsString, Length, Matches, Min } from "class-validator";
import { Field, InputType } from "type-graphql";
import { type EntityManager, type EntityTarget, type ObjectLiteral, QueryFailedError } from "typeorm";
import { hasReached, PHASES, type Phase } from "@coproduce/domain";
import { Round } from "../round/round.entity.js";
import { requirePhase as lifecycleRequirePhase } from "../round/round-lifecycle.js";
import { SafeIntScalar } from "../graphql/scalars.js";
import { UserErrorCode, UserErrorException } from "../common/user-error.js";

/**
 * Helpers shared by the write side of outcomes, tenders, bids, ballots, decisions and awards.
 * Phase checks use the domain's lifecycle (packages/domain round/phase.ts).
 */

@InputType({ description: "An amount of money: integer minor units (pence) and a currency code." })
export class MoneyInput {
  @Field(() => SafeIntScalar, { description: "Amount in minor units, e.g. 3200000 = £32,000." })
  @IsInt()
  @Min(0)
  amountMinor: number;

  @Field({ description: "Currency code, e.g. GBP (ISO 4217) or BRX (Brixton Pound)." })
  @IsString()
  @Length(3, 3)
  @Matches(/^[A-Z]{3}$/)
  currency: string;
}

export function phaseOf(round: Round): Phase {
  const phase = round.phase as Phase;
  if (!PHASES.includes(phase)) throw new Error(`Round ${round.key} has an unknown phase ${round.phase}`);
  return phase;
}

/** WRONG_PHASE unless the round is in one of `phases` (the lifecycle's guard; `what` names the action for the message). */
export function requirePhase(round: Round, phases: readonly Phase[], what: string): void {
  try {
    lifecycleRequirePhase(round, phases, ["input"]);
  } catch (error) {
    if (error instanceof UserErrorException)
      throw UserErrorException.of(UserErrorCode.WRONG_PHASE, `${what}: ${error.message}`, ["input"]);
    throw error;
  }
}

/** True once the round has passed `phase` (strictly later). */
export function hasPassed(round: Round, phase: Phase): boolean {
  return phaseOf(round) !== phase && hasReached(phaseOf(round), phase);
}

/**
 * Loads a row for an update that must not race with another (totals against a pot or an award):
 * a row lock on PostgreSQL; SQLite serialises write transactions already.
 */
export async function loadForUpdate<T extends ObjectLiteral & { key: number }>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  key: number,
): Promise<T | null> {
  const repo = manager.getRepository(entity);
  if (manager.connection.options.type === "postgres") {
    return repo.findOne({ where: { key } as never, lock: { mode: "pessimistic_write" } });
  }
  return repo.findOne({ where: { key } as never });
}

export async function mustFind<T extends ObjectLiteral & { key: number }>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  key: number,
  field: string[],
  label: string,
  lock = false,
): Promise<T> {
  const row = lock
    ? await loadForUpdate(manager, entity, key)
    : await manager.getRepository(entity).findOne({ where: { key } as never });
  if (!row) throw UserErrorException.of(UserErrorCode.NOT_FOUND, `No such ${label}.`, field);
  return row;
}

/** A unique-constraint violation, on either driver. */
export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = (error as QueryFailedError & { driverError?: { code?: string } }).driverError;
  const code = driverError?.code ?? "";
  return code === "23505" || code === "SQLITE_CONSTRAINT_UNIQUE" || code === "SQLITE_CONSTRAINT_PRIMARYKEY";
}

export function sameCurrency(expected: string, money: MoneyInput, field: string[]): void {
  if (money.currency !== expected) {
    throw UserErrorException.of(
      UserErrorCode.CURRENCY_MISMATCH,
      `The amount must be in ${expected}, the round's currency (got ${money.currency}).`,
      field,
    );
  }
}

/** Today's civil date (UTC). */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
