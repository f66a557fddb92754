import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { Money } from "../graphql/money.type.js";
import { SafeIntScalar } from "../graphql/scalars.js";
import { LocalDateScalar } from "../graphql/scalars.js";
import { BaselineScope, RoundKind } from "../graphql/enums.js";

export enum SpendingGroupBy {
  COUNCIL = "council",
  AREA = "area",
  ROUND = "round",
  YEAR = "year",
  THEME = "theme",
  PROVIDER = "provider",
}
registerEnumType(SpendingGroupBy, {
  name: "SpendingGroupBy",
  description: "How to group spending: by council, area, round, year the round opened, theme or provider.",
});

export enum Normalise {
  NONE = "none",
  PER_CAPITA = "per_capita",
  PER_POT = "per_pot",
}
registerEnumType(Normalise, {
  name: "Normalise",
  description:
    "NONE: amounts in minor units; PER_CAPITA: per resident (minor units); PER_POT: as a share of the pot (0..1, same currency only).",
});

@InputType({
  description: "Which rounds (and awards) count. All given conditions must hold; a list matches any of its values.",
})
export class SpendingFilter {
  @Field(() => [String], { nullable: true, description: "Council slugs." }) councils?: string[];
  @Field(() => [ID], { nullable: true, description: "Area ids: rounds in the area or in a ward inside it." })
  areas?: string[];
  @Field(() => [ID], { nullable: true, description: "Round ids or slugs." }) rounds?: string[];
  @Field(() => [String], { nullable: true, description: "Themes, e.g. `youth`." }) themes?: string[];
  @Field(() => Int, { nullable: true, description: "Rounds opened in or after this year." }) fromYear?: number;
  @Field(() => Int, { nullable: true, description: "Rounds opened in or before this year." }) toYear?: number;
  @Field(() => [RoundKind], { nullable: true }) kinds?: RoundKind[];
  @Field(() => [ID], {
    nullable: true,
    description: "Provider ids: only their awards (and rounds where they got one).",
  })
  providers?: string[];
}

@ObjectType({ description: "An amount per resident, in minor units (a fraction: 0.5 = half a penny per resident)." })
export class PerCapita {
  @Field() currency: string;
  @Field(() => Float, { description: "Amount in minor units ÷ population." }) amountMinorPerResident: number;
}

@ObjectType({
  description:
    "A total too large for a SafeInt (beyond 2^53 − 1 minor units): left out of its Money list and reported here, exactly.",
})
export class UnrepresentableTotal {
  @Field({ description: "pot, awarded or spent." }) measure: string;
  @Field() currency: string;
  @Field({ description: "The exact total in minor units, as a decimal integer string." }) exactAmountMinor: string;
  @Field({ description: "Always AMOUNT_NOT_REPRESENTABLE." }) code: string;
}

@ObjectType({
  description:
    "Money for one group (or the total): pot, awarded and spent, one entry per currency — never added across currencies.",
})
export class SpendingRow {
  @Field(() => String, {
    nullable: true,
    description:
      "The group's key: a council/area/round/provider id, a year or a theme; null = not recorded (shown, never dropped).",
  })
  key: string | null;
  @Field({ description: "What the key stands for, in words." }) label: string;
  @Field(() => [Money], {
    description: "Σ pots of the rounds (empty when grouped by provider: a pot is not divided between providers).",
  })
  pot: Money[];
  @Field(() => [Money], { description: "Σ awards (including audited variations)." }) awarded: Money[];
  @Field(() => [Money], { description: "Σ payments against those awards." }) spent: Money[];
  @Field(() => Int) awardCount: number;
  @Field(() => Int) roundCount: number;
  @Field(() => SafeIntScalar, {
    nullable: true,
    description: "Census 2021 usual residents of the area/council (null where a population does not apply).",
  })
  population: number | null;
  @Field(() => [PerCapita], { description: "Awarded per resident, per currency (empty without a population)." })
  awardedPerCapita: PerCapita[];
  @Field(() => [UnrepresentableTotal], {
    description:
      "Totals of this row beyond ±(2^53 − 1) minor units: exact here, and absent from pot/awarded/spent (which carry only what a SafeInt can). Usually empty.",
  })
  unrepresentable: UnrepresentableTotal[];
}

@ObjectType({ description: "Where the money went: rows per group and totals, from one query so they reconcile." })
export class SpendingSummary {
  @Field(() => SpendingGroupBy) groupBy: SpendingGroupBy;
  @Field(() => [SpendingRow], { description: "Rows, largest awarded first (YEAR: chronological)." })
  rows: SpendingRow[];
  @Field(() => SpendingRow, { description: "Totals over everything the filter selects (not only the rows shown)." })
  totals: SpendingRow;
  @Field(() => Boolean, { description: "True if rows were cut at `first`; `other` holds the remainder." })
  truncated: boolean;
  @Field(() => SpendingRow, { nullable: true, description: "The rows beyond `first`, together (per currency)." })
  other: SpendingRow | null;
}

