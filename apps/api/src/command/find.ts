import { type EntityManager, type EntityTarget, type ObjectLiteral, QueryFailedError } from "typeorm";
import { TargetNotFound } from "./errors.js";
import { UserErrorCode, UserErrorException } from "./user-error.js";
import type { Missing } from "./define-command.js";

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

/** A row by key, or the failure `missing` asks for: NOT_FOUND on `field` as a userError, or TargetNotFound. */
export async function mustFind<T extends ObjectLiteral & { key: number }>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  key: number,
  options: { field: string[]; label: string; missing?: Missing; lock?: boolean },
): Promise<T> {
  const row = options.lock
    ? await loadForUpdate(manager, entity, key)
    : await manager.getRepository(entity).findOne({ where: { key } as never });
  if (row) return row;
  if (options.missing === "notFound") throw new TargetNotFound(options.field.join("."));
  throw UserErrorException.of(UserErrorCode.NOT_FOUND, `No such ${options.label}.`, options.field);
}

/** A unique-constraint violation, on either driver. */
export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const code = (error as QueryFailedError & { driverError?: { code?: string } }).driverError?.code ?? "";
  return code === "23505" || code === "SQLITE_CONSTRAINT_UNIQUE" || code === "SQLITE_CONSTRAINT_PRIMARYKEY";
}
