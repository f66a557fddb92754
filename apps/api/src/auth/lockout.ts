import type { DataSource, EntityManager } from "typeorm";
import { serialisedOnSqlite } from "../command/execute.js";
import { recordAudit } from "../audit/audit.service.js";
import { isUniqueViolation } from "../command/find.js";
import { UserErrorCode, UserErrorException } from "../command/user-error.js";
import { AccountSecurity, TwoFactorRequirement } from "./account-security.entity.js";
import type { UserAccount } from "./user.entity.js";

/**
 * Account lockout (README, security): after `LOCKOUT_AFTER` consecutive failed sign-ins (a wrong
 * password or second-factor code) the account is locked for `LOCKOUT_MS`, or until an officer of
 * its council or an administrator unlocks it (`accountUnlock`, audited). The state is in the
 * database, so every replica and the CLI see the same lock.
 */
export const LOCKOUT_AFTER = 5;
export const LOCKOUT_MS = 15 * 60 * 1000;

export const LOCKED_MESSAGE = "Too many failed sign-ins: this account is locked for now.";

export function lockedError(seconds: number): UserErrorException {
  return UserErrorException.of(UserErrorCode.ACCOUNT_LOCKED, LOCKED_MESSAGE, ["input", "email"], seconds);
}

/** Whole seconds the account stays locked (0: not locked). */
export function lockedFor(security: AccountSecurity | null, now: Date): number {
  if (!security?.lockedUntil) return 0;
  const ms = security.lockedUntil.getTime() - now.getTime();
  return ms > 0 ? Math.ceil(ms / 1000) : 0;
}

async function ensureRow(manager: EntityManager, userKey: number): Promise<void> {
  if (await manager.existsBy(AccountSecurity, { userKey })) return;
  try {
    await manager.insert(AccountSecurity, { userKey, failedLogins: 0 });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
}

/**
 * Counts one failed sign-in, in its own small transaction (the sign-in itself writes nothing when
 * it fails); the failure that reaches `LOCKOUT_AFTER` locks the account and is audited.
 */
export async function recordFailedSignIn(db: DataSource, user: UserAccount, now: Date): Promise<void> {
  await serialisedOnSqlite(db, () =>
    db.transaction(async (manager) => {
      await ensureRow(manager, user.key);
      await manager
        .createQueryBuilder()
        .update(AccountSecurity)
        .set({ failedLogins: () => `"failedLogins" + 1` })
        .where(`"userKey" = :userKey`, { userKey: user.key })
        .execute();
      const row = await manager.findOneByOrFail(AccountSecurity, { userKey: user.key });
      if (row.failedLogins < LOCKOUT_AFTER) return;
      const lockedUntil = new Date(now.getTime() + LOCKOUT_MS);
      await manager.update(AccountSecurity, { userKey: user.key }, { failedLogins: 0, lockedUntil });
      await recordAudit(
        manager,
        { kind: "system", label: "lockout" },
        {
          councilKey: user.councilKey,
          action: "accountLock",
          entityType: "UserAccount",
          entityId: user.key,
          after: { lockedUntil: lockedUntil.toISOString(), failedSignIns: LOCKOUT_AFTER },
        },
      );
    }),
  );
}

/** Whether this account must sign in with a second factor (its council's or the instance's requirement). */
export async function twoFactorRequiredFor(
  manager: EntityManager,
  user: Pick<UserAccount, "councilKey">,
): Promise<boolean> {
  const scopes = ["instance", ...(user.councilKey === null ? [] : [`council:${user.councilKey}`])];
  for (const scope of scopes) if (await manager.existsBy(TwoFactorRequirement, { scope })) return true;
  return false;
}
