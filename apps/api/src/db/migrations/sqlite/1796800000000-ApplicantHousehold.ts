import type { MigrationInterface, QueryRunner } from "typeorm";

/** The applicant's private household (address or UPRN) for the household rule. */
export class ApplicantHousehold1796800000000 implements MigrationInterface {
  name = "ApplicantHousehold1796800000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "applicant" ADD COLUMN "household" varchar(200)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "applicant" DROP COLUMN "household"`);
  }
}
