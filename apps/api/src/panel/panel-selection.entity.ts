import { Column, Entity, Index, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { CodeColumn, CreatedAtColumn, ForeignKey, InstantColumn, JsonColumn } from "../db/columns.js";
import { Round } from "../round/round.entity.js";
import { Applicant } from "./applicant.entity.js";
import { PanelMember } from "./panel-member.entity.js";

/** The draw's ordered list of alternates: who is offered a withdrawn member's seat, first to last. */
@Entity("panel_alternate")
@Index(["roundKey", "position"], { unique: true })
export class PanelAlternate {
  @PrimaryGeneratedColumn()
  key: number;

  @ForeignKey(() => Round, "round", { onDelete: "CASCADE", index: false })
  roundKey: number;
  round?: Relation<Round>;

  /** 0-based position in the draw's order. */
  @Column({ type: "integer" })
  position: number;

  @ForeignKey(() => Applicant, "applicant", { onDelete: "CASCADE" })
  applicantKey: number;
  applicant?: Relation<Applicant>;
}

/**
 * One run of the panel selection: the draw, or a replacement. Its inputs (seed, quotas, panel size,
 * pool; for a replacement the withdrawn member, the alternates considered and the quota snapshot it
 * used) and its result, frozen as they were; who ran it and when.
 */
@Entity("selection_run")
@Index(["roundKey", "createdAt"])
export class SelectionRun {
  @PrimaryGeneratedColumn()
  key: number;

  @ForeignKey(() => Round, "round", { onDelete: "CASCADE", index: false })
  roundKey: number;
  round?: Relation<Round>;

  /** draw | replacement */
  @CodeColumn()
  kind: string;

  /** The audit log's name for whoever ran it (`user:12`): never a name or an email. */
  @Column({ type: "varchar", length: 60 })
  actor: string;

  @JsonColumn()
  inputs: Record<string, unknown>;

  @JsonColumn()
  result: Record<string, unknown>;

  @CreatedAtColumn()
  createdAt: Date;
}

/** Where a panel member stands after the draw: confirmed (they accepted) or withdrawn, and why. */
@Entity("panel_member_status")
export class PanelMemberStatus {
  @PrimaryGeneratedColumn()
  key: number;

  @Index({ unique: true })
  @ForeignKey(() => PanelMember, "member", { onDelete: "CASCADE", index: false })
  memberKey: number;
  member?: Relation<PanelMember>;

  @ForeignKey(() => Round, "round", { onDelete: "CASCADE" })
  roundKey: number;
  round?: Relation<Round>;

  @InstantColumn({ nullable: true })
  confirmedAt: Date | null;

  @InstantColumn({ nullable: true })
  withdrawnAt: Date | null;

  @Column({ type: "varchar", length: 500, nullable: true })
  withdrawalReason: string | null;

  /** The member who took the seat, once replaced. */
  @Column({ type: "integer", nullable: true })
  replacedByMemberKey: number | null;
}
