import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Applications (name, source, review) and panel members' device sessions (the device that used the
 * code, when it was issued); sessions' start time and place. Written by hand as ADD COLUMN (not the
 * generator's table copies) so it commutes with other migrations that add columns to the same tables.
 */
export class ApplicationsAndDeviceSessions1796172817008 implements MigrationInterface {
  name = "ApplicationsAndDeviceSessions1796172817008";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "session" ADD COLUMN "startTime" varchar(5)`);
    await queryRunner.query(`ALTER TABLE "session" ADD COLUMN "place" varchar(200)`);
    await queryRunner.query(`ALTER TABLE "applicant" ADD COLUMN "name" varchar(120)`);
    await queryRunner.query(`ALTER TABLE "applicant" ADD COLUMN "source" varchar(40) NOT NULL DEFAULT ('online')`);
    await queryRunner.query(`ALTER TABLE "applicant" ADD COLUMN "reviewedAt" datetime`);
    await queryRunner.query(`ALTER TABLE "applicant" ADD COLUMN "rejectionReason" varchar(500)`);
    await queryRunner.query(`ALTER TABLE "panel_member" ADD COLUMN "invitationDeviceHash" varchar(128)`);
    await queryRunner.query(`ALTER TABLE "panel_member" ADD COLUMN "invitationIssuedAt" datetime`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "panel_member" DROP COLUMN "invitationIssuedAt"`);
    await queryRunner.query(`ALTER TABLE "panel_member" DROP COLUMN "invitationDeviceHash"`);
    await queryRunner.query(`ALTER TABLE "applicant" DROP COLUMN "rejectionReason"`);
    await queryRunner.query(`ALTER TABLE "applicant" DROP COLUMN "reviewedAt"`);
    await queryRunner.query(`ALTER TABLE "applicant" DROP COLUMN "source"`);
    await queryRunner.query(`ALTER TABLE "applicant" DROP COLUMN "name"`);
    await queryRunner.query(`ALTER TABLE "session" DROP COLUMN "place"`);
    await queryRunner.query(`ALTER TABLE "session" DROP COLUMN "startTime"`);
  }
}
