import type { EntityManager } from "typeorm";
import type { GraphQLContext } from "../graphql/context.js";
import { UserError, UserErrorException } from "./user-error.js";

export type CommandResult<T> = { ok: true; value: T; userErrors: [] } | { ok: false; value: null; userErrors: UserError[] };

/**
 * One command per use case (Decidim style): runs `body` in a database transaction; a
 * `UserErrorException` rolls everything back and becomes `userErrors` (no partial writes);
 * anything else propagates to the error mapper (INTERNAL_SERVER_ERROR, masked).
 * DataLoader caches are cleared after a successful write.
 */
export async function runCommand<T>(ctx: GraphQLContext, body: (manager: EntityManager) => Promise<T>): Promise<CommandResult<T>> {
  try {
    const value = await ctx.dataSource.transaction(body);
    ctx.loaders.clearAll();
    return { ok: true, value, userErrors: [] };
  } catch (error) {
    if (error instanceof UserErrorException) return { ok: false, value: null, userErrors: error.errors };
    throw error;
  }
}
