import { Column, Entity, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { CodeColumn, ForeignKey } from "../db/columns.js";
import { Round } from "../round/round.entity.js";

/**
 * The voters of a round counted per demographic category, written once when voting closes (the
 * decision is taken or an official outcome imported; see analytics/voting-record.ts). Ballots
 * cannot change after that, so "who voted" reads these few rows instead of counting every ballot
 * of a city-sized round. Unsuppressed counts: suppression applies when they are read, as for the
 * live count. The round's total is on its decision (`Decision.ballotCount`).
 */
@Entity("voter_tally")
export class VoterTally {
  @PrimaryGeneratedColumn()
  key: number;

  @ForeignKey(() => Round, "round", { onDelete: "CASCADE" })
  roundKey: number;
  round?: Relation<Round>;

  /** age_band | sex — the dimensions a ballot records. */
  @CodeColumn()
  dimension: string;

  /** The category as recorded; null = the voter did not say. */
  @Column({ type: "varchar", length: 40, nullable: true })
  category: string | null;

  @Column({ type: "integer" })
  count: number;
}
