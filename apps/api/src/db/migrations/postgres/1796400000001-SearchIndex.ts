import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Full-text search (search/search.service.ts): one row per council, round, bid/PB project and
 * provider in `search_document`, with a stored tsvector (GIN index), kept current by triggers on
 * those tables (written when the data changes, never rebuilt per request), and the words of the
 * index in `search_word` for typo correction.
 *
 * Words are case- and accent-folded (`coproduce_search_fold`, the same letters SQLite's unicode61
 * remove_diacritics folds) and never stemmed (the `simple` configuration): the same words as the
 * SQLite index. `roundKey` lets a search leave out withdrawn rounds and their bids. `search_word`
 * only grows (a word no longer indexed matches nothing; it costs nothing else).
 *
 * Written by hand (TypeORM knows nothing of functions or triggers).
 */
export class SearchIndex1796400000001 implements MigrationInterface {
  name = "SearchIndex1796400000001";

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE FUNCTION coproduce_search_fold(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT translate(lower(t), '${FOLD_FROM}', '${FOLD_TO}') $$`,
    );
    await q.query(
      `CREATE TABLE "search_document" ("source" varchar(16) NOT NULL, "ref" integer NOT NULL, "kind" varchar(16) NOT NULL, "roundKey" integer, "title" text NOT NULL, "body" text NOT NULL DEFAULT '', "document" tsvector GENERATED ALWAYS AS (setweight(to_tsvector('simple'::regconfig, coproduce_search_fold("title")), 'A') || setweight(to_tsvector('simple'::regconfig, coproduce_search_fold("body")), 'B')) STORED, PRIMARY KEY ("source", "ref"))`,
    );
    await q.query(`CREATE INDEX "search_document_document" ON "search_document" USING GIN ("document")`);
    await q.query(`CREATE TABLE "search_word" ("word" text COLLATE "C" PRIMARY KEY)`);
    await q.query(
      `CREATE FUNCTION coproduce_search_words() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO "search_word"("word") SELECT DISTINCT lexeme FROM unnest(NEW."document") ON CONFLICT DO NOTHING; RETURN NEW; END $$`,
    );
    await q.query(
      `CREATE TRIGGER "search_words" AFTER INSERT OR UPDATE ON "search_document" FOR EACH ROW EXECUTE FUNCTION coproduce_search_words()`,
    );
    for (const s of SOURCES) {
      await q.query(
        `CREATE FUNCTION coproduce_search_${s.table}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
          IF TG_OP = 'DELETE' THEN DELETE FROM "search_document" WHERE "source" = '${s.table}' AND "ref" = OLD."key"; RETURN OLD; END IF;
          INSERT INTO "search_document"("source", "ref", "kind", "roundKey", "title", "body")
            VALUES ('${s.table}', NEW."key", ${s.kind("NEW")}, ${s.roundKey("NEW")}, NEW.${s.title}, ${s.body("NEW")})
            ON CONFLICT ("source", "ref") DO UPDATE SET "kind" = EXCLUDED."kind", "roundKey" = EXCLUDED."roundKey", "title" = EXCLUDED."title", "body" = EXCLUDED."body";
          RETURN NEW;
        END $$`,
      );
      await q.query(
        `CREATE TRIGGER "search_${s.table}" AFTER INSERT OR UPDATE OR DELETE ON "${s.table}" FOR EACH ROW EXECUTE FUNCTION coproduce_search_${s.table}()`,
      );
      await q.query(
        `INSERT INTO "search_document"("source", "ref", "kind", "roundKey", "title", "body") SELECT '${s.table}', t."key", ${s.kind("t")}, ${s.roundKey("t")}, t.${s.title}, ${s.body("t")} FROM "${s.table}" t`,
      );
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const s of SOURCES) {
      await q.query(`DROP TRIGGER "search_${s.table}" ON "${s.table}"`);
      await q.query(`DROP FUNCTION coproduce_search_${s.table}()`);
    }
    await q.query(`DROP TABLE "search_document"`);
    await q.query(`DROP FUNCTION coproduce_search_words()`);
    await q.query(`DROP TABLE "search_word"`);
    await q.query(`DROP FUNCTION coproduce_search_fold(text)`);
  }
}

/** Latin letters with diacritics (U+00C0–U+017F) and their base letters, as search/search.text.ts folds them. */
const FOLD_FROM =
  "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽž";
const FOLD_TO =
  "aaaaaaceeeeiiiinooooouuuuyaaaaaaceeeeiiiinooooouuuuyyaaaaaaccccccccddeeeeeeeeeegggggggghhiiiiiiiiijjkkllllllnnnnnnoooooorrrrrrssssssssttttuuuuuuuuuuuuwwyyyzzzzzz";

interface Source {
  table: string;
  title: string;
  kind(r: string): string;
  roundKey(r: string): string;
  body(r: string): string;
}

const SOURCES: Source[] = [
  {
    table: "council",
    title: `"name"`,
    kind: () => `'council'`,
    roundKey: () => "NULL::integer",
    body: (r) => `concat_ws(' ', ${r}."slug", ${r}."region")`,
  },
  {
    table: "round",
    title: `"title"`,
    kind: () => `'round'`,
    roundKey: (r) => `${r}."key"`,
    body: (r) =>
      `concat_ws(' ', ${r}."description", ${r}."theme", ${r}."targetGroup", (SELECT c."name" FROM "council" c WHERE c."key" = ${r}."councilKey"))`,
  },
  {
    table: "bid",
    title: `"title"`,
    kind: (r) =>
      `(SELECT CASE WHEN x."kind" = 'participatory_budgeting' THEN 'pb_project' ELSE 'bid' END FROM "round" x WHERE x."key" = ${r}."roundKey")`,
    roundKey: (r) => `${r}."roundKey"`,
    body: (r) => `concat_ws(' ', ${r}."summary", ${r}."category")`,
  },
  {
    table: "provider",
    title: `"name"`,
    kind: () => `'provider'`,
    roundKey: () => "NULL::integer",
    body: (r) => `concat_ws(' ', ${r}."identifierScheme", ${r}."identifier")`,
  },
];
