import { Field, Float, ID, InputType, Int, ObjectType } from "type-graphql";
import { Length, MaxLength } from "class-validator";
import { UserError } from "../command/user-error.js";
import { Applicant } from "./applicant.entity.js";
import { PanelMember } from "./panel-member.entity.js";
import { DimensionAnswer } from "./panel.types.js";

@ObjectType({ description: "A seat on the panel as the council's officers see it: who holds it and where they stand." })
export class PanelSeat {
  @Field(() => PanelMember) member: PanelMember;
  @Field(() => String, { nullable: true, description: "The applicant's pseudonym (A-007)." })
  applicantPseudonym: string | null;
  @Field({ description: "selected (not yet confirmed), confirmed, or withdrawn." }) status: string;
  @Field(() => Date, { nullable: true }) confirmedAt: Date | null;
  @Field(() => Date, { nullable: true }) withdrawnAt: Date | null;
  @Field(() => String, { nullable: true }) withdrawalReason: string | null;
  @Field(() => PanelMember, { nullable: true, description: "Who took the seat, once a withdrawn member is replaced." })
  replacedBy: PanelMember | null;
  @Field(() => PanelMember, { nullable: true, description: "Whose seat this member took (a replacement)." })
  replaces: PanelMember | null;
  @Field(() => [DimensionAnswer], { description: "Answers to the round's quota questions." })
  quotaAnswers: DimensionAnswer[];
}

@ObjectType({ description: "One of the draw's ordered alternates." })
export class PanelAlternateEntry {
  @Field(() => Int, { description: "1 = offered a seat first." }) position: number;
  @Field(() => Applicant) applicant: Applicant;
  @Field({ description: "waiting (can be offered a seat), on_panel, or unavailable (withdrew or rejected)." })
  state: string;
  @Field(() => [DimensionAnswer]) quotaAnswers: DimensionAnswer[];
}

@ObjectType({ description: "The panel after the draw (officers of the council): seats, open seats and alternates." })
export class PanelRoster {
  @Field({ description: "Whether the panel has been drawn." }) drawn: boolean;
  @Field(() => Int, { nullable: true }) targetSize: number | null;
  @Field(() => [PanelSeat], { description: "Every member who holds or held a seat, in seat order." })
  seats: PanelSeat[];
  @Field(() => Int, { description: "Members on the panel now (not withdrawn)." }) active: number;
  @Field(() => Int, { description: "Members who confirmed and are still on the panel." }) confirmed: number;
  @Field(() => Int, { description: "Withdrawn members not yet replaced." }) openSeats: number;
  @Field({ description: "Whether the panel as it stands meets every quota." }) quotasMet: boolean;
  @Field({ description: "False for a panel drawn before alternates were stored: no replacement possible." })
  alternatesStored: boolean;
  @Field(() => [PanelAlternateEntry]) alternates: PanelAlternateEntry[];
}

@ObjectType({ description: "A quota as a selection run used it." })
export class QuotaSnapshot {
  @Field() dimension: string;
  @Field() category: string;
  @Field(() => Int) min: number;
  @Field(() => Int) max: number;
}

@ObjectType({
  description: "One run of the panel selection — the draw or a replacement — with its inputs, who and when.",
})
export class SelectionRunRecord {
  @Field(() => ID) id: string;
  @Field({ description: "draw or replacement." }) kind: string;
  @Field({ description: "Who ran it, as the audit log names them (user:12)." }) actor: string;
  @Field() at: Date;
  @Field({ description: "One sentence: what happened." }) summary: string;
  @Field(() => [QuotaSnapshot], { description: "The quotas the run used (a snapshot)." }) quotas: QuotaSnapshot[];
  @Field(() => Int, { nullable: true }) panelSize: number | null;
  @Field(() => String, { nullable: true, description: "Draw: the published seed." }) seed: string | null;
  @Field(() => String, { nullable: true, description: "Draw: the algorithm id." }) algorithm: string | null;
  @Field(() => Int, { nullable: true, description: "Draw: applicants in the pool." }) pool: number | null;
  @Field(() => String, { nullable: true, description: "Replacement: whose seat." }) withdrawnMember: string | null;
  @Field(() => String, { nullable: true }) reason: string | null;
  @Field(() => String, { nullable: true, description: "Replacement: the applicant who took the seat." })
  replacement: string | null;
  @Field(() => String, { nullable: true }) newMember: string | null;
  @Field(() => Int, { nullable: true }) alternatePosition: number | null;
  @Field(() => Boolean, { nullable: true, description: "Whether the panel kept every quota after the run." })
  quotasKept: boolean | null;
  @Field(() => String, { nullable: true }) explanation: string | null;
  @Field({ description: "The run's full inputs as JSON." }) inputsJson: string;
  @Field({ description: "The run's full result as JSON." }) resultJson: string;
}

