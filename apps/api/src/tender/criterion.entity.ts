import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { TextColumn, ForeignKey } from "../db/columns.js";
import { toGlobalId } from "../graphql/node-id.js";
import { Node } from "../graphql/node.js";
import { Tender } from "./tender.entity.js";

/** An award criterion with its weight in basis points (a tender's weights sum to 10,000 = 100 %). */
@Entity("criterion")
@Index(["tenderKey", "position"])
@ObjectType({ implements: Node, description: "An award criterion of a tender and its weight." })
export class Criterion {
  @PrimaryGeneratedColumn()
  key: number;

  @Field(() => ID)
  get id(): string {
    return toGlobalId("Criterion", this.key);
  }

  @ForeignKey(() => Tender, "tender", { onDelete: "CASCADE" })
  tenderKey: number;
  tender?: Relation<Tender>;

  @Column({ type: "varchar", length: 200 })
  @Field()
  name: string;

  @TextColumn({ default: "" })
  @Field()
  description: string;

  @Column({ type: "integer" })
  @Field(() => Int, { description: "Weight in basis points: 2500 = 25 %." })
  weightBasisPoints: number;

  @Column({ type: "integer", default: 0 })
  position: number;
}
