import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { PanelSession } from "./session.entity.js";
import { PanelMember } from "../panel/panel-member.entity.js";

/** Whether a panel member attended a session (one row per member per session). */
@Entity("attendance")
@Index(["sessionKey", "memberKey"], { unique: true })
export class Attendance {
  @PrimaryGeneratedColumn()
  key: number;

  @Index()
  @Column()
  sessionKey: number;
  @ManyToOne(() => PanelSession, { onDelete: "CASCADE" })
  @JoinColumn({ name: "sessionKey" })
  session?: Relation<PanelSession>;

  @Index()
  @Column()
  memberKey: number;
  @ManyToOne(() => PanelMember, { onDelete: "CASCADE" })
  @JoinColumn({ name: "memberKey" })
  member?: Relation<PanelMember>;

  @Column({ type: "boolean" })
  present: boolean;
}
