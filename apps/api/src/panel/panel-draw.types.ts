import { Field, Float, ID, InputType, Int, ObjectType } from "type-graphql";
import { IsOptional, Length, MaxLength } from "class-validator";
import { UserError } from "../command/user-error.js";
import { LocalDateScalar } from "../graphql/scalars.js";
import { Round } from "../round/round.entity.js";

@ObjectType({ description: "A quota range: min..max panel seats for one category of a dimension." })
export class QuotaRange {
  @Field() dimension: string;
  @Field() category: string;
  @Field(() => Int) min: number;
  @Field(() => Int) max: number;
}

@ObjectType({ description: "A quota that conflicts with the others, with the nearest range that admits a panel." })
export class QuotaConflict {
  @Field() dimension: string;
  @Field() category: string;
  @Field(() => Int) min: number;
  @Field(() => Int) max: number;
  @Field(() => Int) suggestedMin: number;
  @Field(() => Int) suggestedMax: number;
}

@ObjectType({ description: "How many applicants of the lottery pool are in one category of a dimension." })
export class PoolCategoryCount {
  @Field() dimension: string;
  @Field({ description: 'The category, or "(no data)" for those who preferred not to say.' }) category: string;
  @Field(() => Int) applicants: number;
}

@ObjectType({
  description:
    "Whether proposed quotas admit a panel from the round's pool (nothing saved): the conflicting quotas and the nearest achievable ones when not.",
})
export class QuotaFeasibility {
  @Field({ description: "True when at least one panel of the size meets every quota." }) feasible: boolean;
  @Field(() => Int, { description: "Applicants in the lottery pool." }) applicants: number;
  @Field(() => String, {
    nullable: true,
    description:
      "Why not: CATEGORY_SHORT_OF_APPLICANTS, MINIMUMS_EXCEED_PANEL, MAXIMUMS_BELOW_PANEL, NO_PANEL_MEETS_ALL_QUOTAS or POOL_TOO_SMALL.",
  })
  reason: string | null;
  @Field(() => String, { nullable: true, description: "A sentence an officer can act on." }) message: string | null;
  @Field(() => [QuotaConflict], { description: "The quotas the nearest achievable quotas change." })
  conflicts: QuotaConflict[];
  @Field(() => [QuotaRange], {
    nullable: true,
    description: "All quotas with the conflicting ones widened: a panel exists for these (null when feasible).",
  })
  suggestedQuotas: QuotaRange[] | null;
  @Field(() => [PoolCategoryCount], { description: "The pool per category of every census dimension." })
  pool: PoolCategoryCount[];
  @Field(() => [UserError], {
    description: "Input problems (unknown dimension, minimum above maximum, a category spelled differently…).",
  })
  problems: UserError[];
}

@ObjectType({ description: "Minimum, median and maximum selection probability of the pool." })
export class ProbabilitySpread {
  @Field(() => Float) min: number;
  @Field(() => Float) median: number;
  @Field(() => Float) max: number;
}

@ObjectType({
  description:
    "A public-ceremony draw (Flanigan et al., NeurIPS 2021): the distribution rounded to m equally likely tickets, numbered 1..m, and the ticket the seed drew.",
})
export class CeremonyDraw {
  @Field(() => Int, { description: "m: the number of equally likely tickets." }) tickets: number;
  @Field(() => Int, { description: "The ticket drawn, 1..m (the seeded generator's first number, nextInt(m) + 1)." })
  ticket: number;
  @Field(() => Int, { description: "The first ticket number naming the same panel composition as the drawn ticket." })
  firstTicketOfPanel: number;
  @Field(() => Int, { description: "The last ticket number naming the same panel composition as the drawn ticket." })
  lastTicketOfPanel: number;
  @Field(() => Float, {
    description:
      "The loss: the largest change in anyone's selection probability, |ceremony − exact distribution|, from rounding to m tickets.",
  })
  loss: number;
  @Field(() => Float, { description: "The lowest selection probability under the m tickets (the draw as made)." })
  minProbability: number;
  @Field(() => Float, { description: "The lowest selection probability under the exact distribution, for comparison." })
  exactMinProbability: number;
}

@ObjectType({
  description:
    "The household rule of a draw (at most one person per household), counted from the published pool file's household labels.",
})
export class HouseholdRule {
  @Field({ description: "Whether the commitment applies the rule." }) applied: boolean;
  @Field(() => Int, {
    description:
      "Applicants in the pool sharing a household with another applicant (the rule affects them); 0 when not applied.",
  })
  affected: number;
  @Field(() => Int, { description: "Households with two or more applicants in the pool; 0 when not applied." })
  households: number;
}

