import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { GraphQLError } from "graphql";
import type { GraphQLContext } from "../graphql/context.js";
import { decodeIdOf } from "../graphql/ids.js";
import { toGlobalId } from "../graphql/node-id.js";
import { forbidden, requireOfficerOf, requireSignedIn } from "../common/authorize.js";
import { Round } from "../round/round.entity.js";
import { loadRound } from "../round/round-lifecycle.js";
import { loadMember } from "../panel/panel.resolver.js";
import { PanelSession } from "./session.entity.js";
import { SessionService } from "./session.service.js";
import { participation, roundTrustChange, roundVoiceEquityMeasure, sessionVoiceEquity } from "./session.read.js";
import {
  AttendanceRecordInput,
  AttendanceRecordPayload,
  ContributionKind,
  ContributionRecordInput,
  ParticipationMeasure,
  RoundVoiceEquityMeasure,
  SessionCreateInput,
  SessionPayload,
  TrustChangeMeasure,
  TrustResponseRecordInput,
  VoiceEquityMeasure,
} from "./session.types.js";

export async function loadSession(
  ctx: GraphQLContext,
  globalId: string,
  field = "input.session",
): Promise<{ session: PanelSession; round: Round }> {
  const session = await ctx.loaders.one(PanelSession).load(decodeIdOf("PanelSession", globalId, field));
  if (!session) throw new GraphQLError("Not found", { extensions: { code: "NOT_FOUND", field } });
  return { session, round: await loadRound(ctx, toGlobalId("Round", session.roundKey)) };
}

const payload = (session: PanelSession | null, userErrors: AttendanceRecordPayload["userErrors"]) =>
  Object.assign(new AttendanceRecordPayload(), { session, userErrors });

@Resolver(() => PanelSession)
export class SessionResolver {
  @Mutation(() => SessionPayload, { description: "Officers: schedule or log a panel session." })
  async sessionCreate(
    @Arg("input", () => SessionCreateInput) input: SessionCreateInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SessionPayload> {
    const round = await loadRound(ctx, input.round);
    requireOfficerOf(ctx, round.councilKey);
    const result = await new SessionService(ctx).create(round, {
      date: input.date,
      kind: input.kind,
      title: input.title,
      durationMinutes: input.durationMinutes,
    });
    return Object.assign(new SessionPayload(), { session: result.value, userErrors: result.userErrors });
  }

  @Mutation(() => AttendanceRecordPayload, {
    description: "Officers: record whether a panel member attended a session.",
  })
  async attendanceRecord(
    @Arg("input", () => AttendanceRecordInput) input: AttendanceRecordInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AttendanceRecordPayload> {
    const { session, round } = await loadSession(ctx, input.session);
    requireOfficerOf(ctx, round.councilKey);
    const member = await loadMember(ctx, input.member);
    const result = await new SessionService(ctx).recordAttendance(round, session, member, input.present);
    return payload(result.value, result.userErrors);
  }

  @Mutation(() => AttendanceRecordPayload, {
    description:
      "Officers (or a facilitator's log): record speaking turns, minutes spoken or written inputs of a member in a session.",
  })
  async contributionRecord(
    @Arg("input", () => ContributionRecordInput) input: ContributionRecordInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AttendanceRecordPayload> {
    const { session, round } = await loadSession(ctx, input.session);
    requireOfficerOf(ctx, round.councilKey);
    const member = await loadMember(ctx, input.member);
    const result = await new SessionService(ctx).recordContribution(round, session, member, input.kind, input.amount);
    return payload(result.value, result.userErrors);
  }

  @Mutation(() => AttendanceRecordPayload, {
    description: "A panel member's trust answer (1–5) at a session; officers may enter a paper answer for a member.",
  })
  async trustResponseRecord(
    @Arg("input", () => TrustResponseRecordInput) input: TrustResponseRecordInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AttendanceRecordPayload> {
    requireSignedIn(ctx.viewer);
    const { session, round } = await loadSession(ctx, input.session);
    let memberId: string;
    if (ctx.viewer.kind === "panel_member") {
      if (ctx.viewer.roundKey !== round.key || ctx.viewer.memberKey === undefined) throw forbidden();
      if (input.member !== undefined && input.member !== toGlobalId("PanelMember", ctx.viewer.memberKey))
        throw forbidden();
      memberId = toGlobalId("PanelMember", ctx.viewer.memberKey);
    } else {
      requireOfficerOf(ctx, round.councilKey);
      if (input.member === undefined)
        throw new GraphQLError("`member` is required for officers", {
          extensions: { code: "BAD_USER_INPUT", field: "input.member" },
        });
      memberId = input.member;
    }
    const member = await loadMember(ctx, memberId);
    const result = await new SessionService(ctx).recordTrust(round, session, member, input.score);
    return payload(result.value, result.userErrors);
  }

  @FieldResolver(() => VoiceEquityMeasure, {
    description:
      "Voice equity in this session (Gini, top-20 % share, dominance), members present with nothing logged counting as 0.",
  })
  voiceEquity(
    @Root() session: PanelSession,
    @Arg("kind", () => ContributionKind, { defaultValue: ContributionKind.SPEAKING_TURNS }) kind: ContributionKind,
    @Ctx() ctx: GraphQLContext,
  ) {
    return sessionVoiceEquity(ctx, session, kind);
  }
}

@Resolver(() => Round)
export class RoundSessionMeasuresResolver {
  @FieldResolver(() => RoundVoiceEquityMeasure, {
    description: "Voice equity over the round's sessions: pooled, per session, mean session Gini.",
  })
  voiceEquity(
    @Root() round: Round,
    @Arg("kind", () => ContributionKind, { defaultValue: ContributionKind.SPEAKING_TURNS }) kind: ContributionKind,
    @Ctx() ctx: GraphQLContext,
  ) {
    return roundVoiceEquityMeasure(ctx, round, kind);
  }

  @FieldResolver(() => ParticipationMeasure, {
    description: "Attendance per session and retention of the first session's attendees.",
  })
  participation(@Root() round: Round, @Ctx() ctx: GraphQLContext) {
    return participation(ctx, round);
  }

  @FieldResolver(() => TrustChangeMeasure, {
    description: "Change in the panel's trust (1–5) from the first to the last session that asked.",
  })
  trustChange(@Root() round: Round, @Ctx() ctx: GraphQLContext) {
    return roundTrustChange(ctx, round);
  }
}
