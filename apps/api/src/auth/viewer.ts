import { GraphQLError } from "graphql";
import type { DataSource } from "typeorm";
import type { Viewer } from "./actor.js";
import { AuthToken } from "./auth-token.entity.js";
import { UserAccount } from "./user.entity.js";
import { PanelMember } from "../panel/panel-member.entity.js";
import { hashToken } from "./token.js";

export const ANONYMOUS: Viewer = { kind: "anonymous" };

function unauthenticated(): GraphQLError {
  return new GraphQLError("Invalid or expired token", {
    extensions: { code: "UNAUTHENTICATED", http: { status: 401 } },
  });
}

/**
 * Builds the Viewer from an `Authorization: Bearer <token>` header, statelessly: the token's
 * SHA-256 hash is looked up in `auth_token` on every request (any replica can check any token).
 * No header → anonymous. A malformed, unknown, expired or revoked token → UNAUTHENTICATED (401), so a
 * client never silently continues as anonymous after its session ended.
 */
export async function viewerFromAuthorization(
  dataSource: DataSource,
  header: string | undefined,
  now = new Date(),
): Promise<Viewer> {
  if (header === undefined || header.trim() === "") return ANONYMOUS;
  const match = /^Bearer\s+([A-Za-z0-9_-]{20,200})\s*$/i.exec(header);
  if (!match?.[1]) throw unauthenticated();
  const token = await dataSource.getRepository(AuthToken).findOneBy({ tokenHash: hashToken(match[1]) });
  if (!token || token.expiresAt.getTime() <= now.getTime()) throw unauthenticated();
  if (token.kind === "panel") {
    if (token.memberKey === null) throw unauthenticated();
    const member = await dataSource.getRepository(PanelMember).findOneBy({ key: token.memberKey });
    if (!member?.active) throw unauthenticated();
    return { kind: "panel_member", memberKey: member.key, roundKey: member.roundKey, tokenKey: token.key };
  }
  if (token.userKey === null) throw unauthenticated();
  const user = await dataSource.getRepository(UserAccount).findOneBy({ key: token.userKey });
  if (!user || user.disabledAt !== null) throw unauthenticated();
  const kind =
    user.role === "administrator"
      ? "administrator"
      : user.role === "analyst"
        ? "analyst"
        : user.role === "officer"
          ? "officer"
          : null;
  if (!kind) throw unauthenticated();
  const viewer: Viewer = { kind, userKey: user.key, councilKey: user.councilKey, tokenKey: token.key };
  if (token.kind === "session_enrol") viewer.twoFactorEnrolmentOnly = true;
  return viewer;
}
