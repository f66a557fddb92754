import { Column, Entity, Index, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { CodeColumn, ForeignKey } from "../db/columns.js";
import { Round } from "../round/round.entity.js";

/** A panel quota: for one dimension's category, the minimum and maximum number of panel seats. */
@Entity("quota")
@Index(["roundKey", "dimension", "category"], { unique: true })
export class Quota {
  @PrimaryGeneratedColumn()
  key: number;

  @ForeignKey(() => Round, "round", { onDelete: "CASCADE" })
  roundKey: number;
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
