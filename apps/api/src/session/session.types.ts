import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { IsBoolean, IsInt, IsOptional, Length, Matches, Max, Min } from "class-validator";
import { UserError } from "../command/user-error.js";
import { LocalDateScalar } from "../graphql/scalars.js";
import { SuppressedCount } from "../analytics/analytics.types.js";
import { PanelMember } from "../panel/panel-member.entity.js";
import { PanelSession } from "./session.entity.js";

export enum ContributionKind {
  SPEAKING_TURNS = "speaking_turns",
  MINUTES_SPOKEN = "minutes_spoken",
  WRITTEN_INPUTS = "written_inputs",
}
registerEnumType(ContributionKind, {
  name: "ContributionKind",
  description: "What a contribution counts: speaking turns, minutes spoken or written inputs.",
});

@InputType({ description: "A new panel session." })
export class SessionCreateInput {
  @Field(() => ID) round: string;
  @Field(() => LocalDateScalar, { description: "The day (no time zone)." }) date: string;
  @Field({ description: "e.g. induction, outcomes_workshop, tender_drafting, interviews, deliberation, vote, review." })
  @Length(1, 40)
  kind: string;
  @Field() @Length(1, 200) title: string;
  @Field(() => Int, { description: "Length in minutes." }) @IsInt() @Min(1) @Max(24 * 60) durationMinutes: number;
  @Field(() => String, { nullable: true, description: "Local start time, `HH:MM` (24-hour)." })
  @IsOptional()
  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: "Give the start time as HH:MM, e.g. 18:00." })
  startTime?: string | null;
  @Field(() => String, { nullable: true, description: "Where the session meets (shown to the panel's members)." })
  @IsOptional()
  @Length(1, 200)
  place?: string | null;
}

@ObjectType({ description: "The new session, or userErrors." })
export class SessionPayload {
  @Field(() => PanelSession, { nullable: true }) session: PanelSession | null;
  @Field(() => [UserError]) userErrors: UserError[];
}

@InputType({ description: "Whether a panel member attended a session (recording again replaces it)." })
export class AttendanceRecordInput {
  @Field(() => ID) session: string;
  @Field(() => ID) member: string;
  @Field() @IsBoolean() present: boolean;
}

@InputType({ description: "A logged contribution of a panel member in a session." })
export class ContributionRecordInput {
  @Field(() => ID) session: string;
  @Field(() => ID) member: string;
  @Field(() => ContributionKind) kind: ContributionKind;
  @Field(() => Int, { description: "Turns, minutes or written inputs." }) @IsInt() @Min(0) @Max(10_000) amount: number;
}

@InputType({
  description:
    "A trust answer (1 = no trust … 5 = full trust), usually at the first and last sessions. Panel members answer for themselves; officers may enter a paper answer.",
})
export class TrustResponseRecordInput {
  @Field(() => ID) session: string;
  @Field(() => ID, { nullable: true, description: "Officers: the member answering (panel members: omit)." })
  member?: string;
  @Field(() => Int) @IsInt() @Min(1) @Max(5) score: number;
}

@ObjectType({
  description: "Voice equity: how evenly the panel's contributions were spread (domain voice-equity rules).",
})
export class VoiceEquityMeasure {
  @Field(() => Int, { description: "Participants (present, or who contributed)." }) participants: number;
  @Field(() => Float, { description: "Total contributions counted." }) totalWeight: number;
  @Field(() => Float, {
    nullable: true,
    description: "Gini coefficient: 0 = equal, (n−1)/n = one person did everything. Null when nothing was logged.",
  })
  gini: number | null;
  @Field(() => Int, { description: "How many participants form the top 20 % (⌈n/5⌉)." }) topCount: number;
  @Field(() => Float, { nullable: true, description: "Share of contributions by the top 20 %." }) topShare:
    number | null;
  @Field({ description: "Someone held more than twice their equal share." }) dominant: boolean;
  @Field(() => [PanelMember], { description: "Who dominated, by pseudonym." }) dominantParticipants: PanelMember[];
  @Field(() => Int, { description: "Participants present who contributed nothing." }) silentParticipants: number;
}

@ObjectType({ description: "Voice equity of one session within the round." })
export class SessionVoiceEquity {
  @Field(() => PanelSession) session: PanelSession;
  @Field(() => VoiceEquityMeasure) measure: VoiceEquityMeasure;
}

@ObjectType({ description: "Voice equity over a round: pooled, per session, mean of session Ginis." })
export class RoundVoiceEquityMeasure {
  @Field(() => VoiceEquityMeasure, { description: "Pooled over all sessions." }) pooled: VoiceEquityMeasure;
  @Field(() => [SessionVoiceEquity]) sessions: SessionVoiceEquity[];
  @Field(() => Float, { nullable: true }) meanSessionGini: number | null;
  @Field(() => Int) sessionsWithDominance: number;
}

@ObjectType({ description: "Attendance at one session and retention of the first session's attendees." })
export class SessionParticipationRow {
  @Field(() => PanelSession) session: PanelSession;
  @Field(() => Int, {
    nullable: true,
    deprecationReason:
      "Use presentCount. Breaking for privacy (was Int!): null when the count is suppressed (1–4 present) for the public. Removal after 2027-06-30.",
  })
  present: number | null;
  @Field(() => SuppressedCount, {
    description: 'Members present: "<5" for 1–4 in public views (exact for the council\'s officers).',
  })
  presentCount: SuppressedCount;
  @Field(() => Float, { nullable: true, description: "present ÷ panel size; null when present is suppressed." })
  attendanceRate: number | null;
  @Field(() => Float, { nullable: true, description: "Share of the first session's attendees present." }) retention:
    number | null;
}

@ObjectType({ description: "Attendance and retention across the round's sessions (domain participation rules)." })
export class ParticipationMeasure {
  @Field(() => Int) panelSize: number;
  @Field(() => Float, {
    nullable: true,
    description: "All attendances ÷ (panel size × sessions); null publicly when a session's count is suppressed.",
  })
  attendanceRate: number | null;
  @Field(() => Float, { nullable: true }) retentionAtLast: number | null;
  @Field(() => [SessionParticipationRow]) sessions: SessionParticipationRow[];
}

@ObjectType({
  description: "Change in trust (1–5) between the first and last sessions that asked, over members who answered both.",
})
export class TrustChangeMeasure {
  @Field(() => PanelSession, { nullable: true }) firstSession: PanelSession | null;
  @Field(() => PanelSession, { nullable: true }) lastSession: PanelSession | null;
  @Field(() => Int, {
    nullable: true,
    deprecationReason:
      "Use respondents. Breaking for privacy (was Int!): null for the public when 1–4 members answered both sessions. Removal after 2027-06-30.",
  })
  pairedRespondents: number | null;
  @Field(() => SuppressedCount, {
    description: 'Members who answered at both sessions: "<5" for 1–4 in public views, and then no means are shown.',
  })
  respondents: SuppressedCount;
  @Field(() => Float, { nullable: true }) meanFirst: number | null;
  @Field(() => Float, { nullable: true }) meanLast: number | null;
  @Field(() => Float, { nullable: true, description: "meanLast − meanFirst." }) change: number | null;
}

@ObjectType({ description: "The session the record belongs to, or userErrors." })
export class AttendanceRecordPayload {
  @Field(() => PanelSession, { nullable: true }) session: PanelSession | null;
  @Field(() => [UserError]) userErrors: UserError[];
}

@ObjectType({ description: "Whether one panel member attended a session (officers of the council only)." })
export class SessionAttendance {
  @Field(() => PanelMember) member: PanelMember;
  @Field() present: boolean;
}
