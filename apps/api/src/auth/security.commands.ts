import { IsNull } from "typeorm";
import { defineCommand, type Tx } from "../command/define-command.js";
import { permission, who } from "../command/permissions.js";
import { UserErrorCode, UserErrorException } from "../command/user-error.js";
import { actorOf } from "./actor.js";
import { AccountSecurity, RecoveryCode, TwoFactorRequirement } from "./account-security.entity.js";
import { AuthToken } from "./auth-token.entity.js";
import { UserAccount } from "./user.entity.js";
import { Council } from "../council/council.entity.js";
import { twoFactorRequiredFor } from "./lockout.js";
import {
  acceptedTotpStep,
  hashRecoveryCode,
  looksLikeTotp,
  newRecoveryCodes,
  newTotpSecret,
  totpUri,
} from "./two-factor.js";

/**
 * An administrator or an officer of the account's council unlocks an account locked by failed
 * sign-ins (lockout.ts). Audited with the lock it lifted. Officers cannot unlock administrators.
 */
export const accountUnlock = defineCommand({
  name: "accountUnlock",
  who: who.councilOfficer,
  async load(tx, input: { email: string }) {
    const user = await tx.manager.findOneBy(UserAccount, { email: input.email.trim().toLowerCase() });
    if (!user || (user.role !== "officer" && user.role !== "administrator"))
      throw UserErrorException.of(UserErrorCode.NOT_FOUND, "No officer or administrator account with this email.", [
        "input",
        "email",
      ]);
    return { councilKey: user.councilKey, user };
  },
  async run(tx, _input, { user }) {
    const security = await tx.manager.findOneBy(AccountSecurity, { userKey: user.key });
    const before = {
      lockedUntil: security?.lockedUntil?.toISOString() ?? null,
      failedSignIns: security?.failedLogins ?? 0,
    };
    if (security)
      await tx.manager.update(AccountSecurity, { userKey: user.key }, { lockedUntil: null, failedLogins: 0 });
    return { user, before, wasLocked: (security?.lockedUntil?.getTime() ?? 0) > tx.clock.now().getTime() };
  },
  audit: ({ user, before }) => ({
    entityType: "UserAccount",
    entityId: user.key,
    before,
    after: { lockedUntil: null, failedSignIns: 0 },
  }),
});

/** Officers and administrators, on their own account. */
const ownAccount = permission(
  "officers and administrators (their own account)",
  true,
  (actor) => (actor.kind === "officer" || actor.kind === "administrator") && actor.userKey !== undefined,
);

async function ownSecurity(tx: Tx): Promise<{ user: UserAccount; security: AccountSecurity }> {
  const user = await tx.manager.findOneByOrFail(UserAccount, { key: tx.actor.userKey });
  let security = await tx.manager.findOneBy(AccountSecurity, { userKey: user.key });
  if (!security) {
    await tx.manager.insert(AccountSecurity, { userKey: user.key, failedLogins: 0 });
    security = await tx.manager.findOneByOrFail(AccountSecurity, { userKey: user.key });
  }
  return { user, security };
}

/**
 * Step 1 of setting up two-factor sign-in: a new TOTP secret (and its otpauth:// URI, for a QR
 * code or to type into an authenticator app). Nothing changes at sign-in until it is confirmed.
 * The audit never records the secret.
 */
export const twoFactorEnrolStart = defineCommand({
  name: "twoFactorEnrolStart",
  who: ownAccount,
  duringTwoFactorEnrolment: true,
  load: async (tx) => ({ councilKey: tx.actor.councilKey ?? null }),
  async run(tx) {
    const { user, security } = await ownSecurity(tx);
    if (security.totpEnabledAt)
      throw UserErrorException.of(UserErrorCode.FROZEN, "Two-factor sign-in is already on for this account.", [
        "input",
      ]);
    const secret = newTotpSecret();
    await tx.manager.update(AccountSecurity, { userKey: user.key }, { totpSecret: secret, totpLastStep: null });
    return { user, secret, uri: totpUri(secret, user.email) };
  },
  audit: ({ user }) => ({ entityType: "UserAccount", entityId: user.key, after: { twoFactor: "enrolling" } }),
});

/**
 * Step 2: a code from the app proves it holds the secret; two-factor sign-in is on from now, and
 * ten single-use recovery codes are returned (shown once; only their hashes are stored). A session
 * that could only enrol becomes a full one.
 */
