import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { CodeColumn, CreatedAtColumn, InstantColumn, RealColumn, ForeignKey } from "../db/columns.js";
import { Round } from "../round/round.entity.js";
import { toGlobalId } from "../graphql/node-id.js";

/**
 * A person who applied to a round's panel. Pseudonymous: public data only ever shows the
 * pseudonym or aggregates; contact details are private to the council's officers.
 * Demographics are self-reported in the baseline's dimensions (null = prefer not to say).
 */
@Entity("applicant")
@Index(["roundKey", "pseudonym"], { unique: true })
@Index(["roundKey", "status"])
@Index(["roundKey", "referenceHash"])
@ObjectType({
  description:
    "Someone who applied to a round's panel: pseudonymous; contact details and demographics are never public.",
})
export class Applicant {
  @PrimaryGeneratedColumn()
  key: number;

  @Field(() => ID, { description: "Opaque global id." })
  get id(): string {
    return toGlobalId("Applicant", this.key);
  }

  @ForeignKey(() => Round, "round", { onDelete: "CASCADE" })
  roundKey: number;
  round?: Relation<Round>;

  @Column({ type: "varchar", length: 40 })
  @Field({ description: "Pseudonym, e.g. `A-007`." })
  pseudonym: string;

  /** Private to officers of the council; never exposed publicly. */
  @Column({ type: "varchar", length: 200, nullable: true })
  contact: string | null;

  /**
   * Home address or UPRN, for the household rule only (at most one person per household;
   * docs/lottery.md). Private to officers of the council like `contact`; the published pool file
   * carries only a household group label, never this.
   */
  @Column({ type: "varchar", length: 200, nullable: true })
  household: string | null;

  @Column({ type: "varchar", length: 40, nullable: true }) ageBand: string | null;
  @Column({ type: "varchar", length: 40, nullable: true }) sex: string | null;
  @Column({ type: "varchar", length: 80, nullable: true }) ethnicGroup: string | null;
  @Column({ type: "varchar", length: 80, nullable: true }) disability: string | null;

  /** Eligible for the round's target group (e.g. young people with a youth-justice record). */
  @Column({ type: "boolean", default: true })
  eligible: boolean;

  @InstantColumn({ nullable: true })
  consentAt: Date | null;

  /** The name to use when the council gets in touch. Private to the council's officers, like `contact`. */
  @Column({ type: "varchar", length: 120, nullable: true })
  name: string | null;

  /** online (the applicant) | paper (entered by an officer from a paper form). */
  @CodeColumn({ default: "online" })
  source: string;

  /** applied | selected | reserve | withdrawn | rejected */
  @CodeColumn({ default: "applied" })
  @Field({ description: "applied, selected, reserve, withdrawn or rejected." })
  status: string;

  /** When an officer checked the application (accepted into the pool or rejected). */
  @InstantColumn({ nullable: true })
  reviewedAt: Date | null;

  /** Why an officer rejected the application (told to the applicant; private to the council's officers). */
  @Column({ type: "varchar", length: 500, nullable: true })
  rejectionReason: string | null;

  /**
   * SHA-256 of the applicant's reference code (`AP-…`, shown once when applying; see
   * `hashApplicationReference`): the applicant's key to `applicationStatus`. Never the code itself.
   */
  @Column({ type: "varchar", length: 64, nullable: true })
  referenceHash: string | null;

  /** The lottery's probability of selecting this applicant (known from the draw's commitment). */
  @RealColumn({ nullable: true })
  selectionProbability: number | null;

  /** The language the applicant reads (en or cy): letters, invitations and messages to them are written in it. */
  @Column({ type: "varchar", length: 8, default: "en" })
  language: string;

  @CreatedAtColumn()
  createdAt: Date;
}
