import { IsNull, type EntityManager } from "typeorm";
import type { Viewer } from "./actor.js";
import { defineCommand } from "../command/define-command.js";
import { who } from "../command/permissions.js";
import { UserError, UserErrorCode, UserErrorException } from "../command/user-error.js";
import type { Clock } from "../command/context.js";
import { AuthToken } from "./auth-token.entity.js";
import { UserAccount } from "./user.entity.js";
import { PanelMember } from "../panel/panel-member.entity.js";
import { Round } from "../round/round.entity.js";
import { Council } from "../council/council.entity.js";
import { hashPassword, verifyPassword } from "./password.js";
import { AccountSecurity, RecoveryCode } from "./account-security.entity.js";
import { lockedError, lockedFor, recordFailedSignIn, twoFactorRequiredFor } from "./lockout.js";
import { acceptedTotpStep, hashRecoveryCode, looksLikeTotp } from "./two-factor.js";
import {
  API_KEY_TTL_MS,
  generateToken,
  hashInvitationCode,
  hashToken,
  PANEL_TOKEN_TTL_MS,
  SESSION_TTL_MS,
} from "./token.js";

export interface IssuedToken {
  token: string;
  expiresAt: Date;
  viewer: Viewer;
}

const INVALID_CREDENTIALS_MESSAGE = "The email or password is not correct.";

/** A hash to verify against when the email is unknown, so both failures take the same time. */
let dummyHash: Promise<string> | undefined;
function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(generateToken());
  return dummyHash;
}

async function issueToken(
  manager: EntityManager,
  clock: Clock,
  kind: "session" | "session_enrol" | "panel" | "api_key",
  owner: { userKey?: number; memberKey?: number },
  ttlMs: number,
): Promise<{ token: string; row: AuthToken }> {
  const token = generateToken();
  const row = await manager.save(
    Object.assign(new AuthToken(), {
      tokenHash: hashToken(token),
      kind,
      userKey: owner.userKey ?? null,
      memberKey: owner.memberKey ?? null,
      expiresAt: new Date(clock.now().getTime() + ttlMs),
    }),
  );
  return { token, row };
}

function viewerOfUser(user: UserAccount, tokenKey: number, enrolOnly = false): Viewer {
  const kind = user.role === "administrator" ? "administrator" : user.role === "analyst" ? "analyst" : "officer";
  return {
    kind,
    userKey: user.key,
    councilKey: user.councilKey,
    tokenKey,
    ...(enrolOnly ? { twoFactorEnrolmentOnly: true } : {}),
  };
}

export interface OfficerLoginValues {
  email: string;
  password: string;
  /** The second factor: a TOTP code (six digits) or a recovery code, when the account has one. */
  code?: string | null;
  /** Set by `prepare`: the account whose password (and second factor) were right. */
  verifiedUserKey?: number | null;
  totpStep?: number;
  recoveryCodeKey?: number;
}

const wrongCode = () =>
  UserErrorException.of(UserErrorCode.INVALID_CREDENTIALS, "The two-factor code is not correct.", ["input", "code"]);

/**
 * Officer (or administrator) login. Unknown email, wrong password, disabled account and
 * non-officer roles all give the same INVALID_CREDENTIALS message, after the same scrypt work.
 * A locked account (lockout.ts) is refused with ACCOUNT_LOCKED before any password is checked; an
 * account with two-factor sign-in asks for its code (TWO_FACTOR_REQUIRED) once the password is right.
 * Audited as the account that signed in.
 */
