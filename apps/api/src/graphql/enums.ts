import { registerEnumType } from "type-graphql";

// GraphQL enums over the domain's lower-case codes (packages/domain round/phase.ts): the GraphQL
// name is upper case, the stored value is the domain code.

export enum RoundPhase {
  DRAFT = "draft",
  RECRUITING = "recruiting",
  DEFINING_OUTCOMES = "defining_outcomes",
  TENDERING = "tendering",
  BIDDING = "bidding",
  SHORTLISTING = "shortlisting",
  INTERVIEWING = "interviewing",
  DECIDING = "deciding",
  AWARDED = "awarded",
  MONITORING = "monitoring",
  CLOSED = "closed",
}
registerEnumType(RoundPhase, { name: "RoundPhase", description: "Lifecycle phase of a round, in order." });

export enum RoundKind {
  COMMISSIONING = "commissioning",
  PARTICIPATORY_BUDGETING = "participatory_budgeting",
}
registerEnumType(RoundKind, {
  name: "RoundKind",
  description: "Co-produced commissioning, or participatory budgeting (PB).",
});

export enum BallotType {
  APPROVAL = "approval",
  CUMULATIVE = "cumulative",
  ORDINAL = "ordinal",
  SCORING = "scoring",
  CHOOSE_1 = "choose_1",
}
registerEnumType(BallotType, { name: "BallotType", description: "How voters express preferences." });

export enum DecisionMethod {
  PANEL_SCORING = "panel_scoring",
  VOTING = "voting",
}
registerEnumType(DecisionMethod, {
  name: "DecisionMethod",
  description: "Panel's weighted interview scores, or a vote with an allocation rule.",
});

export enum AllocationRule {
  GREEDY = "greedy",
  MES = "mes",
}
registerEnumType(AllocationRule, {
  name: "AllocationRule",
  description: "greedy (by votes) or the Method of Equal Shares.",
});

export enum BidStatus {
  SUBMITTED = "submitted",
  WITHDRAWN = "withdrawn",
  INELIGIBLE = "ineligible",
  SHORTLISTED = "shortlisted",
  NOT_SHORTLISTED = "not_shortlisted",
  FUNDED = "funded",
  NOT_FUNDED = "not_funded",
}
registerEnumType(BidStatus, { name: "BidStatus", description: "Where a bid or project stands." });
