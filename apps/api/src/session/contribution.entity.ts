import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { CodeColumn } from "../db/columns.js";
import { PanelSession } from "./session.entity.js";
import { PanelMember } from "../panel/panel-member.entity.js";

/**
 * A logged contribution in a session: speaking turns, minutes spoken or written inputs.
 * The raw material of voice-equity measures (Gini, top-20 % share, dominance).
 */
@Entity("contribution")
@Index(["sessionKey", "memberKey"])
export class Contribution {
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

  /** speaking_turns | minutes_spoken | written_inputs */
  @CodeColumn()
  kind: string;

  /** Count of turns, minutes, or written inputs. */
  @Column({ type: "integer" })
  amount: number;
}
