import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinTable, ManyToMany, PrimaryGeneratedColumn, type Relation } from "typeorm";
import {
  CodeColumn,
  CreatedAtColumn,
  CurrencyColumn,
  MoneyMinorColumn,
  TextColumn,
  ForeignKey,
} from "../db/columns.js";
import { toGlobalId } from "../graphql/node-id.js";
import { Node } from "../graphql/node.js";
import { Money } from "../graphql/money.type.js";
import { BidStatus } from "../graphql/enums.js";
import { Round } from "../round/round.entity.js";
import { Provider } from "../provider/provider.entity.js";
import { Outcome } from "../outcome/outcome.entity.js";

/**
 * A proposal competing for a round's money: a provider's bid for a tender, or a PB project
 * proposed by residents. `externalId` keeps a pabulib project_id so files round-trip.
 */
@Entity("bid")
@Index(["roundKey", "status"])
@Index(["roundKey", "externalId"], { unique: true })
@ObjectType({ implements: Node, description: "A bid for a tender, or a project in a participatory-budgeting round." })
export class Bid {
  @PrimaryGeneratedColumn()
  key: number;

  @Field(() => ID)
  get id(): string {
    return toGlobalId("Bid", this.key);
  }

  @ForeignKey(() => Round, "round", { onDelete: "CASCADE" })
  roundKey: number;
  round?: Relation<Round>;

  @ForeignKey(() => Provider, "provider", { onDelete: "RESTRICT", nullable: true })
  providerKey: number | null;
  provider?: Relation<Provider> | null;

  @Column({ type: "varchar", length: 80 })
  @Field({ description: "Identifier within the round (a pabulib project_id for imported rounds)." })
  externalId: string;

  @Column({ type: "varchar", length: 300 })
  @Field()
  title: string;

  @TextColumn({ default: "" })
  @Field()
  summary: string;

  @Column({ type: "varchar", length: 120, nullable: true })
  @Field(() => String, { nullable: true, description: "Category of the project (PB), e.g. `greenery`." })
  category: string | null;

  @MoneyMinorColumn()
  amountRequestedMinor: number;

  @CurrencyColumn()
  currency: string;

  @Field(() => Money)
  get amountRequested(): Money {
    return Money.of(this.amountRequestedMinor, this.currency);
  }

  /** submitted | withdrawn | ineligible | shortlisted | not_shortlisted | funded | not_funded */
  @CodeColumn({ default: "submitted" })
  @Field(() => BidStatus)
  status: string;

  /** Extra pabulib columns kept verbatim so exports round-trip. */
  @Column({ type: "simple-json", nullable: true })
  extra: Record<string, string> | null;

  /** The panel's outcomes this bid says it will address. */
  @ManyToMany(() => Outcome)
  @JoinTable({ name: "bid_outcome", joinColumn: { name: "bidKey" }, inverseJoinColumn: { name: "outcomeKey" } })
  outcomesAddressed?: Relation<Outcome[]>;

  @CreatedAtColumn()
  createdAt: Date;
}