export const officerLogin = defineCommand({
  name: "officerLogin",
  who: who.everyone,
  // The password is checked before the transaction: scrypt must not hold SQLite's write lock.
  async prepare(ctx, input: OfficerLoginValues) {
    const now = ctx.clock.now();
    const user = await ctx.db.getRepository(UserAccount).findOneBy({ email: input.email.trim().toLowerCase() });
    const security = user ? await ctx.db.getRepository(AccountSecurity).findOneBy({ userKey: user.key }) : null;
    const locked = lockedFor(security, now);
    if (locked > 0) throw lockedError(locked);
    const ok = await verifyPassword(input.password, user?.passwordHash ?? (await dummyPasswordHash()));
    const usable = ok && user && user.disabledAt === null && (user.role === "officer" || user.role === "administrator");
    if (!usable || !user) {
      if (user) await recordFailedSignIn(ctx.db, user, now);
      return { verifiedUserKey: null };
    }
    if (!security?.totpEnabledAt || !security.totpSecret) return { verifiedUserKey: user.key };
    const code = input.code?.trim() ?? "";
    if (code === "")
      throw UserErrorException.of(
        UserErrorCode.TWO_FACTOR_REQUIRED,
        "Enter the code from your authenticator app (or a recovery code).",
        ["input", "code"],
      );
    if (looksLikeTotp(code)) {
      const step = await acceptedTotpStep(security.totpSecret, code, security.totpLastStep);
      if (step === null) {
        await recordFailedSignIn(ctx.db, user, now);
        throw wrongCode();
      }
      return { verifiedUserKey: user.key, totpStep: step };
    }
    const recovery = await ctx.db
      .getRepository(RecoveryCode)
      .findOneBy({ userKey: user.key, codeHash: hashRecoveryCode(code), usedAt: IsNull() });
    if (!recovery) {
      await recordFailedSignIn(ctx.db, user, now);
      throw wrongCode();
    }
    return { verifiedUserKey: user.key, recoveryCodeKey: recovery.key };
  },
  load: async () => ({ councilKey: null }),
  async run(tx, input) {
    const user =
      input.verifiedUserKey === null || input.verifiedUserKey === undefined
        ? null
        : await tx.manager.getRepository(UserAccount).findOneBy({ key: input.verifiedUserKey });
    if (!user || user.disabledAt !== null || (user.role !== "officer" && user.role !== "administrator")) {
      throw UserErrorException.of(UserErrorCode.INVALID_CREDENTIALS, INVALID_CREDENTIALS_MESSAGE, [
        "input",
        "password",
      ]);
    }
    // Single use, even for two sign-ins at once: only one UPDATE can match.
    if (input.recoveryCodeKey !== undefined) {
      const used = await tx.manager.update(
        RecoveryCode,
        { key: input.recoveryCodeKey, usedAt: IsNull() },
        { usedAt: tx.clock.now() },
      );
      if (used.affected === 0) throw wrongCode();
    }
    if (input.totpStep !== undefined) {
      const accepted = await tx.manager
        .createQueryBuilder()
        .update(AccountSecurity)
        .set({ totpLastStep: input.totpStep })
        .where(`"userKey" = :userKey AND ("totpLastStep" IS NULL OR "totpLastStep" < :step)`, {
          userKey: user.key,
          step: input.totpStep,
        })
        .execute();
      if (accepted.affected === 0) throw wrongCode();
    }
    await tx.manager.update(AccountSecurity, { userKey: user.key }, { failedLogins: 0 });
    const security = await tx.manager.findOneBy(AccountSecurity, { userKey: user.key });
    // Required but not yet enrolled: a session that may only enrol (and log out).
    const enrolOnly = !security?.totpEnabledAt && (await twoFactorRequiredFor(tx.manager, user));
    const { token, row } = await issueToken(
      tx.manager,
      tx.clock,
      enrolOnly ? "session_enrol" : "session",
      { userKey: user.key },
      SESSION_TTL_MS,
    );
    return {
      token,
      expiresAt: row.expiresAt,
      viewer: viewerOfUser(user, row.key, enrolOnly),
      councilKey: user.councilKey,
      secondFactor:
        input.recoveryCodeKey !== undefined ? "recovery_code" : input.totpStep !== undefined ? "totp" : null,
    };
  },
  audit: ({ viewer, expiresAt, secondFactor }) => ({
    entityType: "AuthToken",
    entityId: viewer.tokenKey,
    actor: viewer,
    after: { expiresAt: expiresAt.toISOString(), ...(secondFactor ? { secondFactor } : {}) },
  }),
});