@ObjectType({
  description:
    'A count of people, suppressed when small (1–4 → "<5") or when it could reveal a suppressed count ("[c]").',
})
export class SuppressedCount {
  @Field(() => Int, { nullable: true, description: "The count; null when suppressed." }) value: number | null;
  @Field({ description: 'What to print: the number, "<5" or "[c]".' }) display: string;
  @Field() suppressed: boolean;
}

@ObjectType({ description: "One category of a dimension: the group's count and share beside the population's." })
export class CategoryMakeup {
  @Field() category: string;
  @Field(() => SafeIntScalar, { description: "Census count of the category in the rounds' areas." })
  populationCount: number;
  @Field(() => Float, { nullable: true, description: "Share of the census table total (0..1)." }) populationShare:
    number | null;
  @Field(() => SuppressedCount) count: SuppressedCount;
  @Field(() => Float, { nullable: true, description: "Share of those who answered (0..1); null when suppressed." })
  share: number | null;
  @Field(() => Float, {
    nullable: true,
    description: "share ÷ populationShare (1 = proportional); null when suppressed or not in the census.",
  })
  ratio: number | null;
}

@ObjectType({ description: "Make-up of a panel or of voters on one census dimension." })
export class DimensionMakeup {
  @Field({ description: "age_band, sex, ethnic_group or disability." }) dimension: string;
  @Field(() => Float, {
    nullable: true,
    description:
      "Proportional similarity Σ min(p_pop, p_group) in 0..1; null when a cell is suppressed (it could reveal it).",
  })
  similarity: number | null;
  @Field(() => BaselineScope, {
    description:
      "The population the categories' census figures describe: the round's target group (age bands covering the ages it names) or all residents of the area.",
  })
  baselineScope: BaselineScope;
  @Field(() => [CategoryMakeup]) categories: CategoryMakeup[];
  @Field(() => SuppressedCount, { description: "People who gave no answer on this dimension." })
  noData: SuppressedCount;
  @Field(() => SuppressedCount) total: SuppressedCount;
}

@ObjectType({ description: "Attendance at one session." })
export class SessionAttendanceStat {
  @Field(() => LocalDateScalar) date: string;
  @Field() kind: string;
  @Field(() => SuppressedCount) present: SuppressedCount;
  @Field(() => Float, { nullable: true, description: "present ÷ panel size; null when present is suppressed." })
  attendanceRate: number | null;
  @Field(() => Float, { nullable: true, description: "Share of the first session's attendees present." }) retention:
    number | null;
}

@ObjectType({ description: "Attendance and retention in one round." })
export class RoundAttendance {
  @Field(() => ID) roundId: string;
  @Field(() => Float, { nullable: true, description: "All member-attendances ÷ (panel size × sessions)." })
  attendanceRate: number | null;
  @Field(() => Float, { nullable: true, description: "Share of the first session's attendees present at the last." })
  retentionAtLast: number | null;
  @Field(() => [SessionAttendanceStat]) sessions: SessionAttendanceStat[];
}

@ObjectType({
  description:
    "Who took part: panel and voters against the census, attendance, compensation. Small numbers suppressed.",
})
export class ParticipationSummaryType {
  @Field(() => Int) roundCount: number;
  @Field(() => SuppressedCount, { description: "Panel members (pooled over the rounds)." }) panelSize: SuppressedCount;
  @Field(() => [DimensionMakeup]) panel: DimensionMakeup[];
  @Field(() => SuppressedCount, { description: "Ballots cast." }) voterCount: SuppressedCount;
  @Field(() => [DimensionMakeup], { description: "Voters' age band and sex (as recorded on ballots)." })
  voters: DimensionMakeup[];
  @Field(() => [RoundAttendance]) attendance: RoundAttendance[];
  @Field(() => [Money], {
    description: "Compensation owed to panel members, per currency (may be a local currency such as BRX).",
  })
  compensationOwed: Money[];
  @Field(() => [Money], { description: "Compensation paid, per currency." }) compensationPaid: Money[];
  @Field(() => String, {
    nullable: true,
    description: "Source of the population baseline (licence: Open Government Licence).",
  })
  populationSource: string | null;
  @Field(() => AgeSpan, {
    nullable: true,
    description:
      "The census ages the target-group comparison covers (whole five-year bands), when the rounds' target group names ages.",
  })
  baselineAges: AgeSpan | null;
}

