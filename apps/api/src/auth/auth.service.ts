import { IsNull, type EntityManager } from "typeorm";
import type { GraphQLContext, Viewer } from "../graphql/context.js";
import { runCommand, type CommandResult } from "../common/command.js";
import { UserErrorCode, UserErrorException } from "../common/user-error.js";
import { recordAudit } from "../audit/audit.service.js";
import { AuthToken } from "./auth-token.entity.js";
import { UserAccount } from "./user.entity.js";
import { PanelMember } from "../panel/panel-member.entity.js";
import { Round } from "../round/round.entity.js";
import { hashPassword, verifyPassword } from "./password.js";
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
  kind: "session" | "panel" | "api_key",
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
      expiresAt: new Date(Date.now() + ttlMs),
    }),
  );
  return { token, row };
}

function viewerOfUser(user: UserAccount, tokenKey: number): Viewer {
  const kind = user.role === "administrator" ? "administrator" : user.role === "analyst" ? "analyst" : "officer";
  return { kind, userKey: user.key, councilKey: user.councilKey, tokenKey };
}

export class AuthService {
  constructor(private readonly ctx: GraphQLContext) {}

  /**
   * Officer (or administrator) login. Unknown email, wrong password, disabled account and
   * non-officer roles all give the same INVALID_CREDENTIALS message, after the same scrypt work.
   */
  officerLogin(email: string, password: string): Promise<CommandResult<IssuedToken>> {
    return runCommand(this.ctx, async (manager) => {
      const user = await manager.getRepository(UserAccount).findOneBy({ email: email.trim().toLowerCase() });
      const ok = await verifyPassword(password, user?.passwordHash ?? (await dummyPasswordHash()));
      if (!user || !ok || user.disabledAt !== null || (user.role !== "officer" && user.role !== "administrator")) {
        throw UserErrorException.of(UserErrorCode.INVALID_CREDENTIALS, INVALID_CREDENTIALS_MESSAGE, [
          "input",
          "password",
        ]);
      }
      const { token, row } = await issueToken(manager, "session", { userKey: user.key }, SESSION_TTL_MS);
      const viewer = viewerOfUser(user, row.key);
      await recordAudit(manager, viewer, {
        councilKey: user.councilKey,
        action: "officerLogin",
        entityType: "AuthToken",
        entityId: row.key,
        after: { expiresAt: row.expiresAt.toISOString() },
      });
      return { token, expiresAt: row.expiresAt, viewer };
    });
  }

  /** Revokes the token of the current request. */
  logout(): Promise<CommandResult<boolean>> {
    const viewer = this.ctx.viewer;
    return runCommand(this.ctx, async (manager) => {
      if (viewer.tokenKey === undefined) return false;
      const token = await manager.getRepository(AuthToken).findOneBy({ key: viewer.tokenKey });
      if (!token) return false;
      await manager.getRepository(AuthToken).delete({ key: token.key });
      let councilKey: number | null = viewer.councilKey ?? null;
      if (viewer.kind === "panel_member" && viewer.roundKey !== undefined) {
        councilKey = (await manager.getRepository(Round).findOneBy({ key: viewer.roundKey }))?.councilKey ?? null;
      }
      await recordAudit(manager, viewer, {
        councilKey,
        roundKey: viewer.roundKey ?? null,
        action: "logout",
        entityType: "AuthToken",
        entityId: token.key,
      });
      return true;
    });
  }

  /** A panel member redeems a single-use invitation code for a token scoped to their round. */
  panelJoin(code: string): Promise<CommandResult<IssuedToken>> {
    return runCommand(this.ctx, async (manager) => {
      const repo = manager.getRepository(PanelMember);
      const member = await repo.findOneBy({ invitationCodeHash: hashInvitationCode(code) });
      if (!member?.active)
        throw UserErrorException.of(UserErrorCode.INVALID_CREDENTIALS, "This invitation code is not valid.", [
          "input",
          "invitationCode",
        ]);
      if (member.invitationUsedAt !== null)
        throw UserErrorException.of(
          UserErrorCode.INVITATION_USED,
          "This invitation code has already been used. Ask the council officer for a new one.",
          ["input", "invitationCode"],
        );
      // Single use even under concurrent redemption: only one UPDATE can see invitationUsedAt IS NULL.
      const result = await repo.update(
        { key: member.key, invitationUsedAt: IsNull() },
        { invitationUsedAt: new Date() },
      );
      if (result.affected === 0)
        throw UserErrorException.of(
          UserErrorCode.INVITATION_USED,
          "This invitation code has already been used. Ask the council officer for a new one.",
          ["input", "invitationCode"],
        );
      const { token, row } = await issueToken(manager, "panel", { memberKey: member.key }, PANEL_TOKEN_TTL_MS);
      const viewer: Viewer = {
        kind: "panel_member",
        memberKey: member.key,
        roundKey: member.roundKey,
        tokenKey: row.key,
      };
      const round = await manager.getRepository(Round).findOneByOrFail({ key: member.roundKey });
      await recordAudit(manager, viewer, {
        councilKey: round.councilKey,
        roundKey: round.key,
        action: "panelJoin",
        entityType: "PanelMember",
        entityId: member.key,
      });
      return { token, expiresAt: row.expiresAt, viewer };
    });
  }

  /** Administrators issue analyst API keys (read-only, higher query limits). */
  analystKeyCreate(input: {
    email: string;
    displayName: string;
    expiresInDays?: number;
  }): Promise<CommandResult<{ key: string; expiresAt: Date }>> {
    const viewer = this.ctx.viewer;
    return runCommand(this.ctx, async (manager) => {
      const email = input.email.trim().toLowerCase();
      const users = manager.getRepository(UserAccount);
      let user = await users.findOneBy({ email });
      if (user && user.role !== "analyst")
        throw UserErrorException.of(
          UserErrorCode.DUPLICATE,
          "This email belongs to an account that is not an analyst.",
          ["input", "email"],
        );
      // Analysts never log in with a password: store an unusable random hash.
      user ??= await users.save(
        Object.assign(new UserAccount(), {
          email,
          displayName: input.displayName,
          passwordHash: await hashPassword(generateToken()),
          role: "analyst",
          councilKey: null,
          disabledAt: null,
        }),
      );
      const ttl = input.expiresInDays !== undefined ? input.expiresInDays * 24 * 60 * 60 * 1000 : API_KEY_TTL_MS;
      const { token, row } = await issueToken(manager, "api_key", { userKey: user.key }, ttl);
      await recordAudit(manager, viewer, {
        councilKey: null,
        action: "analystKeyCreate",
        entityType: "AuthToken",
        entityId: row.key,
        after: { analyst: user.key, expiresAt: row.expiresAt.toISOString() },
      });
      return { key: token, expiresAt: row.expiresAt };
    });
  }
}
