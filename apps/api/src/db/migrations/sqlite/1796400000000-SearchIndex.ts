import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Full-text search (search/search.service.ts): an FTS5 index of councils, rounds, bids/PB projects
 * and providers, kept current by triggers on those tables (written when the data changes, never
 * rebuilt per request), and its vocabulary (fts5vocab) for typo correction.
 *
 * rowid = key × 8 + source (1 council, 2 round, 3 bid, 4 provider). `roundKey` lets a search leave
 * out withdrawn rounds and their bids. Words are case- and accent-folded (unicode61
 * remove_diacritics 2), never stemmed: the same words as the PostgreSQL index.
 *
 * Written by hand (TypeORM knows nothing of virtual tables or triggers). NOTE: SQLite drops a
 * table's triggers with it, so a later migration that rebuilds `council`, `round`, `bid` or
 * `provider` (TypeORM's "temporary_…" copy) must re-create that table's triggers below
 * (search.spec.ts fails if it does not).
 */
export class SearchIndex1796400000000 implements MigrationInterface {
  name = "SearchIndex1796400000000";

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE VIRTUAL TABLE "search_index" USING fts5(title, body, kind UNINDEXED, roundKey UNINDEXED, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')`,
    );
    await q.query(`CREATE VIRTUAL TABLE "search_vocab" USING fts5vocab('search_index', 'row')`);
    for (const source of SOURCES) {
      await q.query(
        `CREATE TRIGGER "search_${source.table}_insert" AFTER INSERT ON "${source.table}" BEGIN ${source.insert("NEW")}; END`,
      );
      await q.query(
        `CREATE TRIGGER "search_${source.table}_update" AFTER UPDATE OF ${source.columns} ON "${source.table}" BEGIN DELETE FROM "search_index" WHERE rowid = OLD."key" * 8 + ${source.code}; ${source.insert("NEW")}; END`,
      );
      await q.query(
        `CREATE TRIGGER "search_${source.table}_delete" AFTER DELETE ON "${source.table}" BEGIN DELETE FROM "search_index" WHERE rowid = OLD."key" * 8 + ${source.code}; END`,
      );
      await q.query(source.backfill);
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const source of SOURCES)
      for (const op of ["insert", "update", "delete"]) await q.query(`DROP TRIGGER "search_${source.table}_${op}"`);
    await q.query(`DROP TABLE "search_vocab"`);
    await q.query(`DROP TABLE "search_index"`);
  }
}

interface Source {
  table: string;
  code: number;
  /** The columns whose change re-indexes the row. */
  columns: string;
  insert(row: string): string;
  backfill: string;
}

const doc = (rowid: string, title: string, body: string, kind: string, roundKey: string) =>
  `INSERT INTO "search_index"(rowid, title, body, kind, roundKey) VALUES (${rowid}, ${title}, ${body}, ${kind}, ${roundKey})`;
const fill = (rowid: string, title: string, body: string, kind: string, roundKey: string, from: string) =>
  `INSERT INTO "search_index"(rowid, title, body, kind, roundKey) SELECT ${rowid}, ${title}, ${body}, ${kind}, ${roundKey} FROM ${from}`;

const council = {
  body: (r: string) => `${r}."slug" || ' ' || coalesce(${r}."region", '')`,
};
const round = {
  body: (r: string) =>
    `coalesce(${r}."description", '') || ' ' || ${r}."theme" || ' ' || coalesce(${r}."targetGroup", '') || ' ' || coalesce((SELECT c."name" FROM "council" c WHERE c."key" = ${r}."councilKey"), '')`,
};
const bid = {
  body: (r: string) => `coalesce(${r}."summary", '') || ' ' || coalesce(${r}."category", '')`,
  kind: (r: string) =>
    `(SELECT CASE WHEN x."kind" = 'participatory_budgeting' THEN 'pb_project' ELSE 'bid' END FROM "round" x WHERE x."key" = ${r}."roundKey")`,
};
const provider = {
  body: (r: string) => `coalesce(${r}."identifierScheme", '') || ' ' || coalesce(${r}."identifier", '')`,
};

const SOURCES: Source[] = [
  {
    table: "council",
    code: 1,
    columns: `"name", "slug", "region"`,
    insert: (r) => doc(`${r}."key" * 8 + 1`, `${r}."name"`, council.body(r), `'council'`, "NULL"),
    backfill: fill(`t."key" * 8 + 1`, `t."name"`, council.body("t"), `'council'`, "NULL", `"council" t`),
  },
  {
    table: "round",
    code: 2,
    columns: `"title", "description", "theme", "targetGroup", "councilKey"`,
    insert: (r) => doc(`${r}."key" * 8 + 2`, `${r}."title"`, round.body(r), `'round'`, `${r}."key"`),
    backfill: fill(`t."key" * 8 + 2`, `t."title"`, round.body("t"), `'round'`, `t."key"`, `"round" t`),
  },
  {
    table: "bid",
    code: 3,
    columns: `"title", "summary", "category", "roundKey"`,
    insert: (r) => doc(`${r}."key" * 8 + 3`, `${r}."title"`, bid.body(r), bid.kind(r), `${r}."roundKey"`),
    backfill: fill(`t."key" * 8 + 3`, `t."title"`, bid.body("t"), bid.kind("t"), `t."roundKey"`, `"bid" t`),
  },
  {
    table: "provider",
    code: 4,
    columns: `"name", "identifierScheme", "identifier"`,
    insert: (r) => doc(`${r}."key" * 8 + 4`, `${r}."name"`, provider.body(r), `'provider'`, "NULL"),
    backfill: fill(`t."key" * 8 + 4`, `t."name"`, provider.body("t"), `'provider'`, "NULL", `"provider" t`),
  },
];
