import { Column, Entity, Index, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { CodeColumn, CreatedAtColumn, CurrencyColumn, MoneyMinorColumn, ForeignKey } from "../db/columns.js";
import { Round } from "../round/round.entity.js";
import { PanelMember } from "../panel/panel-member.entity.js";
import { PanelSession } from "../session/session.entity.js";

/**
 * Pay owed to a panel member: hours × rate, or a flat fee per session, in the round's
 * compensation currency (which may be a local currency such as Brixton Pounds).
 */
@Entity("compensation_entry")
@Index(["roundKey", "memberKey"])
export class CompensationEntry {
  @PrimaryGeneratedColumn()
  key: number;

  @ForeignKey(() => Round, "round", { onDelete: "CASCADE" })
  roundKey: number;
  round?: Relation<Round>;

  @ForeignKey(() => PanelMember, "member", { onDelete: "CASCADE" })
  memberKey: number;
  member?: Relation<PanelMember>;

  @ForeignKey(() => PanelSession, "session", { onDelete: "SET NULL", nullable: true })
  sessionKey: number | null;
  session?: Relation<PanelSession> | null;

  /** hourly | flat */
  @CodeColumn()
  basis: string;

  /** Hourly rate or flat fee, minor units. */
  @MoneyMinorColumn()
  rateMinor: number;

  /** Minutes paid for (hourly basis); null for a flat fee. */
  @Column({ type: "integer", nullable: true })
  minutes: number | null;

  /** Amount owed, minor units: rate × minutes / 60 rounded half-up to a minor unit, or the flat fee. */
  @MoneyMinorColumn()
  amountMinor: number;

  @CurrencyColumn()
  currency: string;

  @CreatedAtColumn()
  createdAt: Date;
}
