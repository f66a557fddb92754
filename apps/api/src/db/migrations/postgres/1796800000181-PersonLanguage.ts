import type { MigrationInterface, QueryRunner } from "typeorm";

/** Each applicant's and panel member's language (en or cy): what the council and Coproduce send them is written in it. */
export class PersonLanguage1796800000181 implements MigrationInterface {
  name = "PersonLanguage1796800000181";

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "applicant" ADD "language" character varying(8) NOT NULL DEFAULT 'en'`);
    await q.query(`ALTER TABLE "panel_member" ADD "language" character varying(8) NOT NULL DEFAULT 'en'`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "panel_member" DROP COLUMN "language"`);
    await q.query(`ALTER TABLE "applicant" DROP COLUMN "language"`);
  }
}
