import { Column, Entity, Index, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { CreatedAtColumn, ForeignKey } from "../db/columns.js";
import { Round } from "../round/round.entity.js";

/**
 * The record that a voter has voted in a round — one per eligible voter per round, enforced by a
 * unique constraint (safe under concurrency). It holds no reference to the ballot's content.
 * `voterRef` is a panel member key (`member:12`) or a resident voter token hash.
 */
@Entity("ballot_participation")
@Index(["roundKey", "voterRef"], { unique: true })
export class BallotParticipation {
  @PrimaryGeneratedColumn()
  key: number;

  @ForeignKey(() => Round, "round", { onDelete: "CASCADE" })
  roundKey: number;
  round?: Relation<Round>;

  @Column({ type: "varchar", length: 128 })
  voterRef: string;

  @CreatedAtColumn()
  votedAt: Date;
}
