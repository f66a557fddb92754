import type { MigrationInterface, QueryRunner } from "typeorm";

/** The panel draw's commitment, seed and outcome (panel/panel-draw.entity.ts); generated for sqlite, then tidied. */
export class PanelDraw1796500000000 implements MigrationInterface {
  name = "PanelDraw1796500000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "panel_draw" ("key" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "roundKey" integer NOT NULL, "poolCsv" text NOT NULL, "poolSha256" varchar(64) NOT NULL, "commitmentJson" text NOT NULL, "commitmentSha256" varchar(64) NOT NULL, "randomnessDate" varchar(10) NOT NULL, "randomnessSource" varchar(300) NOT NULL, "committedAt" datetime NOT NULL, "seed" varchar(120), "drawnAt" datetime, "outcome" text, CONSTRAINT "FK_cf7f280a6c4f46be0b62d122c7f" FOREIGN KEY ("roundKey") REFERENCES "round" ("key") ON DELETE CASCADE ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_cf7f280a6c4f46be0b62d122c7" ON "panel_draw" ("roundKey") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_cf7f280a6c4f46be0b62d122c7"`);
    await queryRunner.query(`DROP TABLE "panel_draw"`);
  }
}
