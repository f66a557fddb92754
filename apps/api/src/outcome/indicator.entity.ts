import { Field, Float, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn, type Relation } from "typeorm";
import type { IndicatorTranslations } from "@coproduce/domain";
import { CivilDateColumn, CodeColumn, JsonColumn, RealColumn, ForeignKey } from "../db/columns.js";
import { toGlobalId } from "../graphql/node-id.js";
import { Node } from "../graphql/node.js";
import { LocalDateScalar } from "../graphql/scalars.js";
import { Outcome } from "./outcome.entity.js";

/** How an outcome is measured: unit, baseline, target and which direction is better. */
@Entity("indicator")
@ObjectType({ implements: Node, description: "A measurable indicator of an outcome." })
export class Indicator {
  @PrimaryGeneratedColumn()
  key: number;

  @Field(() => ID)
  get id(): string {
    return toGlobalId("Indicator", this.key);
  }

  @ForeignKey(() => Outcome, "outcome", { onDelete: "CASCADE" })
  outcomeKey: number;
  outcome?: Relation<Outcome>;

  @Column({ type: "varchar", length: 200 })
  @Field()
  name: string;

  @Column({ type: "varchar", length: 60 })
  @Field({ description: "Unit, e.g. `young people`, `%`, `reoffences per 100`." })
  unit: string;

  @RealColumn()
  @Field(() => Float)
  baseline: number;

  @RealColumn()
  @Field(() => Float)
  target: number;

  /** higher_is_better | lower_is_better */
  @CodeColumn()
  direction: string;

  @CivilDateColumn({ nullable: true })
  @Field(() => LocalDateScalar, { nullable: true, description: "Start of the monitoring period." })
  startsOn: string | null;

  @CivilDateColumn({ nullable: true })
  @Field(() => LocalDateScalar, { nullable: true, description: "When the target should be reached." })
  dueOn: string | null;

  /** Translations of the indicator's public name, e.g. `{ cy: { name: "…" } }`; read through `nameIn`. */
  @JsonColumn({ nullable: true })
  translations: IndicatorTranslations | null;
}
