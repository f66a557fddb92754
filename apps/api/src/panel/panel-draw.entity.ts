import { Column, Entity, Index, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { CivilDateColumn, ForeignKey, InstantColumn, JsonColumn, TextColumn } from "../db/columns.js";
import { Round } from "../round/round.entity.js";

/** What the draw produced, frozen with the seed (see docs/lottery.md "Commit, draw, verify"). */
export interface PanelDrawOutcome {
  /** The panel's applicant pseudonyms, sorted. */
  panel: string[];
  /** Everyone else, in the order replacements are offered. */
  alternates: string[];
  algorithmId: string;
  minProbability: number;
  medianProbability: number;
  maxProbability: number;
  drawIndex: number | null;
  drawTicket: number | null;
  /** A public-ceremony draw (absent for an exact draw and for draws before the option). */
  ceremony?: PanelDrawCeremony;
}

/** The public ceremony of a draw: m tickets, the ticket drawn (1..m), its composition's ticket range, the loss. */
export interface PanelDrawCeremony {
  tickets: number;
  ticket: number;
  firstTicketOfPanel: number;
  lastTicketOfPanel: number;
  loss: number;
  /** Under the m tickets; the outcome's min/median/max are too. */
  minProbability: number;
  /** Under the exact distribution. */
  exactMinProbability: number;
}

/**
 * A round's published draw commitment (commit, then draw): the anonymised pool file and the
 * commitment document, with their SHA-256, fixed before the seed is known; then the seed and the
 * draw's outcome. One per round; after it exists the round's quotas and pool cannot change.
 */
@Entity("panel_draw")
@Index(["roundKey"], { unique: true })
export class PanelDraw {
  @PrimaryGeneratedColumn()
  key: number;

  @ForeignKey(() => Round, "round", { onDelete: "CASCADE", index: false })
  roundKey: number;
  round?: Relation<Round>;

  /** The canonical anonymised pool file (ids and quota categories only). */
  @TextColumn()
  poolCsv: string;

  @Column({ type: "varchar", length: 64 })
  poolSha256: string;

  /** The canonical commitment document (JSON) and its SHA-256: the published commitment. */
  @TextColumn()
  commitmentJson: string;

  @Column({ type: "varchar", length: 64 })
  commitmentSha256: string;

  @CivilDateColumn()
  randomnessDate: string;

  @Column({ type: "varchar", length: 300 })
  randomnessSource: string;

  @InstantColumn()
  committedAt: Date;

  @Column({ type: "varchar", length: 120, nullable: true })
  seed: string | null;

  @InstantColumn({ nullable: true })
  drawnAt: Date | null;

  /**
   * The spread of the applicants' selection probabilities, computed when the commitment is
   * published (the distribution does not depend on the seed), so it is public before the draw.
   */
  @JsonColumn({ nullable: true })
  committedProbabilities: { min: number; median: number; max: number } | null;

  @JsonColumn({ nullable: true })
  outcome: PanelDrawOutcome | null;
}