@ObjectType({ description: "One stage's figure for one category." })
export class FunnelCellView {
  @Field() stage: string;
  @Field(() => Int) count: number;
  @Field(() => Float, { nullable: true, description: "Share of those at the stage who answered." }) share:
    number | null;
  @Field(() => Float, { nullable: true, description: "share / the target group's share." }) ratio: number | null;
}

@ObjectType({ description: "One category of a dimension through the funnel's stages, against its target share." })
export class FunnelCategoryView {
  @Field() category: string;
  @Field(() => Float, { nullable: true, description: "Share of the target group in the census." })
  targetShare: number | null;
  @Field(() => [FunnelCellView]) stages: FunnelCellView[];
}

@ObjectType({ description: "One census dimension of the funnel: its categories per stage, and who did not answer." })
export class FunnelDimensionView {
  @Field() dimension: string;
  @Field({
    description:
      "target_group (census restricted to the round's target age range), area (all residents) or none (no baseline).",
  })
  scope: string;
  @Field(() => [FunnelCategoryView]) categories: FunnelCategoryView[];
  @Field(() => [FunnelCellView], { description: "People who did not answer, per stage." }) noData: FunnelCellView[];
}

@ObjectType({ description: "How many people reached one stage of the funnel." })
export class FunnelStageTotal {
  @Field({ description: "applied, selected, confirmed, attended, spoke or scored." }) stage: string;
  @Field(() => Int) total: number;
}

@ObjectType({
  description:
    "The funnel's first stage: invitation letters sent (a civic lottery) and the share who applied. Only the number is known, not who was invited, so there is no per-category breakdown.",
})
export class FunnelInvitedView {
  @Field(() => Int, { description: "Invitation letters sent, as the officer recorded." }) invited: number;
  @Field(() => Int, { description: "Everyone who applied (the next stage)." }) applied: number;
  @Field(() => Float, { nullable: true, description: "applied ÷ invited; null when 0 letters were recorded." })
  responseRate: number | null;
}

@ObjectType({
  description:
    "Who was reached (officers of the council): applied → selected → confirmed → attended → spoke → scored, per category against the round's target group in the census.",
})
export class RepresentationFunnelView {
  @Field(() => String, { nullable: true }) targetGroup: string | null;
  @Field(() => Int, { nullable: true, description: "The target group's age range read from its description." })
  ageFrom: number | null;
  @Field(() => Int, { nullable: true }) ageTo: number | null;
  @Field(() => String, { nullable: true }) baselineSource: string | null;
  @Field(() => FunnelInvitedView, {
    nullable: true,
    description: "Invited → applied (totals only); null until the officer records the invitations sent.",
  })
  invited: FunnelInvitedView | null;
  @Field(() => [FunnelStageTotal]) stages: FunnelStageTotal[];
  @Field(() => [FunnelDimensionView]) dimensions: FunnelDimensionView[];
}

@InputType({ description: "The panel member who accepted their seat." })
export class PanelMemberConfirmInput {
  @Field(() => ID) member: string;
}

@InputType({ description: "The language the signed-in panel member reads." })
export class PanelMemberLanguageSetInput {
  @Field({ description: "en or cy." })
  @Length(2, 8)
  language: string;
}

@InputType({ description: "The panel member who leaves the panel, and why." })
export class PanelMemberWithdrawInput {
  @Field(() => ID) member: string;
  @Field({ description: "Why they leave (private to the council's officers)." })
  @Length(0, 500)
  @MaxLength(500)
  reason: string;
}

@InputType({ description: "The withdrawn member whose seat is to be filled from the alternates." })
export class PanelMemberReplaceInput {
  @Field(() => ID) member: string;
}

@ObjectType({ description: "The member, or userErrors." })
export class PanelMemberStatusPayload {
  @Field(() => PanelMember, { nullable: true }) member: PanelMember | null;
  @Field(() => [UserError]) userErrors: UserError[];
}

@ObjectType({ description: "Who took the seat and whether the quotas were kept, or userErrors." })
export class PanelMemberReplacePayload {
  @Field(() => PanelMember, { nullable: true, description: "The withdrawn member." }) withdrawn: PanelMember | null;
  @Field(() => PanelMember, { nullable: true, description: "The new member." }) member: PanelMember | null;
  @Field(() => String, { nullable: true }) applicantPseudonym: string | null;
  @Field(() => Int, { nullable: true, description: "Position in the alternates list (1 = first)." })
  alternatePosition: number | null;
  @Field({ description: "False when no alternate kept every quota (the least-violating one was taken)." })
  quotasKept: boolean;
  @Field(() => Int, { nullable: true, description: "Seats by which the panel now misses its quotas." })
  violation: number | null;
  @Field(() => String, { nullable: true, description: "Plain sentence: who and why." }) explanation: string | null;
  @Field(() => [UserError]) userErrors: UserError[];
}
