import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { CreatedAtColumn } from "../db/columns.js";
import { Bid } from "./bid.entity.js";
import { PanelMember } from "../panel/panel-member.entity.js";
import { Criterion } from "../tender/criterion.entity.js";

/** One panel member's score of one shortlisted bid on one criterion (fixed scale, 0–5). */
@Entity("interview_score")
@Index(["bidKey", "memberKey", "criterionKey"], { unique: true })
export class InterviewScore {
  @PrimaryGeneratedColumn()
  key: number;

  @Index()
  @Column()
  bidKey: number;
  @ManyToOne(() => Bid, { onDelete: "CASCADE" })
  @JoinColumn({ name: "bidKey" })
  bid?: Relation<Bid>;

  @Index()
  @Column()
  memberKey: number;
  @ManyToOne(() => PanelMember, { onDelete: "CASCADE" })
  @JoinColumn({ name: "memberKey" })
  member?: Relation<PanelMember>;

  @Index()
  @Column()
  criterionKey: number;
  @ManyToOne(() => Criterion, { onDelete: "CASCADE" })
  @JoinColumn({ name: "criterionKey" })
  criterion?: Relation<Criterion>;

  @Column({ type: "integer" })
  score: number;

  @CreatedAtColumn()
  createdAt: Date;
}