@ObjectType({
  description:
    "The round's published draw: the commitment (fixed before the seed), then the seed and the panel. Anyone can re-run it: `pnpm coproduce lottery verify`.",
})
export class PanelDrawRecord {
  @Field() committedAt: Date;
  @Field({ description: "SHA-256 (hex) of the commitment document." }) commitmentSha256: string;
  @Field({ description: "The commitment document (canonical JSON; docs/lottery.md)." }) commitment: string;
  @Field({ description: "SHA-256 (hex) of the anonymised pool file." }) poolSha256: string;
  @Field({
    description: "The anonymised pool file (CSV: applicant pseudonyms and quota categories only, sorted by id).",
  })
  poolCsv: string;
  @Field(() => Int) applicants: number;
  @Field(() => Int) panelSize: number;
  @Field(() => [QuotaRange]) quotas: QuotaRange[];
  @Field({ description: "maximin or leximin." }) algorithm: string;
  @Field({ description: 'e.g. "cg/v2+highs-1.15.1".' }) algorithmVersion: string;
  @Field(() => LocalDateScalar, { description: "The day of the public randomness." }) randomnessDate: string;
  @Field({ description: "Where the seed comes from (e.g. a named lottery draw, dice at a public meeting)." })
  randomnessSource: string;
  @Field(() => String, { nullable: true, description: "The seed (null until the draw)." }) seed: string | null;
  @Field(() => Date, { nullable: true }) drawnAt: Date | null;
  @Field(() => [String], { description: "The drawn panel's applicant pseudonyms (empty until the draw)." })
  panel: string[];
  @Field(() => [String], { description: "The alternates in the order replacements are offered." })
  alternates: string[];
  @Field(() => ProbabilitySpread, {
    nullable: true,
    description:
      "Selection probabilities: min, median and max (from the commitment on, before the draw; under the m tickets for a public ceremony).",
  })
  probabilities: ProbabilitySpread | null;
  @Field(() => Int, {
    nullable: true,
    description:
      "Public ceremony committed: the number m of equally likely tickets (null: drawn from the exact distribution).",
  })
  ceremonyTickets: number | null;
  @Field(() => CeremonyDraw, {
    nullable: true,
    description: "The public ceremony's ticket and loss (after a ceremony draw).",
  })
  ceremony: CeremonyDraw | null;
  @Field(() => HouseholdRule, { description: "The household rule committed, and whom it affects." })
  household: HouseholdRule;
  @Field({ description: "The command that re-runs and checks the draw." }) verifyCommand: string;
}

@InputType({ description: "Publish the draw's commitment before the seed is known." })
export class PanelDrawCommitInput {
  @Field(() => ID) round: string;
  @Field({ description: "The date (YYYY-MM-DD) of the public randomness, today or later." })
  @MaxLength(20)
  randomnessDate: string;
  @Field({ description: "Where the seed will come from, e.g. the Lotto draw of that date, dice at a public meeting." })
  @MaxLength(300)
  randomnessSource: string;
  @Field({ nullable: true, description: "maximin (default) or leximin." })
  @IsOptional()
  @Length(1, 20)
  algorithm?: string;
  @Field(() => Int, {
    nullable: true,
    description:
      "Public ceremony: round the distribution to this many equally likely tickets (2..10,000, e.g. 1000) and draw one; omit for the exact distribution.",
  })
  @IsOptional()
  ceremonyTickets?: number | null;
  @Field(() => Boolean, {
    nullable: true,
    description:
      "At most one person per household (applicants' private addresses, normalised): the pool file then carries household group labels, never addresses. Default false.",
  })
  @IsOptional()
  household?: boolean | null;
}

@ObjectType({ description: "The round and its published draw commitment, or userErrors." })
export class PanelDrawCommitPayload {
  @Field(() => Round, { nullable: true }) round: Round | null;
  @Field(() => PanelDrawRecord, { nullable: true }) draw: PanelDrawRecord | null;
  @Field(() => [UserError]) userErrors: UserError[];
}

@InputType({ description: "A proposed quota (nothing saved)." })
export class ProposedQuotaInput {
  @Field() @Length(1, 40) dimension: string;
  @Field() @Length(1, 120) category: string;
  @Field(() => Int) min: number;
  @Field(() => Int) max: number;
}
