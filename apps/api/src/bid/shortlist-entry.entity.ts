import { Column, Entity, Index, JoinColumn, OneToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { CreatedAtColumn, InstantColumn, TextColumn, ForeignKey } from "../db/columns.js";
import { Bid } from "./bid.entity.js";
import { PanelMember } from "../panel/panel-member.entity.js";

/** A bid put on the shortlist by the panel: who proposed it and why. */
@Entity("shortlist_entry")
export class ShortlistEntry {
  @PrimaryGeneratedColumn()
  key: number;

  @Index({ unique: true })
  @Column()
  bidKey: number;
  @OneToOne(() => Bid, { onDelete: "CASCADE" })
  @JoinColumn({ name: "bidKey" })
  bid?: Relation<Bid>;

  @ForeignKey(() => PanelMember, "proposedBy", { onDelete: "SET NULL", nullable: true })
  proposedByMemberKey: number | null;
  proposedBy?: Relation<PanelMember> | null;

  @TextColumn()
  reason: string;

  /**
   * Free text by a panel member is public only once an officer of the council has reviewed it
   * (`shortlistReasonReview`): until then `reason` is shown to the council's officers only.
   * Officers' own reasons are published as they write them.
   */
  @Column({ type: "boolean", default: false })
  reasonPublished: boolean;

  /** When an officer published or redacted the reason (null: not reviewed yet). */
  @InstantColumn({ nullable: true })
  reasonReviewedAt: Date | null;

  @CreatedAtColumn()
  createdAt: Date;
}
