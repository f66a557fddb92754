import { Field, ID, Int, ObjectType } from "type-graphql";
import type { RoundTranslations } from "@coproduce/domain";
import { Column, Entity, Index, PrimaryGeneratedColumn, type Relation } from "typeorm";
import {
  CivilDateColumn,
  InstantColumn,
  CodeColumn,
  CreatedAtColumn,
  CurrencyColumn,
  JsonColumn,
  MoneyMinorColumn,
  TextColumn,
  UpdatedAtColumn,
  ForeignKey,
} from "../db/columns.js";
import { toGlobalId } from "../graphql/node-id.js";
import { Node } from "../graphql/node.js";
import { Money } from "../graphql/money.type.js";
import { LocalDateScalar } from "../graphql/scalars.js";
import { Council } from "../council/council.entity.js";
import { Area } from "../area/area.entity.js";
import { AllocationRule, BallotType, DecisionMethod, RoundKind, RoundPhase } from "../graphql/enums.js";

/**
 * One commissioning or PB process: a pot, a theme and target group, an area, a phase in the
 * lifecycle (packages/domain round/phase.ts), a ballot type and an allocation rule.
 */
@Entity("round")
@Index(["councilKey", "year"])
@Index(["year"])
@Index(["phase"])
@Index(["theme"])
@Index(["kind"])
@ObjectType({
  implements: Node,
  description: "A commissioning or participatory-budgeting round: a pot of money, a panel or electorate, a decision.",
})
export class Round {
  @PrimaryGeneratedColumn()
  key: number;

  @Field(() => ID)
  get id(): string {
    return toGlobalId("Round", this.key);
  }

  @Index({ unique: true })
  @Column({ type: "varchar", length: 120 })
  @Field({ description: "Stable, URL-safe identifier, e.g. `lambeth-2023-young-offenders`." })
  slug: string;

  @ForeignKey(() => Council, "council", { onDelete: "CASCADE" })
  councilKey: number;
  council?: Relation<Council>;

  @ForeignKey(() => Area, "area", { onDelete: "SET NULL", nullable: true })
  areaKey: number | null;
  area?: Relation<Area> | null;

  @Column({ type: "varchar", length: 200 })
  @Field()
  title: string;

  @TextColumn({ default: "" })
  @Field({ description: "What the round is for, in plain words." })
  description: string;

  /** commissioning | participatory_budgeting */
  @CodeColumn()
  @Field(() => RoundKind)
  kind: string;

  /** Lifecycle phase; transitions are guarded by the domain's state machine. */
  @CodeColumn()
  @Field(() => RoundPhase, { description: "Where the round is in its lifecycle." })
  phase: string;

  @Column({ type: "varchar", length: 80 })
  @Field({ description: "Theme / category, e.g. `youth`, `environment`, `health`." })
  theme: string;

  @Column({ type: "varchar", length: 200, nullable: true })
  @Field(() => String, { nullable: true, description: "Who the service is for, e.g. `young offenders aged 16–21`." })
  targetGroup: string | null;

  @MoneyMinorColumn()
  potMinor: number;

  @CurrencyColumn()
  currency: string;

  @Field(() => Money, { description: "The money available to allocate." })
  get pot(): Money {
    return Money.of(this.potMinor, this.currency);
  }

  /** Currency the panel is paid in — may be a local currency (BRX = Brixton Pounds). */
  @CurrencyColumn({ nullable: true })
  @Field(() => String, {
    nullable: true,
    description: "Currency the panel is paid in (may be local, e.g. BRX = Brixton Pounds).",
  })
  compensationCurrency: string | null;

  /** approval | cumulative | ordinal | scoring | choose_1 */
  @CodeColumn({ nullable: true })
  @Field(() => BallotType, { nullable: true })
  ballotType: string | null;

  /** panel_scoring | voting */
  @CodeColumn()
  @Field(() => DecisionMethod)
  decisionMethod: string;

  /** greedy | mes (voting rounds) */
  @CodeColumn({ nullable: true })
  @Field(() => AllocationRule, {
    nullable: true,
    description: "Rule turning ballots into funded projects (voting rounds).",
  })
  allocationRule: string | null;

  /** Parameters of the allocation rule (completion, tie-break…), recorded so the decision can be re-computed. */
  @JsonColumn({ nullable: true })
  allocationParams: Record<string, unknown> | null;

  @Column({ type: "integer" })
  @Field(() => Int, { description: "Year the round opened." })
  year: number;

  @CivilDateColumn({ nullable: true })
  @Field(() => LocalDateScalar, { nullable: true })
  opensOn: string | null;

  @CivilDateColumn({ nullable: true })
  @Field(() => LocalDateScalar, { nullable: true })
  closesOn: string | null;

  @Column({ type: "integer", nullable: true })
  @Field(() => Int, { nullable: true, description: "Target panel size." })
  panelSize: number | null;

  /** Invitation letters sent for the panel (a civic lottery's count; officers see it in the funnel). */
  @Column({ type: "integer", nullable: true })
  invitationsSent: number | null;

  @Column({ type: "varchar", length: 120, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: "The published seed of the panel lottery (re-run it to check the selection).",
  })
  lotterySeed: string | null;

  @Column({ type: "boolean", default: false })
  @Field({ description: "Whether voters may change their ballot until voting closes." })
  ballotsChangeable: boolean;

  /**
   * A round created by mistake is withdrawn, not deleted (audited, with the reason): it stays on the
   * record for its council's officers but leaves every public list and total.
   */
  @InstantColumn({ nullable: true })
  withdrawnAt: Date | null;

  @Column({ type: "text", nullable: true })
  withdrawnReason: string | null;

  @Column({ type: "varchar", length: 300, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: "Where the data came from, for imported rounds (e.g. a pabulib file).",
  })
  dataSource: string | null;

  /**
   * Translations of the round's own words (title, description, who it is for) into the dashboard's
   * languages, e.g. `{ cy: { title: "…" } }` (packages/domain text/content-lang.ts); read through
   * `titleIn` etc., which fall back to the original.
   */
  @JsonColumn({ nullable: true })
  translations: RoundTranslations | null;

  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}

/**
 * The currency the panel is paid in: the round's compensation currency, or the pot's when none is set
 * (the round form's "Same as the pot").
 */
export function payCurrency(round: Pick<Round, "compensationCurrency" | "currency">): string {
  return round.compensationCurrency ?? round.currency;
}
