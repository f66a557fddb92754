import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { CodeColumn, CreatedAtColumn, InstantColumn } from "../db/columns.js";
import { Round } from "../round/round.entity.js";
import { Applicant } from "./applicant.entity.js";

/**
 * Membership of a round's panel. Panel members join with a single-use invitation code (many are
 * young people without accounts or email); only its hash is stored.
 */
@Entity("panel_member")
@Index(["roundKey", "pseudonym"], { unique: true })
export class PanelMember {
  @PrimaryGeneratedColumn()
  key: number;

  @Index()
  @Column()
  roundKey: number;
  @ManyToOne(() => Round, { onDelete: "CASCADE" })
  @JoinColumn({ name: "roundKey" })
  round?: Relation<Round>;

  @Index()
  @Column({ type: "integer", nullable: true })
  applicantKey: number | null;
  @ManyToOne(() => Applicant, { onDelete: "SET NULL", nullable: true })
  @JoinColumn({ name: "applicantKey" })
  applicant?: Relation<Applicant> | null;

  @Column({ type: "varchar", length: 40 })
  pseudonym: string;

  /** member | facilitator */
  @CodeColumn({ default: "member" })
  role: string;

  @Index({ unique: true })
  @Column({ type: "varchar", length: 128, nullable: true })
  invitationCodeHash: string | null;

  @InstantColumn({ nullable: true })
  invitationUsedAt: Date | null;

  @Column({ type: "boolean", default: true })
  active: boolean;

  @CreatedAtColumn()
  createdAt: Date;
}
