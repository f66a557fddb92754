import { Field, ID, ObjectType } from "type-graphql";
import {
  Column,
  Entity,
  Index,
  JoinColumn,
  JoinTable,
  ManyToMany,
  OneToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from "typeorm";
import {
  CivilDateColumn,
  CodeColumn,
  CurrencyColumn,
  InstantColumn,
  MoneyMinorColumn,
  TextColumn,
} from "../db/columns.js";
import { toGlobalId } from "../graphql/node-id.js";
import { Node } from "../graphql/node.js";
import { LocalDateScalar } from "../graphql/scalars.js";
import { Money } from "../graphql/money.type.js";
import { Round } from "../round/round.entity.js";
import { Outcome } from "../outcome/outcome.entity.js";

/** The service specification the panel drafted: linked outcomes, weighted criteria, a budget ceiling. */
@Entity("tender")
@ObjectType({ implements: Node, description: "The service specification (tender) the panel drafted." })
export class Tender {
  @PrimaryGeneratedColumn()
  key: number;

  @Field(() => ID)
  get id(): string {
    return toGlobalId("Tender", this.key);
  }

  @Index({ unique: true })
  @Column()
  roundKey: number;
  @OneToOne(() => Round, { onDelete: "CASCADE" })
  @JoinColumn({ name: "roundKey" })
  round?: Relation<Round>;

  @Column({ type: "varchar", length: 200 })
  @Field()
  title: string;

  @TextColumn({ default: "" })
  @Field({ description: "The specification text." })
  specification: string;

  @MoneyMinorColumn()
  ceilingMinor: number;

  @CurrencyColumn()
  currency: string;

  @Field(() => Money, { description: "The most a bid may request." })
  get budgetCeiling(): Money {
    return Money.of(this.ceilingMinor, this.currency);
  }

  /** draft | published | closed */
  @CodeColumn({ default: "draft" })
  @Field({ description: "draft, published or closed." })
  status: string;

  @InstantColumn({ nullable: true })
  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;

  @CivilDateColumn({ nullable: true })
  @Field(() => LocalDateScalar, { nullable: true, description: "Deadline for bids." })
  submissionDeadline: string | null;

  @ManyToMany(() => Outcome)
  @JoinTable({ name: "tender_outcome", joinColumn: { name: "tenderKey" }, inverseJoinColumn: { name: "outcomeKey" } })
  outcomes?: Relation<Outcome[]>;
}
