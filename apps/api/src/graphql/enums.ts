import { registerEnumType } from "type-graphql";
import {
  ALLOCATION_RULES,
  BALLOT_TYPES,
  BASELINE_SCOPES,
  BID_STATUSES,
  DECISION_METHODS,
  INDICATOR_DIRECTIONS,
  INDICATOR_STATUSES,
  MILESTONE_STATUSES,
  PHASES,
  ROUND_KINDS,
  STATUS_RULE_TEXT,
} from "@coproduce/domain";

/** `{ DRAFT: "draft", … }`: a GraphQL enum over a domain list. */
export type EnumOf<T extends readonly string[]> = { readonly [K in T[number] as Uppercase<K>]: K };

/**
 * GraphQL enums are generated from the domain's lists (packages/domain), never copied: the GraphQL
 * name is the upper-case code, the value the domain's lower-case code, so a value added in the
 * domain appears in the schema (and in the schema test's diff) at once.
 */
export function graphqlEnum<const T extends readonly string[]>(
  values: T,
  name: string,
  description: string,
): EnumOf<T> {
  const enumObject = Object.fromEntries(values.map((v) => [v.toUpperCase(), v])) as EnumOf<T>;
  registerEnumType(enumObject, { name, description });
  return enumObject;
}

export const RoundPhase = graphqlEnum(PHASES, "RoundPhase", "Lifecycle phase of a round, in order.");
export type RoundPhase = (typeof RoundPhase)[keyof typeof RoundPhase];

export const RoundKind = graphqlEnum(
  ROUND_KINDS,
  "RoundKind",
  "Co-produced commissioning, or participatory budgeting (PB).",
);
export type RoundKind = (typeof RoundKind)[keyof typeof RoundKind];

export const BallotType = graphqlEnum(BALLOT_TYPES, "BallotType", "How voters express preferences.");
export type BallotType = (typeof BallotType)[keyof typeof BallotType];

export const DecisionMethod = graphqlEnum(
  DECISION_METHODS,
  "DecisionMethod",
  "Panel's weighted interview scores, or a vote with an allocation rule.",
);
export type DecisionMethod = (typeof DecisionMethod)[keyof typeof DecisionMethod];

export const AllocationRule = graphqlEnum(
  ALLOCATION_RULES,
  "AllocationRule",
  "greedy (by votes) or the Method of Equal Shares.",
);
export type AllocationRule = (typeof AllocationRule)[keyof typeof AllocationRule];

export const BidStatus = graphqlEnum(BID_STATUSES, "BidStatus", "Where a bid or project stands.");
export type BidStatus = (typeof BidStatus)[keyof typeof BidStatus];

export const IndicatorDirection = graphqlEnum(
  INDICATOR_DIRECTIONS,
  "IndicatorDirection",
  "Which way an indicator improves: higher is better (e.g. % in education) or lower is better (e.g. reoffending).",
);
export type IndicatorDirection = (typeof IndicatorDirection)[keyof typeof IndicatorDirection];

export const IndicatorStatus = graphqlEnum(
  INDICATOR_STATUSES,
  "IndicatorStatus",
  `Whether an indicator is on track. The published rule: ${STATUS_RULE_TEXT}`,
);
export type IndicatorStatus = (typeof IndicatorStatus)[keyof typeof IndicatorStatus];

export const MilestoneStatus = graphqlEnum(MILESTONE_STATUSES, "MilestoneStatus", "Where a delivery milestone stands.");
export type MilestoneStatus = (typeof MilestoneStatus)[keyof typeof MilestoneStatus];

export const BaselineScope = graphqlEnum(
  BASELINE_SCOPES,
  "BaselineScope",
  "What census figures a make-up is compared with: the round's target group (ages it names) or all residents.",
);
export type BaselineScope = (typeof BaselineScope)[keyof typeof BaselineScope];
