import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { CreatedAtColumn, MoneyMinorColumn, TextColumn } from "../db/columns.js";
import { Award } from "./award.entity.js";

/** An explicit, audited change of an award's value (the only way spend may exceed the original award). */
@Entity("award_variation")
export class AwardVariation {
  @PrimaryGeneratedColumn()
  key: number;

  @Index()
  @Column()
  awardKey: number;
  @ManyToOne(() => Award, { onDelete: "CASCADE" })
  @JoinColumn({ name: "awardKey" })
  award?: Relation<Award>;

  @MoneyMinorColumn()
  deltaMinor: number;

  @TextColumn()
  reason: string;

  @Column({ type: "integer", nullable: true })
  byUserKey: number | null;

  @CreatedAtColumn()
  createdAt: Date;
}
