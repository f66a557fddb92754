import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Round.translations (the round's words in other languages). Written by hand as ADD COLUMN: the
 * generator's table rebuild would drop the search index's triggers on `round` (SearchIndex migration).
 */
export class RoundTranslations1796600000000 implements MigrationInterface {
  name = "RoundTranslations1796600000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "round" ADD COLUMN "translations" text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "round" DROP COLUMN "translations"`);
  }
}
