import { Field, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { CreatedAtColumn, MoneyMinorColumn, TextColumn, ForeignKey } from "../db/columns.js";
import { Award } from "./award.entity.js";

/** An explicit, audited change of an award's value (the only way spend may exceed the original award). */
@Entity("award_variation")
@ObjectType({ description: "An explicit, audited change of an award's value, with its reason." })
export class AwardVariation {
  @PrimaryGeneratedColumn()
  key: number;

  @ForeignKey(() => Award, "award", { onDelete: "CASCADE" })
  awardKey: number;
  award?: Relation<Award>;

  @MoneyMinorColumn()
  deltaMinor: number;

  @TextColumn()
  @Field({ description: "Why the award was varied." })
  reason: string;

  @Column({ type: "integer", nullable: true })
  byUserKey: number | null;

  @CreatedAtColumn()
  @Field({ description: "When the variation was recorded." })
  createdAt: Date;
}