@ObjectType({ description: "A span of ages, inclusive." })
export class AgeSpan {
  @Field(() => Int) from: number;
  @Field(() => Int, { nullable: true, description: "Null: no upper limit." }) to: number | null;
}

@ObjectType({ description: "Voice equity of one kind of contribution, pooled over a round's sessions." })
export class VoiceEquityStat {
  @Field({ description: "speaking_turns, minutes_spoken or written_inputs." }) kind: string;
  @Field(() => Int) participants: number;
  @Field(() => Float, { nullable: true, description: "Gini coefficient (0 = equal); silent participants count as 0." })
  gini: number | null;
  @Field(() => Float, { nullable: true, description: "Share held by the top ⌈20 %⌉ of participants." }) topShare:
    number | null;
  @Field({ description: "Someone held more than twice their equal share." }) dominant: boolean;
  @Field(() => Int) sessionsWithDominance: number;
  @Field(() => Float, { nullable: true }) meanSessionGini: number | null;
  @Field(() => SuppressedCount) silentParticipants: SuppressedCount;
}

@ObjectType({ description: "A shortlisted bid's interview score and the spread between panel members." })
export class BidScoreStat {
  @Field(() => ID) bidId: string;
  @Field() title: string;
  @Field(() => Int) scorers: number;
  @Field(() => Float, { nullable: true, description: "Mean weighted score (0–5)." }) score: number | null;
  @Field(() => Int, { nullable: true }) rank: number | null;
  @Field(() => Float, { nullable: true, description: "Population standard deviation of members' weighted totals." })
  standardDeviation: number | null;
  @Field(() => Float, { nullable: true, description: "max − min of members' weighted totals." }) range: number | null;
}

@ObjectType({ description: "Interview scoring: spread and whether a single scorer decided the winner." })
export class InterviewStat {
  @Field(() => [BidScoreStat]) bids: BidScoreStat[];
  @Field({ description: "Several bids share the top rank." }) tie: boolean;
  @Field({ description: "Leaving out one member's scores would change the top-ranked bid(s)." })
  singleScorerDecisive: boolean;
  @Field(() => SuppressedCount, { description: "How many members were pivotal." }) pivotalMembers: SuppressedCount;
  @Field(() => String, { nullable: true, description: "Why the scores could not be measured (incomplete data)." })
  error: string | null;
}

@ObjectType({ description: "Share of voters with at least one funded project they supported." })
export class ProportionalityStat {
  @Field(() => SafeIntScalar) ballots: number;
  @Field(() => SafeIntScalar) votersWithFundedChoice: number;
  @Field(() => Float, { nullable: true }) share: number | null;
}

@ObjectType({
  description:
    "One project category under greedy and the Method of Equal Shares: the votes its projects received and the money each rule gives it.",
})
export class RuleCategoryStat {
  @Field(() => String, { nullable: true, description: "The category; null = uncategorised projects." })
  category: string | null;
  @Field(() => SafeIntScalar, {
    description: "Votes for the category's projects (approvals; points on cumulative/scoring ballots).",
  })
  votes: number;
  @Field(() => Float, { nullable: true, description: "The category's share of all votes (0..1)." })
  voteShare: number | null;
  @Field(() => Money) greedyAmount: Money;
  @Field(() => Money) mesAmount: Money;
}

@ObjectType({
  description: "Greedy vs Method of Equal Shares on the same ballots, computed once when the decision is taken.",
})
export class RuleComparisonStat {
  @Field(() => [ID]) greedy: string[];
  @Field(() => [ID]) mes: string[];
  @Field(() => Float, {
    nullable: true,
    description: "Share of voters with at least one funded project they supported, under greedy.",
  })
  greedyProportionality: number | null;
  @Field(() => Float, { nullable: true, description: "The same under the Method of Equal Shares." })
  mesProportionality: number | null;
  @Field(() => [ID], { description: "Projects funded by greedy but not by the Method of Equal Shares." })
  onlyGreedy: string[];
  @Field(() => [ID], { description: "Projects funded by the Method of Equal Shares but not by greedy." })
  onlyMes: string[];
  @Field(() => [RuleCategoryStat], {
    nullable: true,
    description:
      "Money per category under each rule against votes per category (null for comparisons stored before this existed).",
  })
  categories: RuleCategoryStat[] | null;
}

