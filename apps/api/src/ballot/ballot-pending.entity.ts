import { Column, Entity, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { ForeignKey } from "../db/columns.js";
import { Round } from "../round/round.entity.js";

/**
 * The mixing pool (ADR 0008): a ballot waits here, sealed, until the round's pool holds `k` of them
 * (`allocationParams.ballot.mixBatch`) or voting closes; then the batch is opened and written to
 * `ballot` / `ballot_choice` in random order, in a transaction of its own, and these rows are
 * deleted. The envelope is written in the same transaction as the voter's participation (so a vote
 * is never lost or counted twice) but is AES-256-GCM ciphertext under a server secret
 * (`BALLOT_SEAL_SECRET`) that is not in the database: a copy of the database links a voter to an
 * envelope, never to its content. No time, no receipt, no voter.
 */
@Entity("ballot_pending")
export class BallotPending {
  @PrimaryGeneratedColumn()
  key: number;

  @ForeignKey(() => Round, "round", { onDelete: "CASCADE" })
  roundKey: number;
  round?: Relation<Round>;

  /** `v1.<iv>.<tag>.<ciphertext>` (base64url) of the envelope's JSON. */
  @Column({ type: "text" })
  sealed: string;
}
