import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { PROPOSAL_STATUSES } from "@coproduce/domain";
import {
  CodeColumn,
  CreatedAtColumn,
  CurrencyColumn,
  ForeignKey,
  InstantColumn,
  JsonColumn,
  MoneyMinorColumn,
  TextColumn,
} from "../db/columns.js";
import { toGlobalId } from "../graphql/node-id.js";
import { graphqlEnum } from "../graphql/enums.js";
import { Money } from "../graphql/money.type.js";
import { Round } from "../round/round.entity.js";
import { Bid } from "../bid/bid.entity.js";

export const ProposalStatus = graphqlEnum(
  PROPOSAL_STATUSES,
  "ProposalStatus",
  "Where a resident's proposal stands: waiting for the officer's review, accepted onto the ballot, or rejected.",
);

/**
 * A resident's project idea for a participatory-budgeting round (packages/domain proposals/), taken
 * while the round is BIDDING and reviewed by an officer of the council. An accepted proposal becomes
 * a project on the ballot (a `Bid` without an organisation, linked by `bidKey`), which is how the
 * booth, the search index and the decision see it. Who proposed it is never public: the contact
 * details and the reference code (the proposer's key to their proposal's status) have no public
 * field; officers of the council see the contact in `Round.proposals`.
 */
@Entity("proposal")
@Index(["roundKey", "status"])
@ObjectType({
  description:
    "A resident's project idea for a participatory-budgeting round and its review. Has no personal data: who proposed it is never shown.",
})
export class Proposal {
  @PrimaryGeneratedColumn()
  key: number;

  @Field(() => ID, { description: "Opaque global id (for the officer's review)." })
  get id(): string {
    return toGlobalId("Proposal", this.key);
  }

  @ForeignKey(() => Round, "round", { onDelete: "CASCADE" })
  roundKey: number;
  round?: Relation<Round>;

  /** The proposer's reference code (`PB-7K3M-Q9XD`), shown once at submission; private. */
  @Index({ unique: true })
  @Column({ type: "varchar", length: 20 })
  reference: string;

  @Column({ type: "varchar", length: 200 })
  @Field({ description: "The idea's short name." })
  title: string;

  @TextColumn({ default: "" })
  @Field({ description: "What the idea is and who it helps, in the proposer's words." })
  description: string;

  @Column({ type: "varchar", length: 120, nullable: true })
  @Field(() => String, { nullable: true, description: "Where it would happen (a neighbourhood, a street, a park)." })
  area: string | null;

  /** Normalised categories (several allowed, as in Pabulib). */
  @JsonColumn()
  @Field(() => [String], { description: "Categories, lower case (a project may have several, as in Pabulib)." })
  categories: string[];

  @MoneyMinorColumn()
  estimatedCostMinor: number;

  @CurrencyColumn()
  currency: string;

  @Field(() => Money, { description: "The proposer's estimate of the cost." })
  get estimatedCost(): Money {
    return Money.of(this.estimatedCostMinor, this.currency);
  }

  /** The officer's revision of the cost (accepted proposals only). */
  @MoneyMinorColumn({ nullable: true })
  revisedCostMinor: number | null;

  @Field(() => Money, { nullable: true, description: "The officer's revised cost, when the estimate was revised." })
  get revisedCost(): Money | null {
    return this.revisedCostMinor === null ? null : Money.of(this.revisedCostMinor, this.currency);
  }

  @Column({ type: "varchar", length: 1000, nullable: true })
  @Field(() => String, { nullable: true, description: "Why the officer revised the cost." })
  costRevisionReason: string | null;

  /** Private to the council's officers; never in a public field, an export or the audit log. */
  @Column({ type: "varchar", length: 200, nullable: true })
  contact: string | null;

  /** sha-256 of the normalised contact with the round (as for applicants), to see one person's several proposals. */
  @Column({ type: "varchar", length: 128, nullable: true })
  contactHash: string | null;

  /** submitted | accepted | rejected */
  @CodeColumn({ default: "submitted" })
  @Field(() => ProposalStatus)
  status: string;

  @Column({ type: "varchar", length: 1000, nullable: true })
  @Field(() => String, { nullable: true, description: "The officer's reason, for the proposer (null until reviewed)." })
  reviewReason: string | null;

  @InstantColumn({ nullable: true })
  @Field(() => Date, { nullable: true })
  reviewedAt: Date | null;

  @Column({ type: "integer", nullable: true })
  reviewedByUserKey: number | null;

  /** The ballot project an accepted proposal became. */
  @ForeignKey(() => Bid, "bid", { onDelete: "SET NULL", nullable: true })
  bidKey: number | null;
  bid?: Relation<Bid> | null;

  @CreatedAtColumn()
  @Field({ description: "When the proposal was made." })
  createdAt: Date;
}
