import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  Float,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Resolver,
  Root,
} from "type-graphql";
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  Length,
  ValidateNested,
} from "class-validator";
import { isOfficerOf } from "../auth/guards.js";
import { Bid } from "./bid.entity.js";
import { ShortlistEntry } from "./shortlist-entry.entity.js";
import { Round } from "../round/round.entity.js";
import { Provider } from "../provider/provider.entity.js";
import { Criterion } from "../tender/criterion.entity.js";
import type { GraphQLContext } from "../graphql/context.js";
import { decodeIdOf } from "../graphql/ids.js";
import { MoneyInput } from "../graphql/money.input.js";
import { Payload } from "../graphql/payload.js";
import { mutationPayload } from "../graphql/commands.js";
import { bidShortlist, bidSubmit, interviewScoreSubmit, shortlistReasonReview } from "./bid.commands.js";
import { loadRoundScoring, SCORE_SCALE } from "./scoring.service.js";

@InputType({ description: "A provider's bid, entered by an officer (or a resident-proposed project in a PB round)." })
class BidSubmitInput {
  @Field(() => ID) round: string;
  @Field(() => ID, { nullable: true, description: "The bidding organisation (required for commissioning rounds)." })
  provider?: string;
  @Field() @IsString() @Length(1, 300) title: string;
  @Field({ defaultValue: "" }) @IsString() @Length(0, 20_000) summary: string;
  @Field({ nullable: true, description: "Category of a PB project, e.g. `greenery`." })
  @IsOptional()
  @IsString()
  @Length(1, 120)
  category?: string;
  @Field({ nullable: true, description: "PB projects: the area the project serves, e.g. a ward's name." })
  @IsOptional()
  @IsString()
  @Length(1, 120)
  area?: string;
  @Field(() => MoneyInput, {
    description: "Amount requested, in the round's currency, within the tender's budget ceiling.",
  })
  @ValidateNested()
  amountRequested: MoneyInput;
  @Field(() => [ID], { defaultValue: [], description: "The round's outcomes this bid says it will address." })
  @ArrayMaxSize(50)
  outcomes: string[];
}

@InputType({ description: "Put a bid on the shortlist." })
class BidShortlistInput {
  @Field(() => ID) bid: string;
  @Field({ description: "Why the bid deserves an interview." }) @IsString() @Length(1, 2000) reason: string;
}

@InputType({ description: "A score on one criterion." })
class CriterionScoreInput {
  @Field(() => ID) criterion: string;
  @Field(() => Int, { description: "0 (poor) to 5 (excellent)." }) @IsInt() score: number;
}

