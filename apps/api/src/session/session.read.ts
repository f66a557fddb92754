import { participationSummary, roundVoiceEquity, trustChange, voiceEquity, type VoiceEquity } from "@coproduce/domain";
import type { GraphQLContext } from "../graphql/context.js";
import type { Round } from "../round/round.entity.js";
import { PanelMember } from "../panel/panel-member.entity.js";
import { PanelSession } from "./session.entity.js";
import { Attendance } from "./attendance.entity.js";
import { Contribution } from "./contribution.entity.js";
import { TrustResponse } from "./trust-response.entity.js";
import {
  ParticipationMeasure,
  RoundVoiceEquityMeasure,
  SessionParticipationRow,
  SessionVoiceEquity,
  TrustChangeMeasure,
  VoiceEquityMeasure,
} from "./session.types.js";

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

async function sessionInputs(ctx: GraphQLContext, session: PanelSession, kind: string) {
  const [attendance, contributions] = await Promise.all([
    ctx.loaders.many(Attendance, "sessionKey").load(session.key),
    ctx.loaders.many(Contribution, "sessionKey").load(session.key),
  ]);
  return {
    sessionId: String(session.key),
    participantKeys: attendance.filter((a) => a.present).map((a) => String(a.memberKey)),
    contributions: contributions
      .filter((c) => c.kind === kind)
      .map((c) => ({ participantKey: String(c.memberKey), weight: c.amount })),
  };
}

export async function sessionVoiceEquity(
  ctx: GraphQLContext,
  session: PanelSession,
  kind: string,
): Promise<VoiceEquityMeasure> {
  const input = await sessionInputs(ctx, session, kind);
  return toMeasure(ctx, voiceEquity(input.participantKeys, input.contributions));
}

export async function roundVoiceEquityMeasure(
  ctx: GraphQLContext,
  round: Round,
  kind: string,
): Promise<RoundVoiceEquityMeasure> {
  const sessions = await ctx.loaders.many(PanelSession, "roundKey", { date: "ASC" }).load(round.key);
  const inputs = await Promise.all(sessions.map((s) => sessionInputs(ctx, s, kind)));
  const result = roundVoiceEquity(inputs);
  const byKey = new Map(sessions.map((s) => [String(s.key), s]));
  return Object.assign(new RoundVoiceEquityMeasure(), {
    pooled: await toMeasure(ctx, result.round),
    sessions: await Promise.all(
      result.sessions.map(async (s) =>
        Object.assign(new SessionVoiceEquity(), { session: byKey.get(s.sessionId)!, measure: await toMeasure(ctx, s) }),
      ),
    ),
    meanSessionGini: result.meanSessionGini,
    sessionsWithDominance: result.sessionsWithDominance,
  });
}

export async function participation(ctx: GraphQLContext, round: Round): Promise<ParticipationMeasure> {
  const [sessions, members] = await Promise.all([
    ctx.loaders.many(PanelSession, "roundKey", { date: "ASC" }).load(round.key),
    ctx.loaders.many(PanelMember, "roundKey").load(round.key),
  ]);
  const attendance = await Promise.all(sessions.map((s) => ctx.loaders.many(Attendance, "sessionKey").load(s.key)));
  const summary = participationSummary(
    members.filter((m) => m.active).map((m) => String(m.key)),
    sessions.map((s, i) => ({
      sessionId: String(s.key),
      date: s.date,
      attendees: attendance[i]!.filter((a) => a.present).map((a) => String(a.memberKey)),
    })),
  );
  const byKey = new Map(sessions.map((s) => [String(s.key), s]));
  return Object.assign(new ParticipationMeasure(), {
    panelSize: summary.panelSize,
    attendanceRate: summary.attendanceRate,
    retentionAtLast: summary.retentionAtLast,
    sessions: summary.sessions.map((r) =>
      Object.assign(new SessionParticipationRow(), {
        session: byKey.get(r.sessionId)!,
        present: r.present,
        attendanceRate: r.attendanceRate,
        retention: r.retention,
      }),
    ),
  });
}

export async function roundTrustChange(ctx: GraphQLContext, round: Round): Promise<TrustChangeMeasure> {
  const sessions = await ctx.loaders.many(PanelSession, "roundKey", { date: "ASC" }).load(round.key);
  const responses = await Promise.all(sessions.map((s) => ctx.loaders.many(TrustResponse, "sessionKey").load(s.key)));
  const result = trustChange(
    sessions.map((s) => ({ sessionId: String(s.key), date: s.date })),
    responses
      .flat()
      .map((r) => ({ participantKey: String(r.memberKey), sessionId: String(r.sessionKey), score: r.score })),
  );
  const byKey = new Map(sessions.map((s) => [String(s.key), s]));
  return Object.assign(new TrustChangeMeasure(), {
    firstSession: result.firstSessionId ? (byKey.get(result.firstSessionId) ?? null) : null,
    lastSession: result.lastSessionId ? (byKey.get(result.lastSessionId) ?? null) : null,
    pairedRespondents: result.pairedRespondents,
    meanFirst: result.meanFirst,
    meanLast: result.meanLast,
    change: result.change,
  });
}
