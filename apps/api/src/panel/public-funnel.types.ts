import { Field, Float, Int, ObjectType } from "type-graphql";
import { SuppressibleCount } from "./panel.types.js";

@ObjectType({ description: "One stage of the public funnel: how many people reached it." })
export class PublicFunnelStageTotal {
  @Field({ description: "applied, selected (on the panel), confirmed, attended, spoke or scored." }) stage: string;
  @Field(() => SuppressibleCount, {
    description: 'Applied and on the panel exactly (public elsewhere); later stages 1–4 as "<5".',
  })
  total: SuppressibleCount;
}

@ObjectType({ description: "One category at one stage of the public funnel." })
export class PublicFunnelCell {
  @Field() stage: string;
  @Field(() => SuppressibleCount, {
    description:
      'Exact where the dimension is published through this stage; "[c]" otherwise (the "selected" stage then repeats the panel make-up\'s cell).',
  })
  count: SuppressibleCount;
  @Field(() => Float, {
    nullable: true,
    description: "Share of those at the stage who answered (published stages only).",
  })
  share: number | null;
  @Field(() => Float, { nullable: true, description: "share ÷ the target group's share in the census." })
  ratio: number | null;
}

@ObjectType({ description: "One category of a dimension in the public funnel." })
export class PublicFunnelCategory {
  @Field({ description: 'A census category or answer; "no_data" for people who did not answer.' }) category: string;
  @Field(() => Float, { nullable: true, description: "Share of the round's target group in the census." })
  targetShare: number | null;
  @Field(() => [PublicFunnelCell]) stages: PublicFunnelCell[];
}

@ObjectType({ description: "One census dimension of the public funnel." })
export class PublicFunnelDimension {
  @Field() dimension: string;
  @Field({ description: "target_group (census restricted to the target's ages), area, or none (no census table)." })
  scope: string;
  @Field(() => String, {
    nullable: true,
    description:
      "The deepest stage whose categories are published exactly (every stage up to it); null: only the panel make-up's cells.",
  })
  publishedThrough: string | null;
  @Field(() => [PublicFunnelCategory]) categories: PublicFunnelCategory[];
}

@ObjectType({ description: "Voters of a PB round against the round's target group (the published voter make-up)." })
export class PublicVotedDimension {
  @Field() dimension: string;
  @Field(() => [PublicFunnelCategory], { description: 'One stage, "voted", per category.' })
  categories: PublicFunnelCategory[];
}

@ObjectType({ description: "Voted: the round's ballots by voters' age band and sex (PB rounds)." })
export class PublicVotedStage {
  @Field(() => Int, { description: "Ballots cast (public)." }) total: number;
  @Field(() => [PublicVotedDimension]) dimensions: PublicVotedDimension[];
}

@ObjectType({
  description:
    "Who was reached, for everyone: invited → applied → on the panel → confirmed → attended → spoke → scored, per census category against the round's target group; built so no public figures together reveal a group of 1–4 (docs/adr/0005-suppression-method.md, decision 6).",
})
export class PublicFunnelView {
  @Field(() => String, { nullable: true }) targetGroup: string | null;
  @Field(() => Int, { nullable: true }) ageFrom: number | null;
  @Field(() => Int, { nullable: true }) ageTo: number | null;
  @Field(() => String, { nullable: true }) baselineSource: string | null;
  @Field(() => Int, { nullable: true, description: "Invitation letters sent, when recorded (a total only)." })
  invited: number | null;
  @Field(() => Float, { nullable: true, description: "applied ÷ invited." }) responseRate: number | null;
  @Field(() => [PublicFunnelStageTotal]) stages: PublicFunnelStageTotal[];
  @Field(() => [PublicFunnelDimension]) dimensions: PublicFunnelDimension[];
  @Field(() => PublicVotedStage, { nullable: true, description: "PB rounds with ballots: the voted stage." })
  voted: PublicVotedStage | null;
}
