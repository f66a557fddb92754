import "reflect-metadata";
import type { GraphQLSchema } from "graphql";
import { buildSchema, type NonEmptyArray } from "type-graphql";
import { CouncilResolver } from "../council/council.resolver.js";
import { AreaResolver } from "../area/area.resolver.js";
import { RoundResolver } from "../round/round.resolver.js";
import { AwardResolver } from "../award/award.resolver.js";
import { BidResolver } from "../bid/bid.resolver.js";
import { ProviderResolver } from "../provider/provider.resolver.js";
import { TenderResolver } from "../tender/tender.resolver.js";
import { IndicatorResolver, OutcomeResolver } from "../outcome/outcome.resolver.js";
import { MilestoneResolver } from "../outcome/outcome.resolver.js";
import { RoundScoringResolver } from "../bid/bid.resolver.js";
import { BallotResolver } from "../ballot/ballot.resolver.js";
import { AwardVariationResolver } from "../award/award.resolver.js";
import { NodeResolver } from "./node.resolver.js";
import { DecisionProjectResolver, DecisionResolver } from "../decision/decision.resolver.js";
import { SafeIntScalar } from "./scalars.js";
import { AnalyticsResolver } from "../analytics/analytics.resolver.js";
import { AuthResolver } from "../auth/auth.resolver.js";
import { RoundMutationResolver } from "../round/round.mutations.js";
import { PanelResolver } from "../panel/panel.resolver.js";
import { RoundSessionMeasuresResolver, SessionResolver } from "../session/session.resolver.js";
import { CompensationResolver } from "../compensation/compensation.resolver.js";
import { AuditResolver } from "../audit/audit.resolver.js";
import { MyPanelResolver } from "../panel/my-panel.resolver.js";

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const RESOLVERS: NonEmptyArray<Function> = [
  NodeResolver,
  CouncilResolver,
  AreaResolver,
  RoundResolver,
  AwardResolver,
  BidResolver,
  ProviderResolver,
  TenderResolver,
  OutcomeResolver,
  IndicatorResolver,
  DecisionResolver,
  DecisionProjectResolver,
  AnalyticsResolver,
  MilestoneResolver,
  RoundScoringResolver,
  BallotResolver,
  AwardVariationResolver,
  AuthResolver,
  RoundMutationResolver,
  PanelResolver,
  SessionResolver,
  RoundSessionMeasuresResolver,
  CompensationResolver,
  AuditResolver,
  MyPanelResolver,
];

let cached: Promise<GraphQLSchema> | undefined;

/** The schema, built once per process (resolvers are singletons; per-request state lives in the context). */
export function getSchema(): Promise<GraphQLSchema> {
  cached ??= buildSchema({
    resolvers: RESOLVERS,
    validate: { forbidUnknownValues: false },
    scalarsMap: [],
    orphanedTypes: [],
    emitSchemaFile: false,
  }).then((schema) => {
    void SafeIntScalar;
    return schema;
  });
  return cached;
}
