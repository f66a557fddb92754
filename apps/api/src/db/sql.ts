import {
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  sql,
  type Compilable,
  type Expression,
  type RawBuilder,
} from "kysely";
import type { DataSource, EntityManager } from "typeorm";

/**
 * The one way to write hand-written SQL (docs/adr/0006-sql-layer.md): Kysely builds typed,
 * parameterised statements in the right dialect; TypeORM's own connection runs them. Kysely never
 * opens a connection here (its driver is a dummy): `run(db, query)` compiles the query for the
 * database `db` belongs to and hands the text and values to `db.query`, so a statement runs on
 * TypeORM's pool, inside a command's transaction when `db` is the transaction's EntityManager, and
 * through the same query logger (the N+1 tests count it).
 *
 * Conventions: columns keep their camelCase names (always quoted by Kysely); results come back as
 * the driver gives them — node-postgres returns COUNT/SUM and bigint columns as strings — so read
 * integers with `int`, money sums with `exactSum` + `bigintOf`.
 */
export type Db = DataSource | EntityManager;

export type SqlDialect = "sqlite" | "postgres";

export function dialectOf(db: Db): SqlDialect {
  const options = "options" in db ? db.options : db.connection.options;
  return options.type === "postgres" ? "postgres" : "sqlite";
}

// The tables hand-written SQL reads, as stored (migrations in db/migrations/). Booleans are 0/1 on SQLite.
export interface KeyRow {
  key: number;
}
export interface Database {
  council: KeyRow & { slug: string; name: string; region: string | null };
  area: KeyRow & { councilKey: number; parentKey: number | null; slug: string; name: string; kind: string };
  population_baseline: KeyRow & {
    areaKey: number;
    dimension: string;
    category: string;
    count: number;
    source: string;
    year: number;
  };
  round: KeyRow & {
    slug: string;
    councilKey: number;
    areaKey: number | null;
    title: string;
    targetGroup: string | null;
    kind: string;
    phase: string;
    theme: string;
    potMinor: number;
    currency: string;
    decisionMethod: string;
    year: number;
    opensOn: string | null;
    closesOn: string | null;
    withdrawnAt: unknown;
  };
  provider: KeyRow & { slug: string; name: string };
  bid: KeyRow & {
    roundKey: number;
    providerKey: number | null;
    title: string;
    status: string;
    category: string | null;
    amountRequestedMinor: number;
  };
  award: KeyRow & {
    roundKey: number;
    bidKey: number | null;
    providerKey: number | null;
    valueMinor: number;
    currency: string;
    startsOn: string | null;
  };
  spend_transaction: KeyRow & { awardKey: number; amountMinor: number; currency: string };
  ballot: KeyRow & { roundKey: number; ageBand: string | null; sex: string | null; receiptHash: string | null };
  ballot_choice: KeyRow & { ballotKey: number; bidKey: number; points: number; rank: number | null };
  ballot_participation: KeyRow & { roundKey: number; voterRef: string };
  paper_ballot_entry: KeyRow & { roundKey: number; serial: string; officerUserKey: number; outcome: string };
  voter_tally: KeyRow & { roundKey: number; dimension: string; category: string | null; count: number };
  applicant: KeyRow & {
    roundKey: number;
    ageBand: string | null;
    sex: string | null;
    ethnicGroup: string | null;
    disability: string | null;
    eligible: boolean;
    consentAt: unknown;
    status: string;
  };
  panel_member: KeyRow & { roundKey: number; applicantKey: number | null; role: string; active: boolean };
  session: KeyRow & { roundKey: number; date: string; kind: string };
  attendance: KeyRow & { sessionKey: number; memberKey: number; present: boolean };
  contribution: KeyRow & { sessionKey: number; memberKey: number; kind: string; amount: number };
  trust_response: KeyRow & { sessionKey: number; memberKey: number; score: number };
  compensation_entry: KeyRow & { roundKey: number; memberKey: number; amountMinor: number; currency: string };
  payment: KeyRow & { roundKey: number; memberKey: number; amountMinor: number; currency: string };
  decision: KeyRow & {
    roundKey: number;
    method: string;
    rule: string | null;
    officerRecommendationBidKey: number | null;
    ballotCount: number | null;
    votersWithFundedChoice: number | null;
    ruleComparison: string | null;
  };
  decision_project: KeyRow & { decisionKey: number; bidKey: number; funded: boolean; rank: number | null };
  tender: KeyRow & { roundKey: number };
  tender_outcome: { tenderKey: number; outcomeKey: number };
  criterion: KeyRow & { tenderKey: number; weightBasisPoints: number };
  interview_score: KeyRow & { bidKey: number; memberKey: number; criterionKey: number; score: number };
  outcome: KeyRow & { roundKey: number; title: string; position: number };
  indicator: KeyRow & {
    outcomeKey: number;
    name: string;
    unit: string;
    baseline: number;
    target: number;
    direction: string;
    startsOn: string | null;
    dueOn: string | null;
  };
  measurement: KeyRow & { indicatorKey: number; value: number; measuredOn: string };
}

