import { Field, Float, ID, InputType, Int, ObjectType } from "type-graphql";
import {
  ArrayMaxSize,
  IsBoolean,
  IsInt,
  IsOptional,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from "class-validator";
import { UserError } from "../command/user-error.js";
import { Round } from "../round/round.entity.js";
import { Applicant } from "./applicant.entity.js";
import { PanelMember } from "./panel-member.entity.js";

@ObjectType({
  description: 'A count that may be suppressed in public views (1–4 shown as "<5"; complementary cells as "[c]").',
})
export class SuppressibleCount {
  @Field(() => Int, { nullable: true, description: "The count, or null when suppressed." })
  value: number | null;
  @Field({ description: 'What to print: the number, "<5" or "[c]".' })
  display: string;
  @Field()
  suppressed: boolean;
}

@ObjectType({
  description: "A quota with its target range, the applicant pool and the selected panel in that category.",
})
export class QuotaSummary {
  @Field({ description: "age_band, sex, ethnic_group or disability." }) dimension: string;
  @Field() category: string;
  @Field(() => Int) min: number;
  @Field(() => Int) max: number;
  @Field(() => SuppressibleCount, { description: "Eligible applicants in this category." })
  applicants: SuppressibleCount;
  @Field(() => SuppressibleCount, { description: "Panel members in this category." }) selected: SuppressibleCount;
}

@ObjectType({ description: "One category of a dimension: the panel vs the area's population." })
export class CategoryRepresentation {
  @Field() category: string;
  @Field(() => Float, { description: "Share of the area's population (census)." }) populationShare: number;
  @Field(() => SuppressibleCount) panelCount: SuppressibleCount;
  @Field(() => Float, {
    nullable: true,
    description: "Share of panel members who answered (null when suppressed or nobody answered).",
  })
  panelShare: number | null;
  @Field(() => Float, { nullable: true, description: "panelShare / populationShare (null when suppressed)." }) ratio:
    number | null;
  @Field({
    description: "False when the category is not in the census table (answers outside the baseline's categories).",
  })
  inBaseline: boolean;
}

@ObjectType({
  description: "Representativeness of the panel on one dimension vs the round area's population baseline.",
})
export class DimensionRepresentation {
  @Field() dimension: string;
  @Field(() => Float, { nullable: true, description: "Proportional similarity Σ min(p_pop, p_panel) ∈ [0,1]." })
  similarity: number | null;
  @Field(() => [CategoryRepresentation]) categories: CategoryRepresentation[];
  @Field(() => SuppressibleCount, { description: "Members who did not answer on this dimension." })
  noData: SuppressibleCount;
}

@ObjectType({
  description:
    "The round's panel: size, quotas (targets vs pool vs selected), representativeness. Small numbers suppressed publicly.",
})
export class PanelSummary {
  @Field(() => Int, { nullable: true, description: "Target panel size." }) targetSize: number | null;
  @Field(() => Int, { description: "Panel members selected." }) size: number;
  @Field(() => Int, { description: "Eligible applicants in the pool." }) applicants: number;
  @Field(() => [QuotaSummary]) quotas: QuotaSummary[];
  @Field(() => [DimensionRepresentation], {
    description: "Per dimension, vs the round area's census baseline (empty without an area baseline).",
  })
  representativeness: DimensionRepresentation[];
  @Field(() => [PanelMember], { description: "Members by pseudonym." }) members: PanelMember[];
}

@ObjectType({ description: "How selection probabilities were spread (public)." })
export class ProbabilityDistribution {
  @Field(() => Int) applicants: number;
  @Field(() => Float, { nullable: true }) min: number | null;
  @Field(() => Float, { nullable: true }) max: number | null;
  @Field(() => Float, { nullable: true }) mean: number | null;
  @Field(() => Float, { nullable: true, description: "Median (the mean of the middle two for an even count)." })
  median: number | null;
}

@ObjectType({ description: "One applicant's chance of selection (officers of the council only)." })
export class ApplicantSelection {
  @Field(() => Applicant) applicant: Applicant;
  @Field(() => Float, { nullable: true }) probability: number | null;
  @Field() selected: boolean;
}

@ObjectType({ description: "The panel lottery: the published seed and algorithm, to re-run and check it." })
export class LotteryInfo {
  @Field(() => String, { nullable: true, description: "The published seed." }) seed: string | null;
  @Field({ description: "Algorithm id: the committed one, maximin-cg/v2 or leximin-cg/v2 (docs/lottery.md)." })
  algorithm: string;
  @Field({ description: "Whether the panel has been drawn." }) drawn: boolean;
  @Field(() => ProbabilityDistribution) probabilities: ProbabilityDistribution;
  @Field(() => [ApplicantSelection], {
    nullable: true,
    description: "Per applicant (officers of the council only; null otherwise).",
  })
  selections: ApplicantSelection[] | null;
}

@InputType({
  description:
    "An application to a round's panel: self-reported answers in the census dimensions (blank = prefer not to say).",
})
export class ApplicantApplyInput {
  @Field(() => ID) round: string;
  @Field({ nullable: true, description: "Officer-entered applications may set a pseudonym; otherwise A-001, A-002…" })
  @IsOptional()
  @Length(1, 40)
  pseudonym?: string;
  @Field({ nullable: true, description: "Phone or email, private to the council's officers." })
  @IsOptional()
  @MaxLength(200)
  contact?: string;
  @Field({
    nullable: true,
    description:
      "Home address (or postcode and house number) or UPRN, used only for the household rule (at most one person per household); private to the council's officers, never published.",
  })
  @IsOptional()
  @MaxLength(200)
  household?: string;
  @Field({ nullable: true, description: "The name to use when the council gets in touch (private to its officers)." })
  @IsOptional()
  @MaxLength(120)
  name?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(40) ageBand?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(40) sex?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(80) ethnicGroup?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(80) disability?: string;
  @Field({
    nullable: true,
    description:
      "The language the applicant reads (en or cy; default en): what the council sends them is written in it.",
  })
  @IsOptional()
  @MaxLength(8)
  language?: string;
  @Field({ description: "Consent to store and use the answers for selection and anonymous statistics (required)." })
  @IsBoolean()
  consent: boolean;
  @Field({ description: "The applicant confirms they belong to the round's target group." })
  @IsBoolean()
  eligible: boolean;
}

@ObjectType({ description: "The new application (pseudonymous), or userErrors." })
export class ApplicantApplyPayload {
  @Field(() => Applicant, { nullable: true }) applicant: Applicant | null;
  @Field(() => String, {
    nullable: true,
    description:
      "The applicant's reference code (`AP-XXXX-XXXX-XXXX`), shown once: `applicationStatus(round:, reference:)` finds the application with it. Only its hash is stored.",
  })
  reference: string | null;
  @Field(() => [UserError]) userErrors: UserError[];
}

@ObjectType({
  description:
    "What an applicant may see of their own application (by its reference code): its status and, from the draw's commitment on, their chance of selection. Nothing else personal.",
})
export class ApplicationStatus {
  @Field({
    description:
      "applied (in the pool), selected (on the panel), reserve (not drawn; may be offered a seat), withdrawn or rejected.",
  })
  status: string;
  @Field(() => String, { nullable: true, description: "Rejected only: the officer's reason." })
  rejectionReason: string | null;
  @Field(() => Float, {
    nullable: true,
    description:
      "The applicant's probability of selection (0..1), known once the draw's commitment is published; null before (and for applications outside the committed pool).",
  })
  selectionProbability: number | null;
  @Field({ description: "True once the officer has published the draw's commitment." })
  drawCommitted: boolean;
  @Field({ description: "True once the panel has been drawn." })
  drawn: boolean;
}

@InputType({ description: "Min/max panel seats for one category of a dimension." })
export class QuotaInput {
  @Field({ description: "age_band, sex, ethnic_group or disability." }) @Length(1, 40) dimension: string;
  @Field() @Length(1, 120) category: string;
  @Field(() => Int) @IsInt() @Min(0) @Max(500) min: number;
  @Field(() => Int) @IsInt() @Min(0) @Max(500) max: number;
}

@InputType({ description: "Replace a round's quotas and set its panel size (before the lottery)." })
export class PanelQuotasSetInput {
  @Field(() => ID) round: string;
  @Field(() => Int) @IsInt() @Min(1) @Max(500) panelSize: number;
  @Field(() => [QuotaInput]) @ValidateNested({ each: true }) @ArrayMaxSize(200) quotas: QuotaInput[];
}

@InputType({ description: "How many invitation letters were sent for the round's panel (null clears it)." })
export class InvitationsSentSetInput {
  @Field(() => ID) round: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(10_000_000) invitationsSent: number | null;
}

@ObjectType({ description: "The number of invitations now recorded, or userErrors." })
export class InvitationsSentSetPayload {
  @Field(() => Int, { nullable: true }) invitationsSent: number | null;
  @Field(() => [UserError]) userErrors: UserError[];
}

@InputType({
  description: "Draw the panel by stratified lottery from the published commitment, with the public random number.",
})
export class PanelSelectInput {
  @Field(() => ID) round: string;
  @Field({
    nullable: true,
    description:
      "The seed: the public random number the commitment named, exactly as published (REQUIRED without one).",
  })
  @IsOptional()
  @Length(1, 120)
  seed?: string;
}

@ObjectType({
  description: "The round after the draw, whether the quotas are met, or userErrors (e.g. QUOTAS_INFEASIBLE).",
})
export class PanelSelectPayload {
  @Field(() => Round, { nullable: true }) round: Round | null;
  @Field({ description: "Whether the drawn panel meets every quota (always, when drawn)." }) quotasMet: boolean;
  @Field(() => [UserError]) userErrors: UserError[];
}

@InputType({ description: "The panel member to invite." })
export class PanelMemberInviteInput {
  @Field(() => ID) member: string;
}

@ObjectType({ description: "The member and their new single-use invitation code, or userErrors." })
export class PanelMemberInvitePayload {
  @Field(() => PanelMember, { nullable: true }) member: PanelMember | null;
  @Field(() => String, { nullable: true, description: "The single-use code (shown once; only its hash is stored)." })
  invitationCode: string | null;
  @Field(() => [UserError]) userErrors: UserError[];
}

@ObjectType({ description: "The round with its new quotas and panel size, or userErrors." })
export class RoundQuotasPayload {
  @Field(() => Round, { nullable: true }) round: Round | null;
  @Field(() => [UserError]) userErrors: UserError[];
}

@ObjectType({ description: "One question of the application form: a census dimension and the answers it offers." })
export class ApplicationQuestion {
  @Field({ description: "age_band, sex, ethnic_group or disability." }) dimension: string;
  @Field(() => [String], { description: "The categories to choose from (the area's census categories)." })
  categories: string[];
}

@ObjectType({
  description:
    "What the public application form needs: whether it is open, the lottery's quota questions and, separately, the optional equality-monitoring questions.",
})
export class ApplicationForm {
  @Field({ description: "True while the round is recruiting (applications accepted)." }) open: boolean;
  @Field(() => [ApplicationQuestion], {
    description: "Questions the lottery needs (the round's quota dimensions): the answers decide who can be drawn.",
  })
  quotaQuestions: ApplicationQuestion[];
  @Field(() => [ApplicationQuestion], {
    description:
      "Optional equality-monitoring questions (the other census dimensions): reported only as anonymous totals.",
  })
  equalityQuestions: ApplicationQuestion[];
  @Field(() => Int, { description: "Applications received so far." }) received: number;
}

@ObjectType({ description: "One answer of an applicant (null = prefer not to say)." })
export class DimensionAnswer {
  @Field() dimension: string;
  @Field(() => String, { nullable: true }) category: string | null;
}

@ObjectType({
  description:
    "An application as the council's officers see it: status, contact, and the answers to the quota questions only (equality answers are never shown one by one).",
})
export class ApplicantRecord {
  @Field(() => Applicant) applicant: Applicant;
  @Field(() => String, { nullable: true }) name: string | null;
  @Field(() => String, { nullable: true }) contact: string | null;
  @Field(() => String, { nullable: true, description: "Home address or UPRN (the household rule only)." })
  household: string | null;
  @Field({ description: "online (the applicant) or paper (entered by an officer)." }) source: string;
  @Field({ description: "The language the applicant reads (en or cy): write to them in it." }) language: string;
  @Field() appliedAt: Date;
  @Field(() => Date, { nullable: true }) reviewedAt: Date | null;
  @Field(() => String, { nullable: true }) rejectionReason: string | null;
  @Field(() => [DimensionAnswer], { description: "Answers to the round's quota questions." })
  quotaAnswers: DimensionAnswer[];
}

@InputType({ description: "An officer's review of an application: accept it into the lottery pool, or reject it." })
export class ApplicantReviewInput {
  @Field(() => ID) applicant: string;
  @Field({ description: "true: keep it in the pool; false: reject it (a reason is required)." })
  @IsBoolean()
  accept: boolean;
  @Field({ nullable: true, description: "Why it is rejected (required to reject)." })
  @IsOptional()
  @MaxLength(500)
  reason?: string;
}

@ObjectType({ description: "The reviewed application, or userErrors." })
export class ApplicantReviewPayload {
  @Field(() => ApplicantRecord, { nullable: true }) applicant: ApplicantRecord | null;
  @Field(() => [UserError]) userErrors: UserError[];
}

@ObjectType({ description: "Where a member's invitation stands (officers of the council only)." })
export class InvitationStatus {
  @Field({ description: "none (no code yet), issued (not used yet) or joined (signed in on a device)." })
  state: string;
  @Field(() => Date, { nullable: true }) issuedAt: Date | null;
  @Field(() => Date, { nullable: true }) joinedAt: Date | null;
}