/** Revokes the token of the current request (nothing to do, and nothing audited, without one). */
export const logout = defineCommand({
  name: "logout",
  who: who.everyone,
  duringTwoFactorEnrolment: true,
  async load(tx) {
    const actor = tx.actor;
    if (actor.kind === "panel_member" && actor.roundKey !== undefined) {
      const round = await tx.manager.getRepository(Round).findOneBy({ key: actor.roundKey });
      return { councilKey: round?.councilKey ?? null, round };
    }
    return { councilKey: actor.councilKey ?? null };
  },
  async run(tx, _input: Record<string, never>) {
    if (tx.actor.tokenKey === undefined) return null;
    const token = await tx.manager.getRepository(AuthToken).findOneBy({ key: tx.actor.tokenKey });
    if (!token) return null;
    await tx.manager.getRepository(AuthToken).delete({ key: token.key });
    return token.key;
  },
  audit: (tokenKey) => (tokenKey === null ? null : { entityType: "AuthToken", entityId: tokenKey }),
});

/**
 * A panel member redeems their invitation code for a long-lived token scoped to their round (a device
 * session, revoked by logout or when an officer re-issues the code). The code is single use across
 * devices: the first redemption binds it to the device (`device`: a random id the device keeps), and
 * the same code entered again on that device signs in again; anywhere else it is INVITATION_USED.
 */
export const panelJoin = defineCommand({
  name: "panelJoin",
  who: who.notReadOnly,
  async load(tx, input: { invitationCode: string; device?: string | null }) {
    const member = await tx.manager
      .getRepository(PanelMember)
      .findOneBy({ invitationCodeHash: hashInvitationCode(input.invitationCode) });
    const round = member ? await tx.manager.getRepository(Round).findOneBy({ key: member.roundKey }) : null;
    return { councilKey: round?.councilKey ?? null, round, member };
  },
  async run(tx, { device }, { member }) {
    const repo = tx.manager.getRepository(PanelMember);
    if (!member?.active)
      throw UserErrorException.of(UserErrorCode.INVALID_CREDENTIALS, "This invitation code is not valid.", [
        "input",
        "invitationCode",
      ]);
    const used = () =>
      UserErrorException.of(
        UserErrorCode.INVITATION_USED,
        "This invitation code has already been used on another device. Ask the council officer for a new one.",
        ["input", "invitationCode"],
      );
    const deviceHash = device ? hashToken(`device:${device}`) : null;
    let rejoined = false;
    if (member.invitationUsedAt !== null) {
      // The same code on the device that first used it: sign in again (the tab was closed, storage cleared).
      if (deviceHash === null || member.invitationDeviceHash !== deviceHash) throw used();
      rejoined = true;
    } else {
      // Single use even under concurrent redemption: only one UPDATE can see invitationUsedAt IS NULL.
      const result = await repo.update(
        { key: member.key, invitationUsedAt: IsNull() },
        { invitationUsedAt: tx.clock.now(), invitationDeviceHash: deviceHash },
      );
      if (result.affected === 0) throw used();
    }
    const { token, row } = await issueToken(
      tx.manager,
      tx.clock,
      "panel",
      { memberKey: member.key },
      PANEL_TOKEN_TTL_MS,
    );
    const viewer: Viewer = {
      kind: "panel_member",
      memberKey: member.key,
      roundKey: member.roundKey,
      tokenKey: row.key,
    };
    return { token, expiresAt: row.expiresAt, viewer, memberKey: member.key, rejoined };
  },
  audit: ({ viewer, memberKey, rejoined }) => ({
    entityType: "PanelMember",
    entityId: memberKey,
    actor: viewer,
    after: { rejoined },
  }),
});

/** Administrators issue analyst API keys (read-only, higher query limits). */
export const analystKeyCreate = defineCommand({
  name: "analystKeyCreate",
  who: who.administrator,
  prepare: async () => ({ unusableHash: await hashPassword(generateToken()) }),
  load: async () => ({ councilKey: null }),
  async run(tx, input: { email: string; displayName: string; expiresInDays?: number; unusableHash?: string }) {
    const email = input.email.trim().toLowerCase();
    const users = tx.manager.getRepository(UserAccount);
    let user = await users.findOneBy({ email });
    if (user && user.role !== "analyst")
      throw UserErrorException.of(UserErrorCode.DUPLICATE, "This email belongs to an account that is not an analyst.", [
        "input",
        "email",
      ]);
    // Analysts never log in with a password: store an unusable random hash.
    user ??= await users.save(
      Object.assign(new UserAccount(), {
        email,
        displayName: input.displayName,
        passwordHash: input.unusableHash!,
        role: "analyst",
        councilKey: null,
        disabledAt: null,
      }),
    );
    const ttl = input.expiresInDays !== undefined ? input.expiresInDays * 24 * 60 * 60 * 1000 : API_KEY_TTL_MS;
    const { token, row } = await issueToken(tx.manager, tx.clock, "api_key", { userKey: user.key }, ttl);
    return { key: token, expiresAt: row.expiresAt, tokenKey: row.key, analyst: user.key };
  },
  audit: ({ tokenKey, analyst, expiresAt }) => ({
    entityType: "AuthToken",
    entityId: tokenKey,
    after: { analyst, expiresAt: expiresAt.toISOString() },
  }),
});

