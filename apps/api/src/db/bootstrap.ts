import Database from "better-sqlite3";
import pg from "pg";
import type { DataSource } from "typeorm";
import { createDataSource } from "./data-source.js";
import { parseDatabaseUrl, type DatabaseConfig } from "./database-url.js";
import { Council } from "../council/council.entity.js";
import { seedDemoData } from "../seed/demo-seed.js";

/**
 * The PostgreSQL advisory lock held while migrations and the first-start seed run
 * (`pg_advisory_lock(MIGRATION_LOCK)`): one number for every Coproduce server and CLI on a database.
 */
export const MIGRATION_LOCK = 4_242_020_261;

/**
 * Opens the database, runs pending migrations and, on first start (no councils yet), seeds the
 * demo data. Several replicas may start at once on an empty PostgreSQL database: each takes the
 * migration advisory lock first (on a connection of its own, outside the pool), so one migrates and
 * seeds while the others wait, then find nothing left to do (docs/operations.md). The same holds
 * for a server and the CLI starting at once on a fresh SQLite file (a lock file beside it).
 */
export async function openDatabase(
  config: DatabaseConfig = parseDatabaseUrl(),
  options: { seed?: boolean; log?: (line: string) => void } = {},
): Promise<DataSource> {
  const log = options.log ?? (() => undefined);
  const dataSource = createDataSource(config);
  await dataSource.initialize();
  try {
    await withMigrationLock(config, log, async () => {
      const applied = await dataSource.runMigrations({ transaction: "all" });
      if (applied.length > 0) log(`migrations applied: ${applied.map((m) => m.name).join(", ")}`);
      if (options.seed !== false) {
        const councils = await dataSource.getRepository(Council).count();
        if (councils === 0) {
          const started = Date.now();
          const summary = await seedDemoData(dataSource);
          log(`demo data seeded in ${Date.now() - started} ms: ${summary}`);
        }
      }
    });
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
  return dataSource;
}

/**
 * Runs `body` holding the migration lock: on PostgreSQL a session advisory lock on a connection of
 * its own; on SQLite an exclusive transaction on `<file>.lock` beside the database (released by the
 * operating system if the process dies, like the advisory lock when its session ends).
 */
export async function withMigrationLock<T>(
  config: DatabaseConfig,
  log: (line: string) => void,
  body: () => Promise<T>,
): Promise<T> {
  if (config.kind === "sqlite") return withSqliteLock(config.location, log, body);
  const client = new pg.Client({ connectionString: config.location });
  await client.connect();
  try {
    const got = await client.query<{ ok: boolean }>("SELECT pg_try_advisory_lock($1) AS ok", [MIGRATION_LOCK]);
    if (!got.rows[0]?.ok) {
      log("another server is migrating this database: waiting for it");
      await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
    }
    try {
      return await body();
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK]);
    }
  } finally {
    await client.end();
  }
}

async function withSqliteLock<T>(location: string, log: (line: string) => void, body: () => Promise<T>): Promise<T> {
  if (location === ":memory:") return body();
  const lock = new Database(`${location}.lock`);
  try {
    lock.pragma("busy_timeout = 0");
    let said = false;
    // Poll rather than let SQLite's busy handler block this process's event loop.
    for (;;) {
      try {
        lock.exec("BEGIN EXCLUSIVE");
        break;
      } catch (error) {
        if ((error as { code?: string }).code !== "SQLITE_BUSY") throw error;
        if (!said) log("another process is migrating this database: waiting for it");
        said = true;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    try {
      return await body();
    } finally {
      lock.exec("ROLLBACK");
    }
  } finally {
    lock.close();
  }
}