@InputType({
  description:
    "A panel member's scores of one shortlisted bid: sent by the member, or entered from their paper sheet by an officer of the round's council.",
})
class InterviewScoreSubmitInput {
  @Field(() => ID) bid: string;
  @Field(() => [CriterionScoreInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  scores: CriterionScoreInput[];
  @Field(() => ID, {
    nullable: true,
    description:
      "Officers: the panel member whose paper scoring sheet is entered (required for officers; the scores are that member's). Panel members: omit, or give their own id.",
  })
  panelMember?: string;
}

const BidSubmitPayload = Payload("BidSubmit", "bid", () => Bid, "the recorded bid.");
const BidShortlistPayload = Payload("BidShortlist", "bid", () => Bid, "the shortlisted bid.");
const InterviewScoreSubmitPayload = Payload(
  "InterviewScoreSubmit",
  "bid",
  () => Bid,
  "the scored bid (individual scores are never shown).",
);

@ObjectType({
  description:
    "Why a bid was shortlisted. Who proposed it is shown by role only; a panel member's words are public only after an officer of the council reviewed them.",
})
export class Shortlisting {
  @Field({ description: "`panel_member` or `officer`: whose words `reason` is." }) proposedByRole: string;
  @Field(() => String, {
    nullable: true,
    description:
      "The reason, in the proposer's words. Breaking for privacy (was String!): null in public views until an officer publishes a panel member's reason (`shortlistReasonReview`), and after a redaction. Officers of the council always see it.",
  })
  reason: string | null;
  @Field({ description: "`published`, `awaiting_review` (a panel member's words not yet reviewed) or `redacted`." })
  reasonStatus: string;
  @Field() shortlistedAt: Date;
}

@InputType({ description: "Publish or redact a panel member's shortlist reason." })
class ShortlistReasonReviewInput {
  @Field(() => ID, { description: "The shortlisted bid." }) bid: string;
  @Field({ description: "True: publish the reason as written; false: redact it (officers still see it)." })
  @IsBoolean()
  publish: boolean;
}

const ShortlistReasonReviewPayload = Payload(
  "ShortlistReasonReview",
  "bid",
  () => Bid,
  "the bid whose shortlist reason was reviewed.",
);

@ObjectType({ description: "The interview score scale." })
export class ScoreScale {
  @Field(() => Int) min: number;
  @Field(() => Int) max: number;
}

@ObjectType({
  description: "A shortlisted bid's interview result: weighted score, rank and how much the panel agreed.",
})
export class BidScore {
  @Field(() => Bid) bid: Bid;
  @Field(() => Int, {
    nullable: true,
    description: "Competition rank (1 = best; equal scores share a rank); null when unscored.",
  })
  rank: number | null;
  @Field(() => Float, {
    nullable: true,
    description: "Mean of the members' weighted totals (Σ weight × score / 10,000), on the 0–5 scale.",
  })
  score: number | null;
  @Field(() => Int, { description: "Members who scored every criterion of this bid." }) scorers: number;
  @Field(() => Float, {
    nullable: true,
    description: "Inter-rater spread: population standard deviation of the members' weighted totals.",
  })
  standardDeviation: number | null;
  @Field(() => Float, { nullable: true, description: "Inter-rater spread: highest minus lowest weighted total." })
  range: number | null;
  @Field(() => [Bid], { description: "Bids with exactly the same score." }) tiedWith: Bid[];
}

@ObjectType({
  description: "Single-scorer influence: would the top bid change if this (pseudonymous) scorer were left out?",
})
export class ScorerInfluence {
  @Field({ description: "A pseudonymous label (`Scorer 1`, …), not linked to any person." }) scorer: string;
  @Field({ description: "True when leaving this scorer out changes the top-ranked bid(s)." }) pivotal: boolean;
  @Field(() => [Bid], { description: "The top-ranked bid(s) without this scorer." }) topRankedWithout: Bid[];
}

@ObjectType({
  description:
    "The panel's interview scoring of a round, as aggregates only: no view shows which member gave which score.",
})
export class RoundScoring {
  @Field(() => ScoreScale) scale: ScoreScale;
  @Field(() => [Criterion]) criteria: Criterion[];
  @Field(() => Int, { description: "Number of panel members who scored." }) scorers: number;
  @Field(() => [BidScore], { description: "Shortlisted bids in ranking order (unscored last)." }) bids: BidScore[];
  @Field(() => [Bid], { description: "All bids of rank 1 (more than one = a tie the panel must resolve)." })
  topRanked: Bid[];
  @Field() tie: boolean;
  @Field(() => [ScorerInfluence]) influence: ScorerInfluence[];
  @Field(() => Int, { description: "How many single scorers could change the top bid on their own." })
  pivotalScorers: number;
  @Field(() => Int, {
    description: "Member × bid score sets missing a criterion (left out of the totals, never counted as 0).",
  })
  incompleteScoreSets: number;
}

/** Where a project's area is kept: a resident's proposal (`area`), or a Pabulib project's district or neighbourhood. */
const AREA_FIELDS = ["area", "district", "neighbourhood", "neighborhood"] as const;

@Resolver(() => Bid)
export class BidResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description:
      "PB projects: the area the project serves, as proposed (or a Pabulib project's district/neighbourhood); null when not given.",
  })
  area(@Root() bid: Bid): string | null {
    for (const field of AREA_FIELDS) {
      const value = bid.extra?.[field]?.trim();
      if (value) return value;
    }
    return null;
  }

  @FieldResolver(() => Round)
  round(@Root() bid: Bid, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.one(Round).load(bid.roundKey);
  }

  @FieldResolver(() => Provider, {
    nullable: true,
    description: "The bidding organisation (none for resident-proposed PB projects).",
  })
  provider(@Root() bid: Bid, @Ctx() ctx: GraphQLContext) {
    return bid.providerKey === null ? null : ctx.loaders.one(Provider).load(bid.providerKey);
  }

  @FieldResolver(() => Shortlisting, {
    nullable: true,
    description: "Why the bid was shortlisted; null when it was not.",
  })
  async shortlisting(@Root() bid: Bid, @Ctx() ctx: GraphQLContext): Promise<Shortlisting | null> {
    const [entry] = await ctx.loaders.many(ShortlistEntry, "bidKey").load(bid.key);
    if (!entry) return null;
    const status = entry.reasonPublished ? "published" : entry.reasonReviewedAt ? "redacted" : "awaiting_review";
    const round = await ctx.loaders.one(Round).load(bid.roundKey);
    const officer = round !== null && isOfficerOf(ctx, round.councilKey);
    return Object.assign(new Shortlisting(), {
      proposedByRole: entry.proposedByMemberKey === null ? "officer" : "panel_member",
      reason: entry.reasonPublished || officer ? entry.reason : null,
      reasonStatus: status,
      shortlistedAt: entry.createdAt,
    });
  }

  @Mutation(() => ShortlistReasonReviewPayload, {
    description:
      "Officers: publish a panel member's shortlist reason as written, or redact it (free text by panel members is public only once reviewed).",
  })
  async shortlistReasonReview(
    @Arg("input", () => ShortlistReasonReviewInput) input: ShortlistReasonReviewInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return mutationPayload(
      "bid",
      ctx,
      shortlistReasonReview,
      { bidKey: decodeIdOf("Bid", input.bid, "input.bid"), publish: input.publish },
      (output) => output.bid,
    );
  }

  @Mutation(() => BidSubmitPayload, {
    description:
      "Records a bid (officers of the round's council, bidding phase). Over the tender's ceiling: EXCEEDS_CEILING.",
  })
  async bidSubmit(@Arg("input", () => BidSubmitInput) input: BidSubmitInput, @Ctx() ctx: GraphQLContext) {
    return mutationPayload("bid", ctx, bidSubmit, {
      roundKey: decodeIdOf("Round", input.round, "input.round"),
      providerKey: input.provider ? decodeIdOf("Provider", input.provider, "input.provider") : null,
      title: input.title,
      summary: input.summary,
      category: input.category,
      area: input.area,
      amountRequested: input.amountRequested,
      outcomeKeys: input.outcomes.map((id, i) => decodeIdOf("Outcome", id, `input.outcomes.${i}`)),
    });
  }

  @Mutation(() => BidShortlistPayload, {
    description: "Shortlists a bid for interview (panel members or officers; shortlisting phase), with the reason.",
  })
  async bidShortlist(@Arg("input", () => BidShortlistInput) input: BidShortlistInput, @Ctx() ctx: GraphQLContext) {
    return mutationPayload("bid", ctx, bidShortlist, {
      bidKey: decodeIdOf("Bid", input.bid, "input.bid"),
      reason: input.reason,
    });
  }

  @Mutation(() => InterviewScoreSubmitPayload, {
    description:
      "A panel member's scores (0–5) of a shortlisted bid per criterion (interviewing phase); scoring again replaces earlier scores. An officer of the round's council may enter an active member's paper scoring sheet on their behalf (`panelMember`; audited as such).",
  })
  async interviewScoreSubmit(
    @Arg("input", () => InterviewScoreSubmitInput) input: InterviewScoreSubmitInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return mutationPayload(
      "bid",
      ctx,
      interviewScoreSubmit,
      {
        bidKey: decodeIdOf("Bid", input.bid, "input.bid"),
        scores: input.scores.map((s, i) => ({
          criterionKey: decodeIdOf("Criterion", s.criterion, `input.scores.${i}.criterion`),
          score: s.score,
        })),
        panelMemberKey: input.panelMember ? decodeIdOf("PanelMember", input.panelMember, "input.panelMember") : null,
      },
      (output) => output.bid,
    );
  }
}

