import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { CivilDateColumn, CreatedAtColumn, CurrencyColumn, MoneyMinorColumn, ForeignKey } from "../db/columns.js";
import { toGlobalId } from "../graphql/node-id.js";
import { Node } from "../graphql/node.js";
import { LocalDateScalar } from "../graphql/scalars.js";
import { Money } from "../graphql/money.type.js";
import { Award } from "./award.entity.js";

/** A payment made against an award. Spend never exceeds the award (plus audited variations). */
@Entity("spend_transaction")
@Index(["awardKey", "paidOn"])
@ObjectType({ implements: Node, description: "A payment made against an award." })
export class SpendTransaction {
  @PrimaryGeneratedColumn()
  key: number;

  @Field(() => ID)
  get id(): string {
    return toGlobalId("SpendTransaction", this.key);
  }

  @ForeignKey(() => Award, "award", { onDelete: "CASCADE" })
  awardKey: number;
  award?: Relation<Award>;

  @MoneyMinorColumn()
  amountMinor: number;

  @CurrencyColumn()
  currency: string;

  @Field(() => Money)
  get amount(): Money {
    return Money.of(this.amountMinor, this.currency);
  }

  @CivilDateColumn()
  @Field(() => LocalDateScalar)
  paidOn: string;

  @Column({ type: "varchar", length: 300 })
  @Field()
  description: string;

  @Index({ unique: true })
  @Column({ type: "varchar", length: 120 })
  @Field({ description: "The finance system's payment reference (unique; recording it again is idempotent)." })
  reference: string;

  @CreatedAtColumn()
  createdAt: Date;
}
