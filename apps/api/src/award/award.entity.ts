import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn, type Relation } from "typeorm";
import {
  CivilDateColumn,
  CodeColumn,
  CreatedAtColumn,
  CurrencyColumn,
  MoneyMinorColumn,
  ForeignKey,
} from "../db/columns.js";
import { toGlobalId } from "../graphql/node-id.js";
import { Node } from "../graphql/node.js";
import { LocalDateScalar } from "../graphql/scalars.js";
import { Money } from "../graphql/money.type.js";
import { Round } from "../round/round.entity.js";
import { Bid } from "../bid/bid.entity.js";
import { Provider } from "../provider/provider.entity.js";

/** Money committed to a provider for a funded bid or project (a contract or a grant). */
@Entity("award")
@Index(["roundKey", "awardedOn"])
@Index(["awardedOn"])
@ObjectType({ implements: Node, description: "An award (contract or grant) for a funded bid or project." })
export class Award {
  @PrimaryGeneratedColumn()
  key: number;

  @Field(() => ID)
  get id(): string {
    return toGlobalId("Award", this.key);
  }

  @ForeignKey(() => Round, "round", { onDelete: "CASCADE" })
  roundKey: number;
  round?: Relation<Round>;

  @ForeignKey(() => Bid, "bid", { onDelete: "SET NULL", nullable: true })
  bidKey: number | null;
  bid?: Relation<Bid> | null;

  @ForeignKey(() => Provider, "provider", { onDelete: "RESTRICT", nullable: true })
  providerKey: number | null;
  provider?: Relation<Provider> | null;

  @Column({ type: "varchar", length: 300 })
  @Field()
  title: string;

  /** contract | grant */
  @CodeColumn()
  @Field({ description: "contract or grant." })
  kind: string;

  /** Value as awarded, plus any audited variations (see AwardVariation). */
  @MoneyMinorColumn()
  valueMinor: number;

  @CurrencyColumn()
  currency: string;

  @Field(() => Money, { description: "Value awarded, including audited variations." })
  get value(): Money {
    return Money.of(this.valueMinor, this.currency);
  }

  @CivilDateColumn()
  @Field(() => LocalDateScalar)
  awardedOn: string;

  @CivilDateColumn({ nullable: true })
  @Field(() => LocalDateScalar, { nullable: true })
  startsOn: string | null;

  @CivilDateColumn({ nullable: true })
  @Field(() => LocalDateScalar, { nullable: true })
  endsOn: string | null;

  /** active | completed | terminated */
  @CodeColumn({ default: "active" })
  @Field({ description: "active, completed or terminated." })
  status: string;

  @CreatedAtColumn()
  createdAt: Date;
}
