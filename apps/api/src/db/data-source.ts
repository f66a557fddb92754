import { DataSource, type MigrationInterface } from "typeorm";
import { ensureSqliteDirectory, parseDatabaseUrl, type DatabaseConfig } from "./database-url.js";
import { ENTITIES } from "./entities.js";
import { POSTGRES_MIGRATIONS } from "./migrations/postgres/index.js";
import { SQLITE_MIGRATIONS } from "./migrations/sqlite/index.js";

export interface DataSourceOptions {
  /** Log SQL statements (or count them, for the N+1 tests). */
  logger?: { logQuery(query: string): void };
}

/**
 * One codebase, two databases. Migrations are kept per driver (generated from the same entities
 * by `src/db/generate-migration.ts`); a test proves both run from zero and leave nothing for
 * `synchronize` to change.
 */
export function createDataSource(
  config: DatabaseConfig = parseDatabaseUrl(),
  options: DataSourceOptions = {},
): DataSource {
  const migrations: (new () => MigrationInterface)[] =
    config.kind === "postgres" ? POSTGRES_MIGRATIONS : SQLITE_MIGRATIONS;
  const logger = options.logger;
  const common = {
    entities: ENTITIES,
    migrations,
    synchronize: false,
    migrationsRun: false,
    logging: logger ? ["query" as const] : false,
    logger: logger
      ? {
          logQuery: (query: string) => logger.logQuery(query),
          logQueryError: () => undefined,
          logQuerySlow: () => undefined,
          logSchemaBuild: () => undefined,
          logMigration: () => undefined,
          log: () => undefined,
        }
      : undefined,
  };
  if (config.kind === "postgres") {
    return new DataSource({
      type: "postgres",
      url: config.location,
      extra: { max: Number(process.env.DATABASE_POOL_SIZE ?? 10) },
      ...common,
    });
  }
  ensureSqliteDirectory(config);
  return new DataSource({
    type: "better-sqlite3",
    database: config.location,
    // WAL lets readers proceed while a writer commits; foreign keys are off by default in SQLite.
    prepareDatabase: (db: { pragma(s: string): unknown }) => {
      db.pragma("journal_mode = WAL");
      db.pragma("foreign_keys = ON");
      db.pragma("busy_timeout = 5000");
    },
    ...common,
  });
}
