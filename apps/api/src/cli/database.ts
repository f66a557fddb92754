import type { DataSource } from "typeorm";
import { openDatabase } from "../db/bootstrap.js";

/** The CLI uses the same database as the server (DATABASE_URL, default ./data/coproduce.sqlite), migrated and seeded on first use. */
export async function withDatabase<T>(body: (dataSource: DataSource) => Promise<T>): Promise<T> {
  const dataSource = await openDatabase(undefined, {
    seed: process.env.COPRODUCE_SEED !== "none",
    log: (line) => process.stderr.write(`${line}\n`),
  });
  try {
    return await body(dataSource);
  } finally {
    await dataSource.destroy();
  }
}
