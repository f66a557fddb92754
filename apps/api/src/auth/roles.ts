import type { GraphQLContext } from "../graphql/context.js";
import { forbidden, requireSignedIn } from "../common/authorize.js";

/** Administrators only (e.g. issuing analyst API keys). */
export function requireAdministrator(ctx: GraphQLContext): void {
  requireSignedIn(ctx.viewer);
  if (ctx.viewer.kind !== "administrator") throw forbidden();
}

/** Analyst keys are read-only: refuse them on every write, including public ones (applying to a panel). */
export function requireNotReadOnly(ctx: GraphQLContext): void {
  if (ctx.viewer.kind === "analyst") throw forbidden();
}

/** True for officers of this council (and administrators): who may see private panel data. */
export function isOfficerOf(ctx: GraphQLContext, councilKey: number): boolean {
  return ctx.viewer.kind === "administrator" || (ctx.viewer.kind === "officer" && ctx.viewer.councilKey === councilKey);
}