function builder(dialect: SqlDialect): Kysely<Database> {
  return new Kysely<Database>({
    dialect:
      dialect === "postgres"
        ? {
            createAdapter: () => new PostgresAdapter(),
            createDriver: () => new DummyDriver(),
            createIntrospector: (db) => new PostgresIntrospector(db),
            createQueryCompiler: () => new PostgresQueryCompiler(),
          }
        : {
            createAdapter: () => new SqliteAdapter(),
            createDriver: () => new DummyDriver(),
            createIntrospector: (db) => new SqliteIntrospector(db),
            createQueryCompiler: () => new SqliteQueryCompiler(),
          },
  });
}

const BUILDERS: Record<SqlDialect, Kysely<Database>> = { sqlite: builder("sqlite"), postgres: builder("postgres") };

/** The query builder for `db`'s dialect (build only: run the result with `run`). */
export function sqlFor(db: Db): Kysely<Database> {
  return BUILDERS[dialectOf(db)];
}

/** Runs a built statement on `db` (TypeORM's connection, or the command's transaction). */
export async function run<R>(db: Db, query: Compilable<R> | RawBuilder<R>): Promise<R[]> {
  const compiled = "isRawBuilder" in query ? query.compile(sqlFor(db)) : query.compile();
  const rows: R[] = await db.query(compiled.sql, [...compiled.parameters]);
  return rows;
}

/** Runs a statement that returns no rows (INSERT … SELECT, UPDATE, DELETE). */
export async function execute(db: Db, query: Compilable<unknown> | RawBuilder<unknown>): Promise<void> {
  const compiled = "isRawBuilder" in query ? query.compile(sqlFor(db)) : query.compile();
  await db.query(compiled.sql, [...compiled.parameters]);
}

interface SetOperand {
  unionAll(other: never): SetOperand;
}

/**
 * `a UNION ALL b UNION ALL …` of built selects with the same columns (chained, so no dialect sees
 * parenthesised members — SQLite refuses them), typed as the first part.
 */
export function unionAll<Q>(parts: readonly Q[]): Q {
  const [first, ...rest] = parts as unknown as SetOperand[];
  if (!first) throw new Error("unionAll needs at least one part");
  return rest.reduce((q, next) => q.unionAll(next as never), first) as unknown as Q;
}

/** The boolean literal true (SQLite stores booleans as 0/1 and reads TRUE as 1; never bound as a parameter). */
export const TRUE = sql<boolean>`TRUE`;

/** An IN list that is never empty (an empty list matches nothing, as `IN (NULL)`). */
export function nonEmpty<T>(values: readonly T[]): readonly (T | null)[] {
  return values.length === 0 ? [null] : values;
}

const TWO_32 = 4294967296n;

/**
 * An exact SUM of integer minor units, as text, that never overflows: PostgreSQL sums bigint as
 * `numeric` (arbitrary precision); SQLite's 64-bit SUM would fail past 2^63 and JavaScript numbers
 * lose precision past 2^53, so SQLite sums the high and low 32-bit halves separately (each sum
 * stays far inside 64 bits) and `bigintOf` joins them. Null when there are no rows.
 */
export function exactSum(db: Db, column: Expression<unknown>): RawBuilder<string | null> {
  if (dialectOf(db) === "postgres") return sql<string | null>`CAST(SUM(${column}) AS TEXT)`;
  return sql<
    string | null
  >`(CAST(SUM(${column} / 4294967296) AS TEXT) || ':' || CAST(SUM(${column} % 4294967296) AS TEXT))`;
}

/** A value of `exactSum` (or any integer from SQL) as a bigint; null/undefined → 0. */
export function bigintOf(value: unknown): bigint {
  if (value === null || value === undefined) return 0n;
  if (typeof value === "bigint") return value;
  if (typeof value === "number") {
    if (!Number.isSafeInteger(value)) throw new Error(`Integer ${value} from SQL is not exact`);
    return BigInt(value);
  }
  if (typeof value !== "string") throw new Error(`Not an integer from SQL: ${JSON.stringify(value)}`);
  const text = value;
  const split = text.indexOf(":");
  if (split < 0) return BigInt(text);
  return BigInt(text.slice(0, split)) * TWO_32 + BigInt(text.slice(split + 1));
}

/** An integer from SQL (pg returns COUNT/SUM of integers as strings). Throws beyond 2^53. */
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

/** Rounds that are public: a withdrawn round (created by mistake) leaves every public list, total and export. */
export function notWithdrawn(alias: string): RawBuilder<boolean> {
  return sql<boolean>`${sql.ref(`${alias}.withdrawnAt`)} IS NULL`;
}

export { sql };
