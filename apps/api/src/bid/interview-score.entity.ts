import { Column, Entity, Index, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { CreatedAtColumn, ForeignKey } from "../db/columns.js";
import { Bid } from "./bid.entity.js";
import { PanelMember } from "../panel/panel-member.entity.js";
import { Criterion } from "../tender/criterion.entity.js";

/** One panel member's score of one shortlisted bid on one criterion (fixed scale, 0–5). */
@Entity("interview_score")
@Index(["bidKey", "memberKey", "criterionKey"], { unique: true })
export class InterviewScore {
  @PrimaryGeneratedColumn()
  key: number;

  @ForeignKey(() => Bid, "bid", { onDelete: "CASCADE" })
  bidKey: number;
  bid?: Relation<Bid>;

  @ForeignKey(() => PanelMember, "member", { onDelete: "CASCADE" })
  memberKey: number;
  member?: Relation<PanelMember>;

  @ForeignKey(() => Criterion, "criterion", { onDelete: "CASCADE" })
  criterionKey: number;
  criterion?: Relation<Criterion>;

  @Column({ type: "integer" })
  score: number;

  @CreatedAtColumn()
  createdAt: Date;
}
