import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Outcome.translations and Indicator.translations (an outcome's title and description, an
 * indicator's public name, in other languages), and a round's translations in the search index:
 * a round is found by its translated title (as title) and its translated description and target
 * group (as body); the round's trigger (SearchIndex migration) follows `translations` from now on.
 *
 * Written by hand (TypeORM knows nothing of functions or triggers).
 */
export class ContentTranslations1796800000171 implements MigrationInterface {
  name = "ContentTranslations1796800000171";

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "outcome" ADD "translations" text`);
    await q.query(`ALTER TABLE "indicator" ADD "translations" text`);
    await q.query(
      `CREATE FUNCTION coproduce_search_translated(t text, VARIADIC fields text[]) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT string_agg(l.value ->> f, ' ') FROM json_each(CASE WHEN json_typeof(t::json) = 'object' THEN t::json ELSE '{}'::json END) l, unnest(fields) f WHERE json_typeof(l.value) = 'object'
      $$`,
    );
    await roundFunction(q, true);
  }

  public async down(q: QueryRunner): Promise<void> {
    await roundFunction(q, false);
    await q.query(`DROP FUNCTION coproduce_search_translated(text, text[])`);
    await q.query(`ALTER TABLE "indicator" DROP COLUMN "translations"`);
    await q.query(`ALTER TABLE "outcome" DROP COLUMN "translations"`);
  }
}

const title = (r: string, t: boolean) =>
  t ? `concat_ws(' ', ${r}."title", coproduce_search_translated(${r}."translations", 'title'))` : `${r}."title"`;

const body = (r: string, t: boolean) =>
  `concat_ws(' ', ${r}."description", ${r}."theme", ${r}."targetGroup", (SELECT c."name" FROM "council" c WHERE c."key" = ${r}."councilKey")${t ? `, coproduce_search_translated(${r}."translations", 'description', 'targetGroup')` : ""})`;

/** The round's search trigger function, with or without its translations, and the rounds re-indexed. */
async function roundFunction(q: QueryRunner, t: boolean): Promise<void> {
  await q.query(
    `CREATE OR REPLACE FUNCTION coproduce_search_round() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
      IF TG_OP = 'DELETE' THEN DELETE FROM "search_document" WHERE "source" = 'round' AND "ref" = OLD."key"; RETURN OLD; END IF;
      INSERT INTO "search_document"("source", "ref", "kind", "roundKey", "title", "body")
        VALUES ('round', NEW."key", 'round', NEW."key", ${title("NEW", t)}, ${body("NEW", t)})
        ON CONFLICT ("source", "ref") DO UPDATE SET "kind" = EXCLUDED."kind", "roundKey" = EXCLUDED."roundKey", "title" = EXCLUDED."title", "body" = EXCLUDED."body";
      RETURN NEW;
    END $$`,
  );
  await q.query(
    `UPDATE "search_document" d SET "title" = ${title("r", t)}, "body" = ${body("r", t)} FROM "round" r WHERE d."source" = 'round' AND d."ref" = r."key"`,
  );
}
