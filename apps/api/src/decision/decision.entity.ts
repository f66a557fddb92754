import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, OneToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { CodeColumn, InstantColumn, JsonColumn, TextColumn, ForeignKey } from "../db/columns.js";
import { Round } from "../round/round.entity.js";
import { Bid } from "../bid/bid.entity.js";
import { toGlobalId } from "../graphql/node-id.js";
import { Node } from "../graphql/node.js";
import { DecisionMethod } from "../graphql/enums.js";

/**
 * A round's decision: the method (panel scoring or voting), the rule and its parameters, the
 * result with a per-project explanation (stored so it can be re-computed and audited), and the
 * officer's recommendation — recorded before the decision is revealed — beside it.
 */
@Entity("decision")
@ObjectType({
  implements: Node,
  description: "A round's decision, the rule that produced it, and the officer's recommendation beside it.",
})
export class Decision {
  @PrimaryGeneratedColumn()
  key: number;

  @Field(() => ID)
  get id(): string {
    return toGlobalId("Decision", this.key);
  }

  @Index({ unique: true })
  @Column()
  roundKey: number;
  @OneToOne(() => Round, { onDelete: "CASCADE" })
  @JoinColumn({ name: "roundKey" })
  round?: Relation<Round>;

  /** panel_scoring | voting */
  @CodeColumn()
  @Field(() => DecisionMethod)
  method: string;

  /** weighted_scores | greedy | mes */
  @CodeColumn({ nullable: true })
  @Field(() => String, { nullable: true, description: "weighted_scores, greedy or mes." })
  rule: string | null;

  @JsonColumn({ nullable: true })
  parameters: Record<string, unknown> | null;

  /** The full allocation/scoring result: selected ids, spent, per-project explanations. */
  @JsonColumn({ nullable: true })
  result: Record<string, unknown> | null;

  @ForeignKey(() => Bid, "officerRecommendationBid", { onDelete: "SET NULL", nullable: true })
  officerRecommendationBidKey: number | null;
  officerRecommendationBid?: Relation<Bid> | null;

  @TextColumn({ nullable: true })
  @Field(() => String, { nullable: true, description: "What the officer recommended, in words." })
  officerRecommendationNote: string | null;

  @InstantColumn({ nullable: true })
  @Field(() => Date, {
    nullable: true,
    description: "When the recommendation was recorded (always before the decision).",
  })
  recommendationRecordedAt: Date | null;

  @InstantColumn({ nullable: true })
  @Field(() => Date, { nullable: true })
  decidedAt: Date | null;

  @TextColumn({ nullable: true })
  @Field(() => String, { nullable: true })
  summary: string | null;

  /**
   * The voting record frozen when voting closed (analytics/voting-record.ts): the number of
   * ballots and of ballots with at least one funded choice. Null until then, and for panel decisions
   * taken before any freeze — readers then count the ballots live.
   */
  @Column({ type: "integer", nullable: true })
  ballotCount: number | null;

  @Column({ type: "integer", nullable: true })
  votersWithFundedChoice: number | null;

  /**
   * Greedy vs Method of Equal Shares over the same ballots (analytics/rule-comparison.ts), computed
   * once when the decision is taken or the election imported; `{ unavailable: true }` when a rule
   * could not decide it. Read by `fairness.ruleComparison` (never recomputed at read time).
   */
  @JsonColumn({ nullable: true })
  ruleComparison: Record<string, unknown> | null;
}
