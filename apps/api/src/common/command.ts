import type { DataSource, EntityManager } from "typeorm";
import type { GraphQLContext } from "../graphql/context.js";
import { noteWrite } from "../graphql/response-cache.js";
import { type UserError, UserErrorException } from "./user-error.js";

export type CommandResult<T> =
  { ok: true; value: T; userErrors: [] } | { ok: false; value: null; userErrors: UserError[] };

/**
 * One command per use case (Decidim style): runs `body` in a database transaction; a
 * `UserErrorException` rolls everything back and becomes `userErrors` (no partial writes);
 * anything else propagates to the error mapper (INTERNAL_SERVER_ERROR, masked).
 * DataLoader caches are cleared after a successful write, and cached anonymous answers go stale.
 */
export async function runCommand<T>(
  ctx: GraphQLContext,
  body: (manager: EntityManager) => Promise<T>,
): Promise<CommandResult<T>> {
  try {
    const value = await serialisedOnSqlite(ctx.dataSource, () => ctx.dataSource.transaction(body));
    ctx.loaders.clearAll();
    await noteWrite(ctx.dataSource);
    return { ok: true, value, userErrors: [] };
  } catch (error) {
    if (error instanceof UserErrorException) return { ok: false, value: null, userErrors: error.errors };
    throw error;
  }
}

const sqliteQueues = new WeakMap<DataSource, Promise<unknown>>();

/**
 * TypeORM's better-sqlite3 driver has one connection: two transactions started concurrently (two
 * requests at once) collide ("cannot start a transaction within a transaction"). SQLite serialises
 * writes anyway, so commands on SQLite queue here and run one after another; PostgreSQL runs them
 * concurrently on its pool.
 */
function serialisedOnSqlite<T>(dataSource: DataSource, run: () => Promise<T>): Promise<T> {
  if (dataSource.options.type !== "better-sqlite3") return run();
  const previous = sqliteQueues.get(dataSource) ?? Promise.resolve();
  const next = previous.then(run, run);
  sqliteQueues.set(
    dataSource,
    next.catch(() => undefined),
  );
  return next;
}
