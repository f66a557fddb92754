import type { MigrationInterface, QueryRunner } from "typeorm";

/** The panel draw's commitment, seed and outcome (panel/panel-draw.entity.ts); generated for postgres. */
export class PanelDraw1796500000001 implements MigrationInterface {
  name = "PanelDraw1796500000001";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "panel_draw" ("key" SERIAL NOT NULL, "roundKey" integer NOT NULL, "poolCsv" text NOT NULL, "poolSha256" character varying(64) NOT NULL, "commitmentJson" text NOT NULL, "commitmentSha256" character varying(64) NOT NULL, "randomnessDate" character varying(10) NOT NULL, "randomnessSource" character varying(300) NOT NULL, "committedAt" TIMESTAMP WITH TIME ZONE NOT NULL, "seed" character varying(120), "drawnAt" TIMESTAMP WITH TIME ZONE, "outcome" text, CONSTRAINT "PK_8c7475cfc61be1b6855a602dd1a" PRIMARY KEY ("key"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_cf7f280a6c4f46be0b62d122c7" ON "panel_draw"  ("roundKey") `);
    await queryRunner.query(
      `ALTER TABLE "panel_draw" ADD CONSTRAINT "FK_cf7f280a6c4f46be0b62d122c7f" FOREIGN KEY ("roundKey") REFERENCES "round"("key") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "panel_draw" DROP CONSTRAINT "FK_cf7f280a6c4f46be0b62d122c7f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_cf7f280a6c4f46be0b62d122c7"`);
    await queryRunner.query(`DROP TABLE "panel_draw"`);
  }
}
