import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import type { DataSource } from "typeorm";
import { createDataSource, type DataSourceOptions } from "../db/data-source.js";
import type { DatabaseConfig } from "../db/database-url.js";
import { seedDemoData } from "../seed/demo-seed.js";

/**
 * Test databases: SQLite (a temp file) by default; PostgreSQL when TEST_DATABASE_URL points at a
 * server (`postgres://postgres@127.0.0.1:5432/postgres`): each test file then gets its own
 * throw-away database, created here and dropped afterwards. The entities pick their column types
 * from DATABASE_URL, which the test runner sets to the same kind (see tooling/scripts/test.mjs).
 */
export interface TestDatabase {
  dataSource: DataSource;
  kind: "sqlite" | "postgres";
  close(): Promise<void>;
}

export function testDatabaseKind(): "sqlite" | "postgres" {
  return process.env.TEST_DATABASE_URL?.startsWith("postgres") ? "postgres" : "sqlite";
}

export async function openTestDatabase(
  options: { seed?: boolean; dataSourceOptions?: DataSourceOptions } = {},
): Promise<TestDatabase> {
  let config: DatabaseConfig;
  let cleanup: () => Promise<void>;
  const admin = process.env.TEST_DATABASE_URL;
  if (admin?.startsWith("postgres")) {
    const name = `coproduce_test_${randomBytes(6).toString("hex")}`;
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    await client.query(`CREATE DATABASE ${name}`);
    await client.end();
    config = { kind: "postgres", location: admin.replace(/\/[^/?]*(\?.*)?$/, `/${name}$1`) };
    cleanup = async () => {
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    };
  } else {
    const dir = mkdtempSync(join(tmpdir(), "coproduce-test-"));
    config = { kind: "sqlite", location: join(dir, "test.sqlite") };
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  }
  const dataSource = createDataSource(config, options.dataSourceOptions);
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: "all" });
  if (options.seed) await seedDemoData(dataSource);
  return {
    dataSource,
    kind: config.kind,
    close: async () => {
      if (dataSource.isInitialized) await dataSource.destroy();
      await cleanup();
    },
  };
}
