import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { CivilDateColumn, CodeColumn, ForeignKey } from "../db/columns.js";
import { toGlobalId } from "../graphql/node-id.js";
import { Node } from "../graphql/node.js";
import { LocalDateScalar } from "../graphql/scalars.js";
import { Round } from "../round/round.entity.js";

/** A milestone of a funded service (delivery plan), e.g. "first talent show held". */
@Entity("milestone")
@Index(["roundKey", "dueOn"])
@ObjectType({ implements: Node, description: "A delivery milestone of a funded service." })
export class Milestone {
  @PrimaryGeneratedColumn()
  key: number;

  @Field(() => ID)
  get id(): string {
    return toGlobalId("Milestone", this.key);
  }

  @ForeignKey(() => Round, "round", { onDelete: "CASCADE" })
  roundKey: number;
  round?: Relation<Round>;

  @Index()
  @Column({ type: "integer", nullable: true })
  awardKey: number | null;

  @Column({ type: "varchar", length: 200 })
  @Field()
  title: string;

  @CivilDateColumn()
  @Field(() => LocalDateScalar)
  dueOn: string;

  /** scheduled | met | late | missed */
  @CodeColumn({ default: "scheduled" })
  @Field({ description: "scheduled, met, late or missed." })
  status: string;

  @CivilDateColumn({ nullable: true })
  @Field(() => LocalDateScalar, { nullable: true })
  completedOn: string | null;
}