export const MIN_PASSWORD_LENGTH = 10;
export const ACCOUNT_ROLES = ["officer", "administrator"] as const;

export interface AccountValues {
  email: string;
  displayName: string;
  role: string;
  /** The council's slug (officers belong to exactly one council; administrators to none). */
  council?: string | null;
  password: string;
  /** Set by `prepare` (the hash is computed before the transaction, not under its lock). */
  passwordHash?: string;
}

/**
 * Creates an officer or administrator account: how a fresh installation gets its first
 * administrator (at the command line) and how a council's officers are added. Every problem is a
 * userError naming its field; nothing is written unless all is well. The password is never audited.
 */
export const userAccountCreate = defineCommand({
  name: "userAccountCreate",
  who: who.administrator,
  prepare: async (_ctx, fields: AccountValues) =>
    fields.password.length >= MIN_PASSWORD_LENGTH ? { passwordHash: await hashPassword(fields.password) } : {},
  load: async () => ({ councilKey: null }),
  async run(tx, fields) {
    const errors: UserError[] = [];
    const field = (name: string) => ["input", name];
    const email = fields.email.trim().toLowerCase();
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
      errors.push(UserError.of(UserErrorCode.INVALID, `"${fields.email}" is not an email address`, field("email")));
    const name = fields.displayName.trim();
    if (name.length === 0 || name.length > 200)
      errors.push(
        UserError.of(UserErrorCode.OUT_OF_RANGE, "Give a display name of 1 to 200 characters", field("displayName")),
      );
    if (!(ACCOUNT_ROLES as readonly string[]).includes(fields.role))
      errors.push(
        UserError.of(
          UserErrorCode.INVALID,
          `"${fields.role}" is not one of ${ACCOUNT_ROLES.join(", ")}`,
          field("role"),
        ),
      );
    if (fields.role === "officer" && !fields.council)
      errors.push(
        UserError.of(UserErrorCode.REQUIRED, "An officer belongs to a council (give its slug)", field("council")),
      );
    if (fields.role === "administrator" && fields.council)
      errors.push(UserError.of(UserErrorCode.INVALID, "Administrators do not belong to a council", field("council")));
    if (fields.password.length < MIN_PASSWORD_LENGTH)
      errors.push(
        UserError.of(
          UserErrorCode.INVALID,
          `The password must have at least ${MIN_PASSWORD_LENGTH} characters`,
          field("password"),
        ),
      );
    if (errors.length > 0) throw new UserErrorException(errors);
    let councilKey: number | null = null;
    if (fields.council) {
      const council = await tx.manager.findOneBy(Council, { slug: fields.council });
      if (!council)
        throw UserErrorException.of(UserErrorCode.NOT_FOUND, `No council "${fields.council}"`, field("council"));
      councilKey = council.key;
    }
    if (await tx.manager.existsBy(UserAccount, { email }))
      throw UserErrorException.of(UserErrorCode.DUPLICATE, `An account for ${email} already exists`, field("email"));
    return tx.manager.save(
      Object.assign(new UserAccount(), {
        email,
        displayName: name,
        passwordHash: fields.passwordHash!,
        role: fields.role,
        councilKey,
        disabledAt: null,
      }),
    );
  },
  audit: (user) => ({
    entityType: "UserAccount",
    entityId: user.key,
    after: { role: user.role, councilKey: user.councilKey },
  }),
});
