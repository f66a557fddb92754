import type { DataSource, EntityManager } from "typeorm";

/**
 * Small helpers for the analytics SQL, which must give the same answers on SQLite and PostgreSQL
 * (shared/STACK.md): one placeholder style per driver, camelCase columns always double-quoted,
 * integer results converted from PostgreSQL's strings (bigint/numeric) with a safe-integer check.
 */
export class Params {
  private readonly bound: unknown[] = [];
  constructor(private readonly postgres: boolean) {}

  static for(dataSource: DataSource | EntityManager): Params {
    const options = "options" in dataSource ? dataSource.options : dataSource.connection.options;
    return new Params(options.type === "postgres");
  }

  /**
   * A placeholder bound to `value`: always `$n` while building, so a fragment may be used several
   * times in one statement; `run` rewrites to SQLite's positional `?` in textual order.
   */
  add(value: unknown): string {
    this.bound.push(value);
    return `$${this.bound.length}`;
  }

  /** The statement and its values for this driver. */
  finish(sql: string): [string, unknown[]] {
    if (this.postgres) {
      // Only the parameters this statement uses (one Params may serve several statements), renumbered.
      const used = new Map<number, number>();
      const values: unknown[] = [];
      const text = sql.replace(/\$(\d+)/g, (_m, n: string) => {
        let index = used.get(Number(n));
        if (index === undefined) {
          values.push(this.bound[Number(n) - 1]);
          used.set(Number(n), (index = values.length));
        }
        return `$${index}`;
      });
      return [text, values];
    }
    const values: unknown[] = [];
    const text = sql.replace(/\$(\d+)/g, (_m, n: string) => {
      values.push(this.bound[Number(n) - 1]);
      return "?";
    });
    return [text, values];
  }

  /** Runs the statement built with these parameters. */
  async run<T>(dataSource: DataSource | EntityManager, sql: string): Promise<T[]> {
    const [text, values] = this.finish(sql);
    const rows: T[] = await dataSource.query(text, values);
    return rows;
  }

  /** `(p1, p2, …)` for an IN list; never empty (an empty list matches nothing). */
  list(values: readonly unknown[]): string {
    if (values.length === 0) return "(NULL)";
    return `(${values.map((v) => this.add(v)).join(", ")})`;
  }
}

/** An integer from SQL (pg returns SUM/COUNT of integers as strings). Throws beyond 2^53. */
export function int(value: unknown): number {
  if (value === null || value === undefined) return 0;
  const n = typeof value === "number" ? value : Number(value);
  if (!Number.isSafeInteger(n))
    throw new Error(`Aggregate ${typeof value === "string" ? value : JSON.stringify(value)} is not a safe integer`);
  return n;
}

/** A key column that may be null (e.g. awards with no provider). */
export function keyOrNull(value: unknown): number | null {
  return value === null || value === undefined ? null : int(value);
}

/** A floating-point aggregate (AVG…), or null. */
export function float(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  const n = typeof value === "number" ? value : Number(value);
  return Number.isFinite(n) ? n : null;
}

/** The boolean literal true in both dialects (SQLite stores booleans as 0/1 and accepts TRUE). */
export const TRUE = "TRUE";
