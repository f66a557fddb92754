import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Outcome.translations and Indicator.translations (an outcome's title and description, an
 * indicator's public name, in other languages), and a round's translations in the search index:
 * a round is found by its translated title (as title) and its translated description and target
 * group (as body), and the index follows `translations` when an officer sets one.
 *
 * Written by hand: ADD COLUMN (no table rebuild), and the round's search triggers re-created with
 * the translations in them (SearchIndex migration for the index's layout).
 */
export class ContentTranslations1796800000170 implements MigrationInterface {
  name = "ContentTranslations1796800000170";

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "outcome" ADD COLUMN "translations" text`);
    await q.query(`ALTER TABLE "indicator" ADD COLUMN "translations" text`);
    await roundTriggers(q, true);
  }

  public async down(q: QueryRunner): Promise<void> {
    await roundTriggers(q, false);
    await q.query(`ALTER TABLE "indicator" DROP COLUMN "translations"`);
    await q.query(`ALTER TABLE "outcome" DROP COLUMN "translations"`);
  }
}

/** The translations of `fields` of the row's `translations` (every language), space-separated; NULL for none. */
const translated = (r: string, fields: string[]) =>
  `(SELECT group_concat(j.value, ' ') FROM json_each(CASE WHEN json_valid(${r}."translations") THEN ${r}."translations" END) l, json_each(CASE WHEN l.type = 'object' THEN l.value END) j WHERE j.key IN (${fields.map((f) => `'${f}'`).join(", ")}) AND j.type = 'text')`;

const title = (r: string, withTranslations: boolean) =>
  withTranslations ? `${r}."title" || coalesce(' ' || ${translated(r, ["title"])}, '')` : `${r}."title"`;

const body = (r: string, withTranslations: boolean) =>
  `coalesce(${r}."description", '') || ' ' || ${r}."theme" || ' ' || coalesce(${r}."targetGroup", '') || ' ' || coalesce((SELECT c."name" FROM "council" c WHERE c."key" = ${r}."councilKey"), '')` +
  (withTranslations ? ` || coalesce(' ' || ${translated(r, ["description", "targetGroup"])}, '')` : "");

const insert = (r: string, t: boolean) =>
  `INSERT INTO "search_index"(rowid, title, body, kind, roundKey) VALUES (${r}."key" * 8 + 2, ${title(r, t)}, ${body(r, t)}, 'round', ${r}."key")`;

async function roundTriggers(q: QueryRunner, withTranslations: boolean): Promise<void> {
  const columns = `"title", "description", "theme", "targetGroup", "councilKey"${withTranslations ? `, "translations"` : ""}`;
  await q.query(`DROP TRIGGER "search_round_insert"`);
  await q.query(`DROP TRIGGER "search_round_update"`);
  await q.query(
    `CREATE TRIGGER "search_round_insert" AFTER INSERT ON "round" BEGIN ${insert("NEW", withTranslations)}; END`,
  );
  await q.query(
    `CREATE TRIGGER "search_round_update" AFTER UPDATE OF ${columns} ON "round" BEGIN DELETE FROM "search_index" WHERE rowid = OLD."key" * 8 + 2; ${insert("NEW", withTranslations)}; END`,
  );
  await q.query(`DELETE FROM "search_index" WHERE rowid IN (SELECT t."key" * 8 + 2 FROM "round" t)`);
  await q.query(
    `INSERT INTO "search_index"(rowid, title, body, kind, roundKey) SELECT t."key" * 8 + 2, ${title("t", withTranslations)}, ${body("t", withTranslations)}, 'round', t."key" FROM "round" t`,
  );
}
