import { Field, Float, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { CivilDateColumn, CreatedAtColumn, RealColumn, ForeignKey } from "../db/columns.js";
import { toGlobalId } from "../graphql/node-id.js";
import { Node } from "../graphql/node.js";
import { LocalDateScalar } from "../graphql/scalars.js";
import { Indicator } from "./indicator.entity.js";

/** A value of an indicator on a date, with its source and who recorded it. */
@Entity("measurement")
@Index(["indicatorKey", "measuredOn"])
@ObjectType({ implements: Node, description: "A measurement of an indicator." })
export class Measurement {
  @PrimaryGeneratedColumn()
  key: number;

  @Field(() => ID)
  get id(): string {
    return toGlobalId("Measurement", this.key);
  }

  @ForeignKey(() => Indicator, "indicator", { onDelete: "CASCADE" })
  indicatorKey: number;
  indicator?: Relation<Indicator>;

  @RealColumn()
  @Field(() => Float)
  value: number;

  @CivilDateColumn()
  @Field(() => LocalDateScalar)
  measuredOn: string;

  @Column({ type: "varchar", length: 200 })
  @Field({ description: "Where the figure comes from." })
  source: string;

  /** The officer who recorded it (user key); public views show only the role. */
  @Column({ type: "integer", nullable: true })
  recordedByUserKey: number | null;

  @CreatedAtColumn()
  createdAt: Date;
}
