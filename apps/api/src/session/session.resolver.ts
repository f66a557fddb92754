import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { GraphQLContext } from "../graphql/context.js";
import { decodeIdOf } from "../graphql/ids.js";
import { runMutation } from "../graphql/commands.js";
import { Round } from "../round/round.entity.js";
import { PanelSession } from "./session.entity.js";
import { attendanceRecord, contributionRecord, sessionCreate, trustResponseRecord } from "./session.commands.js";
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

const payload = (session: PanelSession | null, userErrors: AttendanceRecordPayload["userErrors"]) =>
  Object.assign(new AttendanceRecordPayload(), { session, userErrors });

@Resolver(() => PanelSession)
export class SessionResolver {
  @Mutation(() => SessionPayload, { description: "Officers: schedule or log a panel session." })
  async sessionCreate(
    @Arg("input", () => SessionCreateInput) input: SessionCreateInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SessionPayload> {
    const result = await runMutation(ctx, sessionCreate, {
      roundKey: decodeIdOf("Round", input.round, "input.round"),
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
    const result = await runMutation(ctx, attendanceRecord, {
      sessionKey: decodeIdOf("PanelSession", input.session, "input.session"),
      memberKey: decodeIdOf("PanelMember", input.member, "input.member"),
      present: input.present,
    });
    return payload(result.value?.session ?? null, result.userErrors);
  }

  @Mutation(() => AttendanceRecordPayload, {
    description:
      "Officers (or a facilitator's log): record speaking turns, minutes spoken or written inputs of a member in a session.",
  })
  async contributionRecord(
    @Arg("input", () => ContributionRecordInput) input: ContributionRecordInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AttendanceRecordPayload> {
    const result = await runMutation(ctx, contributionRecord, {
      sessionKey: decodeIdOf("PanelSession", input.session, "input.session"),
      memberKey: decodeIdOf("PanelMember", input.member, "input.member"),
      kind: input.kind,
      amount: input.amount,
    });
    return payload(result.value?.session ?? null, result.userErrors);
  }

  @Mutation(() => AttendanceRecordPayload, {
    description: "A panel member's trust answer (1–5) at a session; officers may enter a paper answer for a member.",
  })
  async trustResponseRecord(
    @Arg("input", () => TrustResponseRecordInput) input: TrustResponseRecordInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AttendanceRecordPayload> {
    const result = await runMutation(ctx, trustResponseRecord, {
      sessionKey: decodeIdOf("PanelSession", input.session, "input.session"),
      memberKey: input.member === undefined ? null : decodeIdOf("PanelMember", input.member, "input.member"),
      score: input.score,
    });
    return payload(result.value?.session ?? null, result.userErrors);
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
