import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { GraphQLContext } from "../graphql/context.js";
import { decodeIdOf } from "../graphql/ids.js";
import { runMutation } from "../graphql/commands.js";
import { requireOfficerOf } from "../auth/guards.js";
import { Round } from "../round/round.entity.js";
import {
  panelMemberConfirm,
  panelMemberLanguageSet,
  panelMemberReplace,
  panelMemberWithdraw,
} from "./panel-membership.commands.js";
import { panelRoster, selectionHistory, selectionReportCsv } from "./panel-membership.read.js";
import { representationFunnelOf } from "./funnel.read.js";
import { publicFunnelOf } from "./public-funnel.read.js";
import { PublicFunnelView } from "./public-funnel.types.js";
import {
  PanelMemberConfirmInput,
  PanelMemberLanguageSetInput,
  PanelMemberReplaceInput,
  PanelMemberReplacePayload,
  PanelMemberStatusPayload,
  PanelMemberWithdrawInput,
  PanelRoster,
  RepresentationFunnelView,
  SelectionRunRecord,
} from "./panel-membership.types.js";

/** After the draw: confirm, withdraw, replace; the roster, the selection history and report, the funnel. */
@Resolver(() => Round)
export class PanelMembershipResolver {
  @Mutation(() => PanelMemberStatusPayload, {
    description:
      "The signed-in panel member: the language they read (en or cy), for what the council and Coproduce send them (audited). FORBIDDEN for anyone else.",
  })
  async panelMemberLanguageSet(
    @Arg("input", () => PanelMemberLanguageSetInput) input: PanelMemberLanguageSetInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PanelMemberStatusPayload> {
    const result = await runMutation(ctx, panelMemberLanguageSet, { language: input.language });
    return Object.assign(new PanelMemberStatusPayload(), {
      member: result.value?.member ?? null,
      userErrors: result.userErrors,
    });
  }

  @Mutation(() => PanelMemberStatusPayload, {
    description: "Officers: a selected panel member accepted their seat (audited).",
  })
  async panelMemberConfirm(
    @Arg("input", () => PanelMemberConfirmInput) input: PanelMemberConfirmInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PanelMemberStatusPayload> {
    const result = await runMutation(ctx, panelMemberConfirm, {
      memberKey: decodeIdOf("PanelMember", input.member, "input.member"),
    });
    return Object.assign(new PanelMemberStatusPayload(), {
      member: result.value?.member ?? null,
      userErrors: result.userErrors,
    });
  }

  @Mutation(() => PanelMemberStatusPayload, {
    description:
      "Officers: a member leaves the panel, with the reason (audited; their device sessions end). The seat stays open until panelMemberReplace.",
  })
  async panelMemberWithdraw(
    @Arg("input", () => PanelMemberWithdrawInput) input: PanelMemberWithdrawInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PanelMemberStatusPayload> {
    const result = await runMutation(ctx, panelMemberWithdraw, {
      memberKey: decodeIdOf("PanelMember", input.member, "input.member"),
      reason: input.reason,
    });
    return Object.assign(new PanelMemberStatusPayload(), {
      member: result.value?.member ?? null,
      userErrors: result.userErrors,
    });
  }

  @Mutation(() => PanelMemberReplacePayload, {
    description:
      "Officers: fill a withdrawn member's seat with the first alternate who keeps every quota (or, if none, the least-violating one: quotasKept false, said in explanation). Stored in the selection history with the quotas it used.",
  })
  async panelMemberReplace(
    @Arg("input", () => PanelMemberReplaceInput) input: PanelMemberReplaceInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PanelMemberReplacePayload> {
    const result = await runMutation(ctx, panelMemberReplace, {
      memberKey: decodeIdOf("PanelMember", input.member, "input.member"),
    });
    const v = result.value;
    return Object.assign(new PanelMemberReplacePayload(), {
      withdrawn: v?.withdrawn ?? null,
      member: v?.member ?? null,
      applicantPseudonym: v?.applicant.pseudonym ?? null,
      alternatePosition: v?.alternatePosition ?? null,
      quotasKept: v?.quotasKept ?? false,
      violation: v?.violation ?? null,
      explanation: v?.explanation ?? null,
      userErrors: result.userErrors,
    });
  }

  @FieldResolver(() => PanelRoster, {
    description:
      "Officers of the council: the panel's seats (selected, confirmed, withdrawn, replaced) and the draw's alternates in order (FORBIDDEN otherwise).",
  })
  panelRoster(@Root() round: Round, @Ctx() ctx: GraphQLContext): Promise<PanelRoster> {
    requireOfficerOf(ctx, round.councilKey);
    return panelRoster(ctx.dataSource, round);
  }

  @FieldResolver(() => [SelectionRunRecord], {
    description:
      "Officers of the council: every run of the panel selection — the draw and each replacement — with its inputs, who and when (FORBIDDEN otherwise).",
  })
  selectionHistory(@Root() round: Round, @Ctx() ctx: GraphQLContext): Promise<SelectionRunRecord[]> {
    requireOfficerOf(ctx, round.councilKey);
    return selectionHistory(ctx.dataSource, round);
  }

  @FieldResolver(() => String, {
    description:
      "Officers of the council: the selection report as CSV — per quota category the target group's %, the pool's % and the panel's % (FORBIDDEN otherwise).",
  })
  selectionReportCsv(@Root() round: Round, @Ctx() ctx: GraphQLContext): Promise<string> {
    requireOfficerOf(ctx, round.councilKey);
    return selectionReportCsv(ctx.dataSource, round);
  }

  @FieldResolver(() => RepresentationFunnelView, {
    description:
      "Officers of the council: who was reached — applied → selected → confirmed → attended → spoke → scored, per category against the round's target group in the census (exact counts; FORBIDDEN otherwise).",
  })
  representationFunnel(@Root() round: Round, @Ctx() ctx: GraphQLContext): Promise<RepresentationFunnelView> {
    requireOfficerOf(ctx, round.councilKey);
    return representationFunnelOf(ctx.dataSource, round);
  }

  @FieldResolver(() => PublicFunnelView, {
    nullable: true,
    description:
      "Everyone: who was reached — invited → applied → on the panel → confirmed → attended → spoke → scored (and, in PB rounds, voted), per census category against the round's target group; a dimension's categories are published through the deepest stage at which no group of 1–4 people can be worked out from any public figures (docs/adr/0005-suppression-method.md, decision 6). Null for a round without a panel or ballots.",
  })
  publicFunnel(@Root() round: Round, @Ctx() ctx: GraphQLContext): Promise<PublicFunnelView | null> {
    return publicFunnelOf(ctx.dataSource, round);
  }
}
