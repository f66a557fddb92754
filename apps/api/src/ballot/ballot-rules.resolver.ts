import { Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root } from "type-graphql";
import { In } from "typeorm";
import {
  VOTER_SEXES,
  ballotRulesOf,
  eligibilityOf,
  voterQuestionsOf,
  type BallotType as DomainBallotType,
} from "@coproduce/domain";
import { Area } from "../area/area.entity.js";
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

@ObjectType({ description: "An area a voter may say they live in." })
export class VoterArea {
  @Field() slug: string;
  @Field() name: string;
}

@ObjectType({
  description:
    "What the booth asks a voter before the ballot (the round's voter questions): age band, sex and area. The area is checked and never stored; age band and sex are kept with the ballot only where the round records them, for aggregate statistics.",
})
export class VoterQuestions {
  @Field(() => [String], { description: "The age bands offered (empty: age is not asked)." }) ageBands: string[];
  @Field({
    description: "An age band must be given, and only these may vote; otherwise the voter may prefer not to say.",
  })
  ageBandRequired: boolean;
  @Field(() => [String], {
    description: "Sexes offered, as the census spells them (empty: not asked); always with 'prefer not to say'.",
  })
  sexes: string[];
  @Field(() => [VoterArea], { description: "The areas whose residents may vote (empty: not asked)." })
  areas: VoterArea[];
  @Field({ description: "The age band is kept with the ballot (for 'who voted')." }) recordAgeBand: boolean;
  @Field({ description: "Sex is kept with the ballot (for 'who voted')." }) recordSex: boolean;
}

@Resolver(() => Round)
export class BallotRulesResolver {
  @FieldResolver(() => VoterQuestions, {
    nullable: true,
    description:
      "Voting rounds: what voters are asked before the ballot (null for rounds decided by a panel's scores).",
  })
  async voterQuestions(@Root() round: Round, @Ctx() ctx: GraphQLContext): Promise<VoterQuestions | null> {
    if (round.decisionMethod !== "voting") return null;
    const e = eligibilityOf(round.allocationParams);
    const q = voterQuestionsOf(e);
    const rows = q.areas.length
      ? await ctx.dataSource
          .getRepository(Area)
          .find({ where: { councilKey: round.councilKey, slug: In([...q.areas]) }, select: { slug: true, name: true } })
      : [];
    const names = new Map(rows.map((a) => [a.slug, a.name]));
    return Object.assign(new VoterQuestions(), {
      ageBands: [...q.ageBands],
      ageBandRequired: q.ageBandRequired,
      sexes: q.asksSex ? [...VOTER_SEXES] : [],
      areas: q.areas.map((slug) => Object.assign(new VoterArea(), { slug, name: names.get(slug) ?? slug })),
      recordAgeBand: e.record.ageBand,
      recordSex: e.record.sex,
    });
  }

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
