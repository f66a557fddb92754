import { Arg, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from "type-graphql";
import { GraphQLError, type GraphQLResolveInfo } from "graphql";
import type { GraphQLContext } from "../graphql/context.js";
import { decodeIdOf } from "../graphql/ids.js";
import { runMutation } from "../graphql/commands.js";
import { Round } from "../round/round.entity.js";
import { RoundQuotasPayload } from "./panel.types.js";
import { PanelMember } from "./panel-member.entity.js";
import { tooManyAttempts } from "../auth/throttle.js";
import {
  applicantApply,
  applicantReview,
  invitationsSentSet,
  panelMemberInvite,
  panelQuotasSet,
  panelSelect,
} from "./panel.commands.js";
import { applicantRecord, applicationForm, roundApplicants } from "./applicants.read.js";
import { isOfficerOf, requireOfficerOf } from "../auth/guards.js";
import { lotteryInfo, panelSummary } from "./panel.read.js";
import { applicationStatusByReference } from "./application-status.read.js";
import {
  ApplicantRecord,
  ApplicantReviewInput,
  ApplicantReviewPayload,
  ApplicationForm,
  InvitationStatus,
  InvitationsSentSetInput,
  InvitationsSentSetPayload,
  ApplicantApplyInput,
  ApplicantApplyPayload,
  ApplicationStatus,
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
    // Anonymous applications from one address are limited (every one counts, accepted or not).
    if (ctx.viewer.kind === "anonymous") {
      const gate = await ctx.throttle.enter([["applyAddress", ctx.address]]);
      if (!gate.ok)
        return Object.assign(new ApplicantApplyPayload(), {
          applicant: null,
          userErrors: [tooManyAttempts(gate, "round")],
        });
    }
    const result = await runMutation(ctx, applicantApply, {
      roundKey: decodeIdOf("Round", input.round, "input.round"),
      pseudonym: input.pseudonym,
      contact: input.contact ?? null,
      household: input.household ?? null,
      name: input.name ?? null,
      ageBand: input.ageBand ?? null,
      sex: input.sex ?? null,
      ethnicGroup: input.ethnicGroup ?? null,
      disability: input.disability ?? null,
      language: input.language ?? null,
      consent: input.consent,
      eligible: input.eligible,
    });
    return Object.assign(new ApplicantApplyPayload(), {
      applicant: result.value?.applicant ?? null,
      reference: result.value?.reference ?? null,
      userErrors: result.userErrors,
    });
  }

  @Query(() => ApplicationStatus, {
    description:
      "An applicant checks their application to a round's panel by the reference code they were given when applying: its status and, from the draw's commitment on, their chance of selection. An unknown code (or one of another round) → NOT_FOUND; unknown codes from one address are throttled (RATE_LIMITED with `retryAfterSeconds`).",
  })
  async applicationStatus(
    @Arg("round", () => ID) round: string,
    @Arg("reference") reference: string,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ApplicationStatus> {
    // One applicant's answer: never kept in the shared response cache.
    (
      info as GraphQLResolveInfo & { cacheControl?: { setCacheHint(h: { maxAge: number }): void } }
    ).cacheControl?.setCacheHint({ maxAge: 0 });
    const gate = await ctx.throttle.enterCountingFailures("applicationStatusAddress", ctx.address);
    if (!gate.ok)
      throw new GraphQLError(`Too many unknown reference codes: try again in ${gate.retryAfterSeconds} s.`, {
        extensions: { code: "RATE_LIMITED", retryAfterSeconds: gate.retryAfterSeconds },
      });
    const roundKey = decodeIdOf("Round", round, "round");
    const status = await applicationStatusByReference(ctx.dataSource, roundKey, reference);
    if (!status) {
      await gate.failed();
      throw new GraphQLError("No application with this reference code in this round.", {
        extensions: { code: "NOT_FOUND", field: "reference" },
      });
    }
    return status;
  }

  @Mutation(() => RoundQuotasPayload, {
    description: "Officers: replace the panel quotas (min/max per dimension and category) and set the panel size.",
  })
  async panelQuotasSet(
    @Arg("input", () => PanelQuotasSetInput) input: PanelQuotasSetInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<RoundQuotasPayload> {
    const result = await runMutation(ctx, panelQuotasSet, {
      roundKey: decodeIdOf("Round", input.round, "input.round"),
      panelSize: input.panelSize,
      quotas: input.quotas,
    });
    return Object.assign(new RoundQuotasPayload(), {
      round: result.value?.round ?? null,
      userErrors: result.userErrors,
    });
  }

  @Mutation(() => InvitationsSentSetPayload, {
    description:
      "Officers, while recruiting: record how many invitation letters were sent (the funnel's invited stage; only the number is known, not who).",
  })
  async invitationsSentSet(
    @Arg("input", () => InvitationsSentSetInput) input: InvitationsSentSetInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<InvitationsSentSetPayload> {
    const result = await runMutation(ctx, invitationsSentSet, {
      roundKey: decodeIdOf("Round", input.round, "input.round"),
      invitationsSent: input.invitationsSent ?? null,
    });
    return Object.assign(new InvitationsSentSetPayload(), {
      invitationsSent: result.value?.invitationsSent ?? null,
      userErrors: result.userErrors,
    });
  }

  @Mutation(() => PanelSelectPayload, {
    description:
      "Officers: draw the panel by stratified lottery from the round's published commitment (panelDrawCommit) and the seed it named. Commit, then draw: DRAW_NOT_COMMITTED without a commitment, TOO_EARLY before the committed date of the randomness.",
  })
  async panelSelect(
    @Arg("input", () => PanelSelectInput) input: PanelSelectInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PanelSelectPayload> {
    const result = await runMutation(ctx, panelSelect, {
      roundKey: decodeIdOf("Round", input.round, "input.round"),
      seed: input.seed,
    });
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
    const result = await runMutation(ctx, panelMemberInvite, {
      memberKey: decodeIdOf("PanelMember", input.member, "input.member"),
    });
    return Object.assign(new PanelMemberInvitePayload(), {
      member: result.value?.member ?? null,
      invitationCode: result.value?.code ?? null,
      userErrors: result.userErrors,
    });
  }

  @Mutation(() => ApplicantReviewPayload, {
    description:
      "Officers: review an application before the draw — keep it in the lottery pool, or reject it with a reason.",
  })
  async applicantReview(
    @Arg("input", () => ApplicantReviewInput) input: ApplicantReviewInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ApplicantReviewPayload> {
    const result = await runMutation(ctx, applicantReview, {
      applicantKey: decodeIdOf("Applicant", input.applicant, "input.applicant"),
      accept: input.accept,
      reason: input.reason ?? null,
    });
    return Object.assign(new ApplicantReviewPayload(), {
      applicant: result.value ? await applicantRecord(ctx.dataSource, result.value.applicant) : null,
      userErrors: result.userErrors,
    });
  }

  @FieldResolver(() => ApplicationForm, {
    description: "The public application form: open or not, the quota questions and the equality questions.",
  })
  applicationForm(@Root() round: Round, @Ctx() ctx: GraphQLContext) {
    return applicationForm(ctx.dataSource, round);
  }

  @FieldResolver(() => [ApplicantRecord], {
    description:
      "Officers of the council: the round's applications, newest last, with status, contact and quota answers (FORBIDDEN otherwise).",
  })
  applicants(@Root() round: Round, @Ctx() ctx: GraphQLContext) {
    requireOfficerOf(ctx, round.councilKey);
    return roundApplicants(ctx.dataSource, round);
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

@Resolver(() => PanelMember)
export class PanelMemberInvitationResolver {
  @FieldResolver(() => InvitationStatus, {
    nullable: true,
    description: "Officers of the council: whether the member has a code and has joined (null for anyone else).",
  })
  async invitation(@Root() member: PanelMember, @Ctx() ctx: GraphQLContext): Promise<InvitationStatus | null> {
    const round = await ctx.loaders.one(Round).load(member.roundKey);
    if (!round || !isOfficerOf(ctx, round.councilKey)) return null;
    return Object.assign(new InvitationStatus(), {
      state: member.invitationUsedAt !== null ? "joined" : member.invitationCodeHash !== null ? "issued" : "none",
      issuedAt: member.invitationIssuedAt,
      joinedAt: member.invitationUsedAt,
    });
  }
}