@Resolver(() => Round)
export class RoundScoringResolver {
  @FieldResolver(() => RoundScoring, {
    nullable: true,
    description:
      "The panel's interview scoring: weighted scores, spread and single-scorer influence (aggregates only). Null before the tender has criteria.",
  })
  async scoring(@Root() round: Round, @Ctx() ctx: GraphQLContext): Promise<RoundScoring | null> {
    const data = await ctx.loaders
      .batch("round.scoring", (keys: readonly number[]) => loadRoundScoring(ctx.dataSource, keys))
      .load(round.key);
    const result = data.result;
    if (!result) return null;
    const bidOf = new Map(data.bids.map((b) => [String(b.key), b]));
    const bids = (ids: readonly string[]) => ids.map((id) => bidOf.get(id)).filter((b): b is Bid => b !== undefined);
    return Object.assign(new RoundScoring(), {
      scale: Object.assign(new ScoreScale(), SCORE_SCALE),
      criteria: data.criteria,
      scorers: result.influence.length,
      bids: result.bids
        .filter((b) => bidOf.has(b.bidId))
        .map((b) =>
          Object.assign(new BidScore(), {
            bid: bidOf.get(b.bidId),
            rank: b.rank,
            score: b.score,
            scorers: b.scorers,
            standardDeviation: b.standardDeviation,
            range: b.range,
            tiedWith: bids(b.tiedWith),
          }),
        ),
      topRanked: bids(result.topRanked),
      tie: result.tie,
      influence: result.influence.map((m, i) =>
        Object.assign(new ScorerInfluence(), {
          scorer: `Scorer ${i + 1}`,
          pivotal: m.pivotal,
          topRankedWithout: bids(m.topWithout),
        }),
      ),
      pivotalScorers: result.pivotalMembers.length,
      incompleteScoreSets: result.incomplete.length,
    });
  }
}
