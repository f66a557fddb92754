import { Column, Entity, Index, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { ForeignKey } from "../db/columns.js";
import { PanelSession } from "./session.entity.js";
import { PanelMember } from "../panel/panel-member.entity.js";

/** The optional trust survey (1–5) at a round's first and last sessions, to show change. */
@Entity("trust_response")
@Index(["sessionKey", "memberKey"], { unique: true })
export class TrustResponse {
  @PrimaryGeneratedColumn()
  key: number;

  @ForeignKey(() => PanelSession, "session", { onDelete: "CASCADE" })
  sessionKey: number;
  session?: Relation<PanelSession>;

  @ForeignKey(() => PanelMember, "member", { onDelete: "CASCADE" })
  memberKey: number;
  member?: Relation<PanelMember>;

  @Column({ type: "integer" })
  score: number;
}
