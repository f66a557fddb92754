import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { PanelSession } from "./session.entity.js";
import { PanelMember } from "../panel/panel-member.entity.js";

/** The optional trust survey (1–5) at a round's first and last sessions, to show change. */
@Entity("trust_response")
@Index(["sessionKey", "memberKey"], { unique: true })
export class TrustResponse {
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

  @Column({ type: "integer" })
  score: number;
}
