import type { MigrationInterface, QueryRunner } from "typeorm";

/** How many invitation letters were sent for the round's panel (the funnel's "invited"). */
export class RoundInvitationsSent1796800000011 implements MigrationInterface {
  name = "RoundInvitationsSent1796800000011";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "round" ADD "invitationsSent" integer`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "round" DROP COLUMN "invitationsSent"`);
  }
}
