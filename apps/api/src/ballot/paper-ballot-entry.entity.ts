import { Column, Entity, Index, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { CodeColumn, JsonColumn, ForeignKey } from "../db/columns.js";
import { Round } from "../round/round.entity.js";
import type { StoredChoice } from "./ballot-rules.js";

/**
 * One officer's entry of a paper ballot (double entry): the paper's serial number as printed on it
 * (never recorded against a voter), who entered it and what they read. When two different officers'
 * entries of the same serial agree, the ballot is counted once — through the mixing pool, like an
 * online ballot (ADR 0008) — and the entries' choices are erased; entries that disagree are flagged
 * `mismatch` for the officers to look at the paper again (a further entry that agrees with another
 * officer's settles it).
 */
@Entity("paper_ballot_entry")
@Index(["roundKey", "serial", "officerUserKey"], { unique: true })
export class PaperBallotEntry {
  @PrimaryGeneratedColumn()
  key: number;

  @ForeignKey(() => Round, "round", { onDelete: "CASCADE" })
  roundKey: number;
  round?: Relation<Round>;

  @Column({ type: "varchar", length: 60 })
  serial: string;

  @Column()
  officerUserKey: number;

  /** What this officer read; null once the ballot is counted. */
  @JsonColumn({ nullable: true })
  choices: StoredChoice[] | null;

  /** pending (waiting for a second officer) | mismatch | counted. */
  @CodeColumn()
  outcome: string;
}
