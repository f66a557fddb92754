import { GraphQLError } from "graphql";
import type { GraphQLContext } from "../graphql/context.js";
import type { Viewer } from "./actor.js";

/**
 * Read-side guards of the GraphQL layer (private fields, console-only queries). Writes are guarded
 * by their command's declared permission instead (command/permissions.ts).
 */
export function requireSignedIn(viewer: Viewer): void {
  if (viewer.kind === "anonymous")
    throw new GraphQLError("Sign in required", { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });
}

export function forbidden(): GraphQLError {
  return new GraphQLError("Access denied", { extensions: { code: "FORBIDDEN", http: { status: 403 } } });
}

/** Officers of this council (and administrators); FORBIDDEN (with no detail) otherwise. */
export function requireOfficerOf(ctx: GraphQLContext, councilKey: number): void {
  requireSignedIn(ctx.viewer);
  if (!isOfficerOf(ctx, councilKey)) throw forbidden();
}

/** The member's key when the viewer is a member of this round's panel; FORBIDDEN otherwise. */
export function requirePanelMemberOf(ctx: GraphQLContext, roundKey: number): number {
  requireSignedIn(ctx.viewer);
  if (ctx.viewer.kind === "panel_member" && ctx.viewer.roundKey === roundKey && ctx.viewer.memberKey !== undefined)
    return ctx.viewer.memberKey;
  throw forbidden();
}

/** Administrators only (e.g. issuing analyst API keys). */
export function requireAdministrator(ctx: GraphQLContext): void {
  requireSignedIn(ctx.viewer);
  if (ctx.viewer.kind !== "administrator") throw forbidden();
}

/** True for officers of this council (and administrators): who may see private panel data. */
export function isOfficerOf(ctx: GraphQLContext, councilKey: number): boolean {
  if (ctx.viewer.twoFactorEnrolmentOnly) return false;
  return ctx.viewer.kind === "administrator" || (ctx.viewer.kind === "officer" && ctx.viewer.councilKey === councilKey);
}
