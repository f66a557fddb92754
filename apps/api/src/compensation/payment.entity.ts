import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { CivilDateColumn, CreatedAtColumn, CurrencyColumn, MoneyMinorColumn } from "../db/columns.js";
import { Round } from "../round/round.entity.js";
import { PanelMember } from "../panel/panel-member.entity.js";

/**
 * A payment made to a panel member. Idempotent: the same payment submitted twice carries the same
 * idempotency key and is recorded once (a unique constraint, not only a check in code).
 */
@Entity("payment")
@Index(["roundKey", "memberKey"])
export class Payment {
  @PrimaryGeneratedColumn()
  key: number;

  @Index()
  @Column()
  roundKey: number;
  @ManyToOne(() => Round, { onDelete: "CASCADE" })
  @JoinColumn({ name: "roundKey" })
  round?: Relation<Round>;

  @Index()
  @Column()
  memberKey: number;
  @ManyToOne(() => PanelMember, { onDelete: "CASCADE" })
  @JoinColumn({ name: "memberKey" })
  member?: Relation<PanelMember>;

  @MoneyMinorColumn()
  amountMinor: number;

  @CurrencyColumn()
  currency: string;

  @CivilDateColumn()
  paidOn: string;

  @Column({ type: "varchar", length: 80, nullable: true })
  method: string | null;

  @Index({ unique: true })
  @Column({ type: "varchar", length: 120 })
  idempotencyKey: string;

  @CreatedAtColumn()
  createdAt: Date;
}
