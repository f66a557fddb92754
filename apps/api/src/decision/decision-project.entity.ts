import { Field, Float, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { JsonColumn, RealColumn, ForeignKey } from "../db/columns.js";
import { Decision } from "./decision.entity.js";
import { Bid } from "../bid/bid.entity.js";

/** The decision's verdict on one bid/project, with its rank, score and structured explanation. */
@Entity("decision_project")
@Index(["decisionKey", "bidKey"], { unique: true })
@ObjectType({ description: "The decision's verdict on one bid or project, and why." })
export class DecisionProject {
  @PrimaryGeneratedColumn()
  key: number;

  @ForeignKey(() => Decision, "decision", { onDelete: "CASCADE" })
  decisionKey: number;
  decision?: Relation<Decision>;

  @ForeignKey(() => Bid, "bid", { onDelete: "CASCADE" })
  bidKey: number;
  bid?: Relation<Bid>;

  @Column({ type: "boolean" })
  @Field()
  funded: boolean;

  @Column({ type: "integer", nullable: true })
  @Field(() => Int, { nullable: true })
  rank: number | null;

  /** Votes (approvals/points) or weighted interview score, depending on the method. */
  @RealColumn({ nullable: true })
  @Field(() => Float, { nullable: true, description: "Votes/points, or the weighted interview score (0–5)." })
  score: number | null;

  @JsonColumn({ nullable: true })
  explanation: Record<string, unknown> | null;
}
