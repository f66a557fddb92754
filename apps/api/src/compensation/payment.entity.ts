import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { CivilDateColumn, CreatedAtColumn, CurrencyColumn, MoneyMinorColumn, ForeignKey } from "../db/columns.js";
import { Round } from "../round/round.entity.js";
import { PanelMember } from "../panel/panel-member.entity.js";
import { toGlobalId } from "../graphql/node-id.js";
import { Money } from "../graphql/money.type.js";
import { LocalDateScalar } from "../graphql/scalars.js";

/**
 * A payment made to a panel member. Idempotent: the same payment submitted twice carries the same
 * idempotency key and is recorded once (a unique constraint, not only a check in code).
 */
@Entity("payment")
@Index(["roundKey", "memberKey"])
@ObjectType({ description: "A payment to a panel member (officers of the council only)." })
export class Payment {
  @PrimaryGeneratedColumn()
  key: number;

  @Field(() => ID)
  get id(): string {
    return toGlobalId("Payment", this.key);
  }

  @Field(() => Money)
  get amount(): Money {
    return Money.of(this.amountMinor, this.currency);
  }

  @ForeignKey(() => Round, "round", { onDelete: "CASCADE" })
  roundKey: number;
  round?: Relation<Round>;

  @ForeignKey(() => PanelMember, "member", { onDelete: "CASCADE" })
  memberKey: number;
  member?: Relation<PanelMember>;

  @MoneyMinorColumn()
  amountMinor: number;

  @CurrencyColumn()
  currency: string;

  @CivilDateColumn()
  @Field(() => LocalDateScalar)
  paidOn: string;

  @Column({ type: "varchar", length: 80, nullable: true })
  @Field(() => String, { nullable: true, description: "e.g. bank transfer, Brixton Pound pay-by-text." })
  method: string | null;

  @Index({ unique: true })
  @Column({ type: "varchar", length: 120 })
  @Field({ description: "The client's idempotency key: the same key twice records one payment." })
  idempotencyKey: string;

  @CreatedAtColumn()
  createdAt: Date;
}
