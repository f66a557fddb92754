import type { DataSource } from "typeorm";
import { createDataSource } from "./data-source.js";
import { parseDatabaseUrl, type DatabaseConfig } from "./database-url.js";
import { Council } from "../council/council.entity.js";
import { seedDemoData } from "../seed/demo-seed.js";
import { backfillRuleComparisons } from "../analytics/rule-comparison.js";

/**
 * Opens the database, runs pending migrations and, on first start (no councils yet), seeds the
 * demo data. Safe to call from several replicas: migrations run in a transaction and the seed
 * checks again inside its own transaction.
 */
export async function openDatabase(
  config: DatabaseConfig = parseDatabaseUrl(),
  options: { seed?: boolean; log?: (line: string) => void } = {},
): Promise<DataSource> {
  const log = options.log ?? (() => undefined);
  const dataSource = createDataSource(config);
  await dataSource.initialize();
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
  // Decisions taken before greedy-vs-MES was stored with them (fairness.ruleComparison reads it only).
  const backfilled = await backfillRuleComparisons(dataSource);
  if (backfilled > 0) log(`greedy vs MES stored for ${backfilled} decided round(s)`);
  return dataSource;
}
