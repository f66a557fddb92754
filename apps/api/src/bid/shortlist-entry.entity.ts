import { Column, Entity, Index, JoinColumn, ManyToOne, OneToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { CreatedAtColumn, TextColumn } from "../db/columns.js";
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

  @Index()
  @Column({ type: "integer", nullable: true })
  proposedByMemberKey: number | null;
  @ManyToOne(() => PanelMember, { onDelete: "SET NULL", nullable: true })
  @JoinColumn({ name: "proposedByMemberKey" })
  proposedBy?: Relation<PanelMember> | null;

  @TextColumn()
  reason: string;

  @CreatedAtColumn()
  createdAt: Date;
}
