import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { CodeColumn, CreatedAtColumn, InstantColumn, ForeignKey } from "../db/columns.js";
import { Round } from "../round/round.entity.js";
import { Applicant } from "./applicant.entity.js";
import { toGlobalId } from "../graphql/node-id.js";

/**
 * Membership of a round's panel. Panel members join with a single-use invitation code (many are
 * young people without accounts or email); only its hash is stored.
 */
@Entity("panel_member")
@Index(["roundKey", "pseudonym"], { unique: true })
@ObjectType({ description: "A member of a round's panel, known publicly only by a pseudonym." })
export class PanelMember {
  @PrimaryGeneratedColumn()
  key: number;

  @Field(() => ID, { description: "Opaque global id." })
  get id(): string {
    return toGlobalId("PanelMember", this.key);
  }

  @ForeignKey(() => Round, "round", { onDelete: "CASCADE" })
  roundKey: number;
  round?: Relation<Round>;

  @ForeignKey(() => Applicant, "applicant", { onDelete: "SET NULL", nullable: true })
  applicantKey: number | null;
  applicant?: Relation<Applicant> | null;

  @Column({ type: "varchar", length: 40 })
  @Field({ description: "Pseudonym, e.g. `Panel member A` (never a name)." })
  pseudonym: string;

  /** member | facilitator */
  @CodeColumn({ default: "member" })
  @Field({ description: "member or facilitator." })
  role: string;

  @Index({ unique: true })
  @Column({ type: "varchar", length: 128, nullable: true })
  invitationCodeHash: string | null;

  @InstantColumn({ nullable: true })
  invitationUsedAt: Date | null;

  /**
   * The device that redeemed the invitation code (SHA-256 of a random id kept on that device): the same
   * code entered again on the same device signs the member in again; on any other device it is used.
   */
  @Column({ type: "varchar", length: 128, nullable: true })
  invitationDeviceHash: string | null;

  /** When the current code was issued (a re-issue replaces the code and signs out every device). */
  @InstantColumn({ nullable: true })
  invitationIssuedAt: Date | null;

  @Column({ type: "boolean", default: true })
  @Field({ description: "False once the member has left the panel." })
  active: boolean;

  /**
   * The language the member reads (en or cy): the applicant's when drawn, then the member's own choice
   * on their panel page. What the council and Coproduce send them is written in it.
   */
  @Column({ type: "varchar", length: 8, default: "en" })
  @Field({ description: "The member's language (en or cy), for what the council and Coproduce send them." })
  language: string;

  @CreatedAtColumn()
  createdAt: Date;
}
