import { Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root } from "type-graphql";
import { ballotRulesOf, type BallotType as DomainBallotType } from "@coproduce/domain";
import { Round } from "../round/round.entity.js";
import { Money } from "../graphql/money.type.js";
import { BallotType } from "../graphql/enums.js";
import type { GraphQLContext } from "../graphql/context.js";

@ObjectType({
  description:
    "The round's ballot rules, for the voting booth to check a ballot as the resident builds it (the round's own settings, then the Pabulib META: min/max length, min/max sum cost, points).",
})
export class BallotRules {
  @Field(() => BallotType) type: string;
  @Field(() => Int, { description: "Choose at least this many projects." }) minLength: number;
  @Field(() => Int, { nullable: true, description: "Choose at most this many projects (null: no limit)." })
  maxLength: number | null;
  @Field(() => Money, { nullable: true, description: "The chosen projects may cost at least this in all." })
  minSumCost: Money | null;
  @Field(() => Money, {
    nullable: true,
    description: "The chosen projects may cost at most this in all (the booth's budget bar).",
  })
  maxSumCost: Money | null;
  @Field(() => Int, { description: "Least points (cumulative) or score (scoring) per chosen project." })
  minPointsPerProject: number;
  @Field(() => Int, { description: "Most points (cumulative) or score (scoring) per chosen project." })
  maxPointsPerProject: number;
  @Field(() => Int, { nullable: true, description: "Cumulative: points to give in all, at least." })
  minSumPoints: number | null;
  @Field(() => Int, { nullable: true, description: "Cumulative: points to give in all, at most." })
  maxSumPoints: number | null;
  @Field({ description: "Projects are shown in a different random order to each voter." }) shuffle: boolean;
  @Field({ description: "A ballot may be changed with its receipt until voting closes." }) changeable: boolean;
}

@Resolver(() => Round)
export class BallotRulesResolver {
  @FieldResolver(() => BallotRules, {
    nullable: true,
    description: "Voting rounds: the ballot's rules (null for rounds decided by a panel's scores).",
  })
  ballotRules(@Root() round: Round, @Ctx() _ctx: GraphQLContext): BallotRules | null {
    if (round.decisionMethod !== "voting" || !round.ballotType) return null;
    const r = ballotRulesOf(round.ballotType as DomainBallotType, round.allocationParams);
    return Object.assign(new BallotRules(), {
      type: r.type,
      minLength: r.minLength,
      maxLength: r.maxLength,
      minSumCost: r.minSumCostMinor === null ? null : Money.of(r.minSumCostMinor, round.currency),
      maxSumCost: r.maxSumCostMinor === null ? null : Money.of(r.maxSumCostMinor, round.currency),
      minPointsPerProject: r.minPointsPerProject,
      maxPointsPerProject: r.maxPointsPerProject,
      minSumPoints: r.minSumPoints,
      maxSumPoints: r.maxSumPoints,
      shuffle: r.shuffle,
      changeable: round.ballotsChangeable,
    });
  }
}
