import { GraphQLError } from "graphql";
import type { GraphQLContext, Viewer } from "../graphql/context.js";

/**
 * Tenancy rules, checked in every mutation before any write:
 * - anonymous residents read public data only;
 * - an officer changes only their own council's data (administrators any council);
 * - a panel member acts only within their own round;
 * - analysts are read-only.
 * Errors are UNAUTHENTICATED / FORBIDDEN with no detail about the target.
 */
export function requireSignedIn(viewer: Viewer): void {
  if (viewer.kind === "anonymous")
    throw new GraphQLError("Sign in required", { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });
}

export function forbidden(): GraphQLError {
  return new GraphQLError("Access denied", { extensions: { code: "FORBIDDEN", http: { status: 403 } } });
}

export function requireOfficerOf(ctx: GraphQLContext, councilKey: number): void {
  requireSignedIn(ctx.viewer);
  if (ctx.viewer.kind === "administrator") return;
  if (ctx.viewer.kind === "officer" && ctx.viewer.councilKey === councilKey) return;
  throw forbidden();
}

export function requirePanelMemberOf(ctx: GraphQLContext, roundKey: number): number {
  requireSignedIn(ctx.viewer);
  if (ctx.viewer.kind === "panel_member" && ctx.viewer.roundKey === roundKey && ctx.viewer.memberKey !== undefined)
    return ctx.viewer.memberKey;
  throw forbidden();
}

/** Officers of the round's council, or members of the round's panel. */
export function requireOfficerOrPanelMember(ctx: GraphQLContext, councilKey: number, roundKey: number): void {
  requireSignedIn(ctx.viewer);
  if (ctx.viewer.kind === "panel_member") {
    requirePanelMemberOf(ctx, roundKey);
    return;
  }
  requireOfficerOf(ctx, councilKey);
}

export function actorOf(viewer: Viewer): string {
  if (viewer.kind === "panel_member") return `member:${viewer.memberKey ?? "?"}`;
  if (viewer.userKey !== undefined) return `user:${viewer.userKey}`;
  return "system";
}
