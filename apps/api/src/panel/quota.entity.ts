import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { CodeColumn } from "../db/columns.js";
import { Round } from "../round/round.entity.js";

/** A panel quota: for one dimension's category, the minimum and maximum number of panel seats. */
@Entity("quota")
@Index(["roundKey", "dimension", "category"], { unique: true })
export class Quota {
  @PrimaryGeneratedColumn()
  key: number;

  @Index()
  @Column()
  roundKey: number;
  @ManyToOne(() => Round, { onDelete: "CASCADE" })
  @JoinColumn({ name: "roundKey" })
  round?: Relation<Round>;

  @CodeColumn()
  dimension: string;

  @Column({ type: "varchar", length: 120 })
  category: string;

  @Column({ type: "integer" })
  min: number;

  @Column({ type: "integer" })
  max: number;
}
