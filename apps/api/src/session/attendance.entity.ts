import { Column, Entity, Index, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { ForeignKey } from "../db/columns.js";
import { PanelSession } from "./session.entity.js";
import { PanelMember } from "../panel/panel-member.entity.js";

/** Whether a panel member attended a session (one row per member per session). */
@Entity("attendance")
@Index(["sessionKey", "memberKey"], { unique: true })
export class Attendance {
  @PrimaryGeneratedColumn()
  key: number;

  @ForeignKey(() => PanelSession, "session", { onDelete: "CASCADE" })
  sessionKey: number;
  session?: Relation<PanelSession>;

  @ForeignKey(() => PanelMember, "member", { onDelete: "CASCADE" })
  memberKey: number;
  member?: Relation<PanelMember>;

  @Column({ type: "boolean" })
  present: boolean;
}
