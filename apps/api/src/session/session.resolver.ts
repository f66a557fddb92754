import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { GraphQLContext } from "../graphql/context.js";
import { decodeIdOf } from "../graphql/ids.js";
import { runMutation } from "../graphql/commands.js";
import { Round } from "../round/round.entity.js";
import { PanelSession } from "./session.entity.js";
import { Attendance } from "./attendance.entity.js";
import { attendanceRecord, contributionRecord, sessionCreate, trustResponseRecord } from "./session.commands.js";
import type { SuppressedCount as DomainSuppressedCount, VoiceEquity } from "@coproduce/domain";
import { isOfficerOf } from "../auth/guards.js";
import { PanelMember } from "../panel/panel-member.entity.js";
import type { SuppressedCount } from "../analytics/analytics.types.js";
import { roundAttendance, roundTrust, roundVoice, type RoundVoiceFigures } from "./session.read.js";
import {
  AttendanceRecordInput,
  AttendanceRecordPayload,
  ContributionKind,
  ContributionRecordInput,
  ParticipationMeasure,
  RoundVoiceEquityMeasure,
  SessionCreateInput,
  SessionParticipationRow,
  SessionVoiceEquity,
  SessionAttendance,
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
      startTime: input.startTime ?? null,
      place: input.place ?? null,
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

  @FieldResolver(() => [SessionAttendance], {
    nullable: true,
    description:
      "Who was recorded present or absent at this session, by member (officers of the round's council only; null otherwise).",
  })
  async attendance(@Root() session: PanelSession, @Ctx() ctx: GraphQLContext): Promise<SessionAttendance[] | null> {
    const round = await ctx.loaders.one(Round).load(session.roundKey);
    if (!round || !isOfficerOf(ctx, round.councilKey)) return null;
    const rows = await ctx.loaders.many(Attendance, "sessionKey", { key: "ASC" }).load(session.key);
    const members = await ctx.loaders.one(PanelMember).loadMany(rows.map((r) => r.memberKey));
    return rows.flatMap((r, i) => {
      const member = members[i];
      return member instanceof PanelMember
        ? [Object.assign(new SessionAttendance(), { member, present: r.present })]
        : [];
    });
  }

  @FieldResolver(() => VoiceEquityMeasure, {
    nullable: true,
    description:
      "Voice equity in this session (Gini, top-20 % share, dominance), members present with nothing logged counting as 0. Null in public views when the session's count present is suppressed (it would show it).",
  })
  async voiceEquity(
    @Root() session: PanelSession,
    @Arg("kind", () => ContributionKind, { defaultValue: ContributionKind.SPEAKING_TURNS }) kind: ContributionKind,
    @Ctx() ctx: GraphQLContext,
  ): Promise<VoiceEquityMeasure | null> {
    const figures = await voiceOf(ctx, session.roundKey);
    const measure = figures.forKind(kind).sessions.find((s) => s.sessionId === String(session.key));
    return measure ? toMeasure(ctx, measure) : null;
  }
}

@Resolver(() => Round)
export class RoundSessionMeasuresResolver {
  @FieldResolver(() => RoundVoiceEquityMeasure, {
    description:
      "Voice equity over the round's sessions: pooled, per session (public views leave out sessions whose count present is suppressed), mean session Gini.",
  })
  async voiceEquity(
    @Root() round: Round,
    @Arg("kind", () => ContributionKind, { defaultValue: ContributionKind.SPEAKING_TURNS }) kind: ContributionKind,
    @Ctx() ctx: GraphQLContext,
  ): Promise<RoundVoiceEquityMeasure> {
    const figures = await voiceOf(ctx, round.key);
    const result = figures.forKind(kind);
    const sessions = await ctx.loaders.one(PanelSession).loadMany(result.sessions.map((s) => Number(s.sessionId)));
    return Object.assign(new RoundVoiceEquityMeasure(), {
      pooled: await toMeasure(ctx, result.round),
      sessions: await Promise.all(
        result.sessions.map(async (s, i) =>
          Object.assign(new SessionVoiceEquity(), { session: sessions[i], measure: await toMeasure(ctx, s) }),
        ),
      ),
      meanSessionGini: result.meanSessionGini,
      sessionsWithDominance: result.sessionsWithDominance,
    });
  }

