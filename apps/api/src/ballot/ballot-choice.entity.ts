import { Column, Entity, Index, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { ForeignKey } from "../db/columns.js";
import { Ballot } from "./ballot.entity.js";
import { Bid } from "../bid/bid.entity.js";

/**
 * One project on a ballot: approvals have points 1; cumulative/scoring ballots carry points;
 * ordinal ballots carry the rank (0 = first choice). Votes per project are SQL aggregates over it.
 */
@Entity("ballot_choice")
@Index(["ballotKey", "bidKey"], { unique: true })
// Votes per project and "voters with a funded project" read choices by project first.
@Index("IDX_ballot_choice_bid_ballot", ["bidKey", "ballotKey"])
export class BallotChoice {
  @PrimaryGeneratedColumn()
  key: number;

  @ForeignKey(() => Ballot, "ballot", { onDelete: "CASCADE", index: false })
  ballotKey: number;
  ballot?: Relation<Ballot>;

  @ForeignKey(() => Bid, "bid", { onDelete: "CASCADE" })
  bidKey: number;
  bid?: Relation<Bid>;

  @Column({ type: "integer", default: 1 })
  points: number;

  @Column({ type: "integer", nullable: true })
  rank: number | null;
}
