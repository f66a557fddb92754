import type { MigrationInterface, QueryRunner } from "typeorm";

/** The applicant's private household (address or UPRN) for the household rule. */
export class ApplicantHousehold1796800000001 implements MigrationInterface {
  name = "ApplicantHousehold1796800000001";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "applicant" ADD "household" character varying(200)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "applicant" DROP COLUMN "household"`);
  }
}