  @FieldResolver(() => ParticipationMeasure, {
    description:
      "Attendance per session and retention of the first session's attendees (the same figures as `participation`: counts of 1–4 present suppressed publicly).",
  })
  async participation(@Root() round: Round, @Ctx() ctx: GraphQLContext): Promise<ParticipationMeasure> {
    const figures = await ctx.loaders
      .batch("round.attendance", async (keys: readonly number[]) =>
        roundAttendance(ctx.dataSource, keys, await privilegedRounds(ctx, keys)),
      )
      .load(round.key);
    const sessions = await ctx.loaders.one(PanelSession).loadMany(figures.sessions.map((s) => s.session.sessionKey));
    return Object.assign(new ParticipationMeasure(), {
      panelSize: figures.panelSize,
      attendanceRate: figures.attendanceRate,
      retentionAtLast: figures.retentionAtLast,
      sessions: figures.sessions.map((r, i) =>
        Object.assign(new SessionParticipationRow(), {
          session: sessions[i],
          present: r.present.value,
          presentCount: toSuppressedCount(r.present),
          attendanceRate: r.attendanceRate,
          retention: r.retention,
        }),
      ),
    });
  }

  @FieldResolver(() => TrustChangeMeasure, {
    description:
      "Change in the panel's trust (1–5) from the first to the last session that asked; withheld publicly over fewer than 5 respondents.",
  })
  async trustChange(@Root() round: Round, @Ctx() ctx: GraphQLContext): Promise<TrustChangeMeasure> {
    const result = await ctx.loaders
      .batch("round.trust", async (keys: readonly number[]) =>
        roundTrust(ctx.dataSource, keys, await privilegedRounds(ctx, keys)),
      )
      .load(round.key);
    const session = (key: string | null) =>
      key === null ? Promise.resolve(null) : ctx.loaders.one(PanelSession).load(Number(key));
    return Object.assign(new TrustChangeMeasure(), {
      firstSession: await session(result.firstSessionId),
      lastSession: await session(result.lastSessionId),
      pairedRespondents: result.respondents.value,
      respondents: toSuppressedCount(result.respondents),
      meanFirst: result.meanFirst,
      meanLast: result.meanLast,
      change: result.change,
    });
  }
}

function voiceOf(ctx: GraphQLContext, roundKey: number): Promise<RoundVoiceFigures> {
  return ctx.loaders
    .batch("round.voice", async (keys: readonly number[]) =>
      roundVoice(ctx.dataSource, keys, await privilegedRounds(ctx, keys)),
    )
    .load(roundKey);
}

/** Which of these rounds the viewer may see exact figures of (officers of the round's council). */
export async function privilegedRounds(
  ctx: GraphQLContext,
  keys: readonly number[],
): Promise<(roundKey: number) => boolean> {
  const rounds = await ctx.loaders.one(Round).loadMany([...keys]);
  const councilOf = new Map(
    rounds.filter((r): r is Round => r instanceof Round).map((r) => [r.key, r.councilKey] as const),
  );
  return (roundKey) => {
    const council = councilOf.get(roundKey);
    return council !== undefined && isOfficerOf(ctx, council);
  };
}

function toSuppressedCount(c: DomainSuppressedCount): SuppressedCount {
  return { value: c.value, display: c.display, suppressed: c.suppressed };
}

async function toMeasure(ctx: GraphQLContext, v: VoiceEquity): Promise<VoiceEquityMeasure> {
  const members = await Promise.all(v.dominantParticipants.map((k) => ctx.loaders.one(PanelMember).load(Number(k))));
  return Object.assign(new VoiceEquityMeasure(), {
    participants: v.participants,
    totalWeight: v.totalWeight,
    gini: v.gini,
    topCount: v.topCount,
    topShare: v.topShare,
    dominant: v.dominant,
    dominantParticipants: members.filter((m): m is PanelMember => m !== null),
    silentParticipants: v.silentParticipants,
  });
}
