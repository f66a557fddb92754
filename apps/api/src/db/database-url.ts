import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";

export type DatabaseKind = "sqlite" | "postgres";

export interface DatabaseConfig {
  kind: DatabaseKind;
  /** SQLite file path, or the PostgreSQL connection URL. */
  location: string;
}

/**
 * `DATABASE_URL` selects the database: unset → embedded SQLite under ./data/coproduce.sqlite;
 * `file:/some/path.sqlite` (or `file::memory:`) → another SQLite file; `postgres://…` → PostgreSQL.
 */
export function parseDatabaseUrl(url = process.env.DATABASE_URL): DatabaseConfig {
  if (!url || url.trim() === "")
    return { kind: "sqlite", location: resolve(process.cwd(), "data", "coproduce.sqlite") };
  if (url.startsWith("postgres://") || url.startsWith("postgresql://")) return { kind: "postgres", location: url };
  if (url.startsWith("file:")) {
    const path = url.slice("file:".length);
    return { kind: "sqlite", location: path === ":memory:" ? path : resolve(path) };
  }
  throw new Error(`DATABASE_URL must start with postgres://, postgresql:// or file: (got "${url.split(":")[0]}:…")`);
}

export function ensureSqliteDirectory(config: DatabaseConfig): void {
  if (config.kind === "sqlite" && config.location !== ":memory:")
    mkdirSync(dirname(config.location), { recursive: true });
}

/** The kind the entities' column types are chosen for (decided once, at module load). */
export const DATABASE_KIND: DatabaseKind = parseDatabaseUrl().kind;
