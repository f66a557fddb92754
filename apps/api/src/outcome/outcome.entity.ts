import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn, type Relation } from "typeorm";
import type { OutcomeTranslations } from "@coproduce/domain";
import { CodeColumn, JsonColumn, TextColumn, ForeignKey } from "../db/columns.js";
import { toGlobalId } from "../graphql/node-id.js";
import { Node } from "../graphql/node.js";
import { Round } from "../round/round.entity.js";

/** What the panel wants the service to achieve. Drafted in the outcomes phase, then frozen. */
@Entity("outcome")
@Index(["roundKey", "position"])
@ObjectType({ implements: Node, description: "An outcome the panel defined for the service." })
export class Outcome {
  @PrimaryGeneratedColumn()
  key: number;

  @Field(() => ID)
  get id(): string {
    return toGlobalId("Outcome", this.key);
  }

  @ForeignKey(() => Round, "round", { onDelete: "CASCADE" })
  roundKey: number;
  round?: Relation<Round>;

  @Column({ type: "varchar", length: 200 })
  @Field()
  title: string;

  @TextColumn({ default: "" })
  @Field()
  description: string;

  /** draft | frozen */
  @CodeColumn({ default: "draft" })
  @Field({ description: "draft or frozen (frozen once the tender is drafted)." })
  status: string;

  @Column({ type: "integer", default: 0 })
  @Field(() => Int)
  position: number;

  /**
   * Translations of the outcome's title and description, e.g. `{ cy: { title: "…" } }` (packages/domain
   * text/content-lang.ts); read through `titleIn` etc., which fall back to the original.
   */
  @JsonColumn({ nullable: true })
  translations: OutcomeTranslations | null;
}
