import { Column, Entity, Index, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { CodeColumn, ForeignKey } from "../db/columns.js";
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

  @ForeignKey(() => PanelSession, "session", { onDelete: "CASCADE" })
  sessionKey: number;
  session?: Relation<PanelSession>;

  @ForeignKey(() => PanelMember, "member", { onDelete: "CASCADE" })
  memberKey: number;
  member?: Relation<PanelMember>;

  /** speaking_turns | minutes_spoken | written_inputs */
  @CodeColumn()
  kind: string;

  /** Count of turns, minutes, or written inputs. */
  @Column({ type: "integer" })
  amount: number;
}