export const twoFactorEnrolConfirm = defineCommand({
  name: "twoFactorEnrolConfirm",
  who: ownAccount,
  duringTwoFactorEnrolment: true,
  load: async (tx, _input: { code: string }) => ({ councilKey: tx.actor.councilKey ?? null }),
  async run(tx, { code }) {
    const { user, security } = await ownSecurity(tx);
    if (security.totpEnabledAt)
      throw UserErrorException.of(UserErrorCode.FROZEN, "Two-factor sign-in is already on for this account.", [
        "input",
      ]);
    if (!security.totpSecret)
      throw UserErrorException.of(UserErrorCode.INVALID, "Start the set-up first (twoFactorEnrolStart).", ["input"]);
    const step = await acceptedTotpStep(security.totpSecret, code, null);
    if (step === null)
      throw UserErrorException.of(UserErrorCode.INVALID_CREDENTIALS, "The code is not correct.", ["input", "code"]);
    const now = tx.clock.now();
    await tx.manager.update(AccountSecurity, { userKey: user.key }, { totpEnabledAt: now, totpLastStep: step });
    const codes = newRecoveryCodes();
    await tx.manager.delete(RecoveryCode, { userKey: user.key });
    await tx.manager.insert(
      RecoveryCode,
      codes.map((c) => ({ userKey: user.key, codeHash: hashRecoveryCode(c), usedAt: null })),
    );
    if (tx.actor.tokenKey !== undefined)
      await tx.manager.update(AuthToken, { key: tx.actor.tokenKey, kind: "session_enrol" }, { kind: "session" });
    return { user, recoveryCodes: codes };
  },
  audit: ({ user, recoveryCodes }) => ({
    entityType: "UserAccount",
    entityId: user.key,
    after: { twoFactor: "on", recoveryCodes: recoveryCodes.length },
  }),
});

/**
 * Turns two-factor sign-in off for one's own account, with a current code (or a recovery code).
 * Refused while the account's council or the instance requires it.
 */
export const twoFactorDisable = defineCommand({
  name: "twoFactorDisable",
  who: ownAccount,
  load: async (tx, _input: { code: string }) => ({ councilKey: tx.actor.councilKey ?? null }),
  async run(tx, { code }) {
    const { user, security } = await ownSecurity(tx);
    if (!security.totpEnabledAt || !security.totpSecret)
      throw UserErrorException.of(UserErrorCode.INVALID, "Two-factor sign-in is not on for this account.", ["input"]);
    if (await twoFactorRequiredFor(tx.manager, user))
      throw UserErrorException.of(UserErrorCode.FROZEN, "Two-factor sign-in is required for your account.", ["input"]);
    const ok = looksLikeTotp(code)
      ? (await acceptedTotpStep(security.totpSecret, code, security.totpLastStep)) !== null
      : (
          await tx.manager.update(
            RecoveryCode,
            { userKey: user.key, codeHash: hashRecoveryCode(code), usedAt: IsNull() },
            { usedAt: tx.clock.now() },
          )
        ).affected !== 0;
    if (!ok)
      throw UserErrorException.of(UserErrorCode.INVALID_CREDENTIALS, "The code is not correct.", ["input", "code"]);
    await tx.manager.update(
      AccountSecurity,
      { userKey: user.key },
      { totpSecret: null, totpEnabledAt: null, totpLastStep: null },
    );
    await tx.manager.delete(RecoveryCode, { userKey: user.key });
    return user;
  },
  audit: (user) => ({ entityType: "UserAccount", entityId: user.key, after: { twoFactor: "off" } }),
});

/**
 * Administrators require (or stop requiring) two-factor sign-in for one council's officers, or,
 * without a council, for every officer and administrator of the instance. Accounts without a second
 * factor then sign in to a session that may only set one up.
 */
export const twoFactorRequire = defineCommand({
  name: "twoFactorRequire",
  who: who.administrator,
  async load(tx, input: { councilKey: number | null; required: boolean }) {
    if (input.councilKey !== null)
      await tx.find(Council, input.councilKey, { field: ["input", "council"], label: "council" });
    return { councilKey: input.councilKey };
  },
  async run(tx, { councilKey, required }) {
    const scope = councilKey === null ? "instance" : `council:${councilKey}`;
    const repo = tx.manager.getRepository(TwoFactorRequirement);
    const before = await repo.existsBy({ scope });
    if (required && !before) await repo.insert({ scope, requiredSince: tx.clock.now(), requiredBy: actorOf(tx.actor) });
    if (!required && before) await repo.delete({ scope });
    return { scope, before, required };
  },
  audit: ({ scope, before, required }) => ({
    entityType: "TwoFactorRequirement",
    entityId: scope,
    before: { required: before },
    after: { required },
  }),
});
