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
 * seeds while the others wait, then find nothing left to do (docs/operations.md).
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

/** Runs `body` holding the migration lock (PostgreSQL); SQLite serialises writers by itself. */
export async function withMigrationLock<T>(
  config: DatabaseConfig,
  log: (line: string) => void,
  body: () => Promise<T>,
): Promise<T> {
  if (config.kind !== "postgres") return body();
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