@ObjectType({ description: "Was it fair: one round's measures." })
export class RoundFairness {
  @Field(() => ID) roundId: string;
  @Field() roundSlug: string;
  @Field(() => [VoiceEquityStat]) voiceEquity: VoiceEquityStat[];
  @Field(() => InterviewStat, { nullable: true }) interviews: InterviewStat | null;
  @Field(() => String, { nullable: true, description: "panel_scoring or voting." }) decisionMethod: string | null;
  @Field(() => [ID], { description: "Funded bids/projects." }) fundedBids: string[];
  @Field(() => ID, { nullable: true }) officerRecommendation: string | null;
  @Field(() => Boolean, {
    nullable: true,
    description: "The officer's recommended bid was funded (null: no recommendation or no decision).",
  })
  followedRecommendation: boolean | null;
  @Field(() => ProportionalityStat, { nullable: true, description: "Voted rounds with ballots and a decision." })
  proportionality: ProportionalityStat | null;
  @Field(() => RuleComparisonStat, { nullable: true }) ruleComparison: RuleComparisonStat | null;
  @Field(() => String, { nullable: true }) ruleComparisonNote: string | null;
}

@ObjectType({ description: "An indicator's status on the `asOf` date (rule in `OutcomeSummary.rule`)." })
export class IndicatorStatusStat {
  @Field(() => ID) indicatorId: string;
  @Field(() => ID) roundId: string;
  @Field() outcome: string;
  @Field() name: string;
  @Field() unit: string;
  @Field(() => Float) baseline: number;
  @Field(() => Float) target: number;
  @Field() direction: string;
  @Field(() => Float, { nullable: true }) latest: number | null;
  @Field(() => LocalDateScalar, { nullable: true }) latestOn: string | null;
  @Field({ description: "on_track, at_risk, off_track or not_reported." }) status: string;
  @Field(() => Float, { nullable: true, description: "0..100 % of the way from baseline to target." }) progress:
    number | null;
  @Field(() => Float, { description: "0..100 % of the monitoring period elapsed." }) expected: number;
  @Field(() => [Money], {
    description: "Awarded ÷ people reached (latest − baseline), for indicators counting people.",
  })
  costPerPersonReached: Money[];
}

@ObjectType({ description: "Roll-up of indicators: weighted mean progress (weights 1 each), never a sum." })
export class ProgressRollupStat {
  @Field(() => Float, { nullable: true }) progress: number | null;
  @Field(() => Int) included: number;
  @Field(() => Int) notReported: number;
  @Field(() => Int) onTrack: number;
  @Field(() => Int) atRisk: number;
  @Field(() => Int) offTrack: number;
}

@ObjectType({
  description: "One round's outcome progress roll-up (a weighted mean of its indicators' progress; never a sum).",
})
export class RoundRollup {
  @Field(() => ID) roundId: string;
  @Field(() => ProgressRollupStat) rollup: ProgressRollupStat;
}

@ObjectType({ description: "Did it work: indicator statuses, per-round and overall roll-ups." })
export class OutcomeSummary {
  @Field(() => LocalDateScalar) asOf: string;
  @Field({ description: "The published status rule." }) rule: string;
  @Field(() => [IndicatorStatusStat]) indicators: IndicatorStatusStat[];
  @Field(() => [RoundRollup]) rounds: RoundRollup[];
  @Field(() => ProgressRollupStat) overall: ProgressRollupStat;
}

@ObjectType({ description: "A value normalised as asked (see `Normalise`)." })
export class NormalisedValue {
  @Field({ description: "pot, awarded or spent." }) measure: string;
  @Field() currency: string;
  @Field(() => Float, { nullable: true }) value: number | null;
}

@ObjectType({ description: "One round or council in a comparison, on the same measures." })
export class ComparisonItem {
  @Field(() => ID) id: string;
  @Field() label: string;
  @Field(() => SpendingRow) spending: SpendingRow;
  @Field(() => [NormalisedValue]) normalised: NormalisedValue[];
  @Field(() => ParticipationSummaryType) participation: ParticipationSummaryType;
  @Field(() => Float, { nullable: true, description: "Mean over rounds of the pooled Gini of speaking turns." })
  meanGini: number | null;
  @Field(() => Float, {
    nullable: true,
    description: "Voted rounds: pooled share of voters with a funded project they supported.",
  })
  proportionality: number | null;
  @Field(() => ProgressRollupStat) outcomes: ProgressRollupStat;
}

@ObjectType({ description: "Where an item stands in the comparison group: median and range, not a league table." })
export class GroupStat {
  @Field() measure: string;
  @Field() currency: string;
  @Field(() => Float, { nullable: true }) median: number | null;
  @Field(() => Float, { nullable: true }) min: number | null;
  @Field(() => Float, { nullable: true }) max: number | null;
}

@ObjectType({ description: "Side-by-side comparison." })
export class Comparison {
  @Field(() => Normalise) normalise: Normalise;
  @Field(() => [ComparisonItem]) items: ComparisonItem[];
  @Field(() => [GroupStat]) group: GroupStat[];
}
