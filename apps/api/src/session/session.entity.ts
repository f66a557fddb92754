import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { CivilDateColumn, CodeColumn, ForeignKey } from "../db/columns.js";
import { toGlobalId } from "../graphql/node-id.js";
import { Node } from "../graphql/node.js";
import { LocalDateScalar } from "../graphql/scalars.js";
import { Round } from "../round/round.entity.js";

/** A panel meeting: a day, a kind (workshop, interviews, deliberation…) and its length. */
@Entity("session")
@Index(["roundKey", "date"])
@ObjectType({ implements: Node, description: "A panel meeting of a round." })
export class PanelSession {
  @PrimaryGeneratedColumn()
  key: number;

  @Field(() => ID)
  get id(): string {
    return toGlobalId("PanelSession", this.key);
  }

  @ForeignKey(() => Round, "round", { onDelete: "CASCADE" })
  roundKey: number;
  round?: Relation<Round>;

  @CivilDateColumn()
  @Field(() => LocalDateScalar)
  date: string;

  /** induction | outcomes_workshop | tender_drafting | shortlisting | interviews | deliberation | vote | review */
  @CodeColumn()
  @Field({ description: "Kind of session, e.g. outcomes_workshop, interviews, deliberation." })
  kind: string;

  @Column({ type: "varchar", length: 200 })
  @Field()
  title: string;

  @Column({ type: "integer" })
  @Field(() => Int, { description: "Length in minutes." })
  durationMinutes: number;

  @Column({ type: "varchar", length: 5, nullable: true })
  @Field(() => String, { nullable: true, description: "Local start time, `HH:MM` (24-hour), when known." })
  startTime: string | null;

  @Column({ type: "varchar", length: 200, nullable: true })
  @Field(() => String, { nullable: true, description: "Where the session meets, e.g. `Brixton Library, room 2`." })
  place: string | null;
}
