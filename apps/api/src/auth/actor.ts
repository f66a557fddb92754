/**
 * Who is acting: the same for every transport (GraphQL request, CLI, seed). Anonymous residents
 * read public data; officers act within their council; panel members within their round; analysts
 * only read; the `system` actor is the operator at the command line (whoever may open the database).
 */
export interface Viewer {
  kind: "anonymous" | "officer" | "analyst" | "administrator" | "panel_member" | "system";
  userKey?: number;
  councilKey?: number | null;
  memberKey?: number;
  roundKey?: number;
  /** The bearer token this request was authenticated with (so `logout` can revoke it). */
  tokenKey?: number;
  /**
   * Signed in while two-factor sign-in is required of the account but not yet set up: the session
   * may only enrol a second factor (and log out); every other command is refused TWO_FACTOR_REQUIRED.
   */
  twoFactorEnrolmentOnly?: boolean;
  /** For the system actor: which tool acted, e.g. `cli:import-pb` (written to the audit log). */
  label?: string;
}

export const ANONYMOUS: Viewer = { kind: "anonymous" };

/** The audit log's name for an actor: never a name or an email, only a role and a key. */
export function actorOf(viewer: Viewer): string {
  if (viewer.kind === "panel_member") return `member:${viewer.memberKey ?? "?"}`;
  if (viewer.kind === "system") return viewer.label ?? "system";
  if (viewer.userKey !== undefined) return `user:${viewer.userKey}`;
  return "system";
}
