import { Column, Entity, Index, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { JsonColumn, ForeignKey } from "../db/columns.js";
import { Round } from "../round/round.entity.js";

/**
 * A ballot's content — kept apart from the record that a person voted (`BallotParticipation`), so
 * no view can link a voter to their choices. For a changeable ballot, only the voter holds the
 * receipt whose hash finds it again. The cast time is not stored (it could link the two tables).
 * Ballots imported from published pabulib files keep the file's own pseudonymous voter metadata
 * (`importedVoter`) so the file round-trips; in-app ballots never have it.
 */
@Entity("ballot")
// Voter demographics per round are aggregated by (round, sex, age band): an index-only scan.
@Index(["roundKey", "sex", "ageBand"])
export class Ballot {
  @PrimaryGeneratedColumn()
  key: number;

  @ForeignKey(() => Round, "round", { onDelete: "CASCADE" })
  roundKey: number;
  round?: Relation<Round>;

  @Index({ unique: true })
  @Column({ type: "varchar", length: 128, nullable: true })
  receiptHash: string | null;

  /** Ballots imported from published data: the file's voter_id and metadata (age, sex, district…). */
  @JsonColumn({ nullable: true })
  importedVoter: Record<string, string> | null;

  /** Voter demographics for aggregate participation measures (never shown per ballot). */
  @Column({ type: "varchar", length: 40, nullable: true }) ageBand: string | null;
  @Column({ type: "varchar", length: 40, nullable: true }) sex: string | null;
}
