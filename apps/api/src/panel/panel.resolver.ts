import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { GraphQLError } from "graphql";
import type { GraphQLContext } from "../graphql/context.js";
import { decodeIdOf } from "../graphql/ids.js";
import { forbidden, requireOfficerOf } from "../common/authorize.js";
import { Round } from "../round/round.entity.js";
import { loadRound } from "../round/round-lifecycle.js";
import { RoundQuotasPayload } from "./panel.types.js";
import { PanelMember } from "./panel-member.entity.js";
import { PanelService } from "./panel.service.js";
import { lotteryInfo, panelSummary } from "./panel.read.js";
import {
  ApplicantApplyInput,
  ApplicantApplyPayload,
  LotteryInfo,
  PanelMemberInviteInput,
  PanelMemberInvitePayload,
  PanelQuotasSetInput,
  PanelSelectInput,
  PanelSelectPayload,
  PanelSummary,
} from "./panel.types.js";

/** Loads a panel member by global id; NOT_FOUND when missing. */
export async function loadMember(ctx: GraphQLContext, globalId: string, field = "input.member"): Promise<PanelMember> {
  const member = await ctx.loaders.one(PanelMember).load(decodeIdOf("PanelMember", globalId, field));
  if (!member) throw new GraphQLError("Not found", { extensions: { code: "NOT_FOUND", field } });
  return member;
}

@Resolver(() => Round)
export class PanelResolver {
  @Mutation(() => ApplicantApplyPayload, {
    description:
      "Apply to a round's panel (anyone; or an officer of the council entering a paper application). Consent and eligibility required.",
  })
  async applicantApply(
    @Arg("input", () => ApplicantApplyInput) input: ApplicantApplyInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ApplicantApplyPayload> {
    const round = await loadRound(ctx, input.round);
    // Residents apply anonymously; signed-in accounts only as officers of the round's council.
    if (ctx.viewer.kind === "panel_member" || ctx.viewer.kind === "analyst") throw forbidden();
    if (ctx.viewer.kind !== "anonymous") requireOfficerOf(ctx, round.councilKey);
    const result = await new PanelService(ctx).apply(round, {
      pseudonym: ctx.viewer.kind === "anonymous" ? undefined : input.pseudonym,
      contact: input.contact ?? null,
      ageBand: input.ageBand ?? null,
      sex: input.sex ?? null,
      ethnicGroup: input.ethnicGroup ?? null,
      disability: input.disability ?? null,
      consent: input.consent,
      eligible: input.eligible,
    });
    return Object.assign(new ApplicantApplyPayload(), { applicant: result.value, userErrors: result.userErrors });
  }

  @Mutation(() => RoundQuotasPayload, {
    description: "Officers: replace the panel quotas (min/max per dimension and category) and set the panel size.",
  })
  async panelQuotasSet(
    @Arg("input", () => PanelQuotasSetInput) input: PanelQuotasSetInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<RoundQuotasPayload> {
    const round = await loadRound(ctx, input.round);
    requireOfficerOf(ctx, round.councilKey);
    const result = await new PanelService(ctx).setQuotas(round, input.panelSize, input.quotas);
    return Object.assign(new RoundQuotasPayload(), { round: result.value, userErrors: result.userErrors });
  }

  @Mutation(() => PanelSelectPayload, {
    description:
      "Officers: draw the panel by stratified lottery with the round's published seed (QUOTAS_INFEASIBLE when no panel meets the quotas).",
  })
  async panelSelect(
    @Arg("input", () => PanelSelectInput) input: PanelSelectInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PanelSelectPayload> {
    const round = await loadRound(ctx, input.round);
    requireOfficerOf(ctx, round.councilKey);
    const result = await new PanelService(ctx).select(round, input.seed);
    return Object.assign(new PanelSelectPayload(), {
      round: result.value?.round ?? null,
      quotasMet: result.value?.quotasMet ?? false,
      userErrors: result.userErrors,
    });
  }

  @Mutation(() => PanelMemberInvitePayload, {
    description: "Officers: issue a single-use invitation code for a panel member (shown once).",
  })
  async panelMemberInvite(
    @Arg("input", () => PanelMemberInviteInput) input: PanelMemberInviteInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PanelMemberInvitePayload> {
    const member = await loadMember(ctx, input.member);
    const round = await loadRound(ctx, roundGlobalId(member.roundKey));
    requireOfficerOf(ctx, round.councilKey);
    const result = await new PanelService(ctx).invite(round, member);
    return Object.assign(new PanelMemberInvitePayload(), {
      member: result.value?.member ?? null,
      invitationCode: result.value?.code ?? null,
      userErrors: result.userErrors,
    });
  }

  @FieldResolver(() => PanelSummary, {
    description:
      "The panel: size, quotas (targets vs pool vs selected), representativeness vs the area's population. Small numbers suppressed publicly.",
  })
  panel(@Root() round: Round, @Ctx() ctx: GraphQLContext) {
    return panelSummary(ctx, round);
  }

  @FieldResolver(() => LotteryInfo, {
    description: "The panel lottery: seed, algorithm, probabilities (per applicant for the council's officers only).",
  })
  lottery(@Root() round: Round, @Ctx() ctx: GraphQLContext) {
    return lotteryInfo(ctx, round);
  }
}

function roundGlobalId(key: number): string {
  return Object.assign(new Round(), { key }).id;
}
