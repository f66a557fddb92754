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
    timeout: SQLITE_BUSY_TIMEOUT_MS,
    prepareDatabase: prepareSqlite,
    ...common,
  });
}

/**
 * How long a SQLite write waits for another process's write (the CLI importing while the server
 * runs) before failing with "database is locked". better-sqlite3 is synchronous, so the waiting
 * process does nothing else meanwhile: writers must hold the lock briefly. Imports commit in
 * small transactions (round/pabulib-import.service.ts): a wait is a few milliseconds.
 */
export const SQLITE_BUSY_TIMEOUT_MS = 5000;

interface SqliteHandle {
  pragma(sql: string): unknown;
  prepare(sql: string): unknown;
}

/**
 * Every SQLite connection: WAL (readers never wait for a writer, and a writer only for another
 * writer), foreign keys on (off by default in SQLite), a busy timeout, and transactions that take
 * the write lock when they begin (`BEGIN IMMEDIATE`). TypeORM begins with a plain (deferred) BEGIN;
 * in WAL mode a deferred transaction that has read and then writes after another process committed
 * fails at once with SQLITE_BUSY, whatever the timeout — an immediate one waits its turn instead.
 */
function prepareSqlite(db: SqliteHandle): void {
  db.pragma("journal_mode = WAL");
  db.pragma("foreign_keys = ON");
  db.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
  const prepare = db.prepare.bind(db);
  db.prepare = (sql: string) => prepare(sql === "BEGIN TRANSACTION" ? "BEGIN IMMEDIATE TRANSACTION" : sql);
}
