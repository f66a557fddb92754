import { Column, Entity, Index, PrimaryColumn } from "typeorm";

/**
 * The hash of an applicant's normalised contact details (applicant-contact.ts), to find duplicate
 * applications in a round without comparing raw contact data. Beside the applicant, not in it.
 */
@Entity("applicant_contact_hash")
@Index(["roundKey", "contactHash"])
export class ApplicantContactHash {
  @PrimaryColumn({ type: "integer" })
  applicantKey: number;

  @Column({ type: "integer" })
  roundKey: number;

  @Column({ type: "varchar", length: 128 })
  contactHash: string;

  /** The earlier applicant in the same round with the same contact details, when there is one. */
  @Column({ type: "integer", nullable: true })
  duplicateOfKey: number | null;
}
