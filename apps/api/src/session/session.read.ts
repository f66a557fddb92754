import {
  participationSummary,
  publishCount,
  roundVoiceEquity,
  trustChange,
  type RoundVoiceEquity,
  type SuppressedCount,
  type TrustChange,
} from "@coproduce/domain";
import { int, nonEmpty, run, sqlFor, TRUE, type Db } from "../db/sql.js";

/**
 * The one read path of a round's deliberation measures — attendance and retention, voice equity,
 * trust change — for the round's own fields (`round.participation`, `round.voiceEquity`,
 * `round.trustChange`) and for the aggregates (`participation`, `fairness`): both call these
 * functions, so both show the same numbers (tested). A constant number of statements for any
 * number of rounds. The panel is the round's active members (facilitators are not counted).
 *
 * Publishing (docs/adr/0005-suppression-method.md): `publicView` applies the rule for residents —
 * a session's count of members present from 1 to 4 is "<5", with every figure that would reveal it
 * (its attendance rate, the round's rate over all sessions, retention, voice equity of that session);
 * trust means over fewer than 5 paired respondents are withheld. Officers of the council see the
 * exact figures (`exactView`).
 */

export interface SessionRef {
  sessionKey: number;
  date: string;
  kind: string;
}

interface Inputs {
  members: Map<number, number[]>;
  sessions: Map<number, SessionRef[]>;
  present: Map<number, number[]>;
  contributions: { roundKey: number; sessionKey: number; memberKey: number; kind: string; amount: number }[];
  trust: { roundKey: number; sessionKey: number; memberKey: number; score: number }[];
}

async function loadInputs(
  db: Db,
  keys: readonly number[],
  what: { trust?: boolean; voice?: boolean },
): Promise<Inputs> {
  const k = sqlFor(db);
  const list = nonEmpty(keys);
  const [members, sessions, present, contributions, trust] = await Promise.all([
    run(
      db,
      k
        .selectFrom("panel_member as m")
        .select(["m.key", "m.roundKey"])
        .where("m.roundKey", "in", list)
        .where("m.role", "=", "member")
        .where("m.active", "=", TRUE)
        .orderBy("m.key"),
    ),
    run(
      db,
      k
        .selectFrom("session as s")
        .select(["s.key", "s.roundKey", "s.date", "s.kind"])
        .where("s.roundKey", "in", list)
        .orderBy("s.date")
        .orderBy("s.key"),
    ),
    run(
      db,
      k
        .selectFrom("attendance as a")
        .innerJoin("session as s", "s.key", "a.sessionKey")
        .select(["a.sessionKey", "a.memberKey"])
        .where("s.roundKey", "in", list)
        .where("a.present", "=", TRUE),
    ),
    what.voice
      ? run(
          db,
          k
            .selectFrom("contribution as c")
            .innerJoin("session as s", "s.key", "c.sessionKey")
            .select((eb) => ["s.roundKey", "c.sessionKey", "c.memberKey", "c.kind", eb.fn.sum("c.amount").as("amount")])
            .where("s.roundKey", "in", list)
            .groupBy(["s.roundKey", "c.sessionKey", "c.memberKey", "c.kind"]),
        )
      : Promise.resolve([]),
    what.trust
      ? run(
          db,
          k
            .selectFrom("trust_response as t")
            .innerJoin("session as s", "s.key", "t.sessionKey")
            .select(["s.roundKey", "t.sessionKey", "t.memberKey", "t.score"])
            .where("s.roundKey", "in", list),
        )
      : Promise.resolve([]),
  ]);
  const group = <T>(rows: T[], key: (r: T) => number) => {
    const m = new Map<number, T[]>();
    for (const r of rows) m.set(key(r), [...(m.get(key(r)) ?? []), r]);
    return m;
  };
  const membersBy = new Map<number, number[]>();
  for (const m of members) membersBy.set(int(m.roundKey), [...(membersBy.get(int(m.roundKey)) ?? []), int(m.key)]);
  const sessionsBy = new Map<number, SessionRef[]>();
  for (const s of sessions)
    sessionsBy.set(int(s.roundKey), [
      ...(sessionsBy.get(int(s.roundKey)) ?? []),
      { sessionKey: int(s.key), date: s.date, kind: s.kind },
    ]);
  const presentBy = group(present, (a) => int(a.sessionKey));
  return {
    members: membersBy,
    sessions: sessionsBy,
    present: new Map([...presentBy].map(([s, rows]) => [s, rows.map((r) => int(r.memberKey))])),
    contributions: contributions.map((c) => ({
      roundKey: int(c.roundKey),
      sessionKey: int(c.sessionKey),
      memberKey: int(c.memberKey),
      kind: c.kind,
      amount: int(c.amount),
    })),
    trust: trust.map((t) => ({
      roundKey: int(t.roundKey),
      sessionKey: int(t.sessionKey),
      memberKey: int(t.memberKey),
      score: int(t.score),
    })),
  };
}

// --- Attendance -------------------------------------------------------------------------------

export interface SessionAttendanceFigures {
  session: SessionRef;
  present: SuppressedCount;
  attendanceRate: number | null;
  retention: number | null;
}

export interface RoundAttendanceFigures {
  roundKey: number;
  panelSize: number;
  attendanceRate: number | null;
  retentionAtLast: number | null;
  sessions: SessionAttendanceFigures[];
  /** Sessions whose count present is withheld (their voice equity is withheld with it). */
  hiddenSessionKeys: Set<number>;
}

const exactCount = (n: number): SuppressedCount => ({
  value: n,
  suppressed: false,
  display: String(n),
  reason: "shown",
});

export async function roundAttendance(
  db: Db,
  roundKeys: readonly number[],
  privileged: (roundKey: number) => boolean,
): Promise<RoundAttendanceFigures[]> {
  const inputs = await loadInputs(db, roundKeys, {});
  return roundKeys.map((roundKey) => attendanceOf(inputs, roundKey, privileged(roundKey)));
}

function attendanceOf(inputs: Inputs, roundKey: number, exact: boolean): RoundAttendanceFigures {
  const panel = inputs.members.get(roundKey) ?? [];
  const sessions = inputs.sessions.get(roundKey) ?? [];
  const summary = participationSummary(
    panel.map(String),
    sessions.map((s) => ({
      sessionId: String(s.sessionKey),
      date: s.date,
      attendees: (inputs.present.get(s.sessionKey) ?? []).map(String),
    })),
  );
  const byKey = new Map(sessions.map((s) => [String(s.sessionKey), s]));
  const hidden = new Set<number>();
  const rows = summary.sessions.map((r) => {
    const session = byKey.get(r.sessionId)!;
    const present = exact ? exactCount(r.present) : publishCount(r.present);
    if (present.suppressed) hidden.add(session.sessionKey);
    return { session, present, attendanceRate: present.suppressed ? null : r.attendanceRate, retention: r.retention };
  });
  // Retention counts people too (the first session's attendees still present): published only when
  // both the first session's count and the retained count are publishable.
  const first = summary.sessions[0];
  if (!exact)
    for (const [i, row] of rows.entries()) {
      const retained = first && row.retention !== null ? Math.round(row.retention * first.present) : 0;
      if (
        hidden.has(row.session.sessionKey) ||
        (first && hidden.has(Number(first.sessionId))) ||
        publishCount(retained).suppressed ||
        publishCount((first?.present ?? 0) - retained).suppressed
      )
        rows[i] = { ...row, retention: null };
    }
  return {
    roundKey,
    panelSize: summary.panelSize,
    // Over all sessions: with one hidden, it and the shown counts would give the hidden one.
    attendanceRate: hidden.size > 0 ? null : summary.attendanceRate,
    retentionAtLast: rows.length > 0 ? (rows[rows.length - 1]!.retention ?? null) : null,
    sessions: rows,
    hiddenSessionKeys: hidden,
  };
}

// --- Voice equity -----------------------------------------------------------------------------

export interface RoundVoiceFigures {
  roundKey: number;
  /** Contribution kinds logged in the round, in order. */
  kinds: string[];
  sessions: SessionRef[];
  /** The domain's measure for one kind (per session and pooled), sessions withheld in public views left out. */
  forKind(kind: string): RoundVoiceEquity;
}

export async function roundVoice(
  db: Db,
  roundKeys: readonly number[],
  privileged: (roundKey: number) => boolean,
): Promise<RoundVoiceFigures[]> {
  const inputs = await loadInputs(db, roundKeys, { voice: true });
  return roundKeys.map((roundKey) => {
    const attendance = attendanceOf(inputs, roundKey, privileged(roundKey));
    const sessions = inputs.sessions.get(roundKey) ?? [];
    const mine = inputs.contributions.filter((c) => c.roundKey === roundKey);
    return {
      roundKey,
      kinds: [...new Set(mine.map((c) => c.kind))].sort(),
      sessions,
      forKind(kind: string) {
        const result = roundVoiceEquity(
          sessions.map((s) => ({
            sessionId: String(s.sessionKey),
            participantKeys: (inputs.present.get(s.sessionKey) ?? []).map(String),
            contributions: mine
              .filter((c) => c.sessionKey === s.sessionKey && c.kind === kind)
              .map((c) => ({ participantKey: String(c.memberKey), weight: c.amount })),
          })),
        );
        // A session whose count present is withheld: its measure would show that count.
        return {
          ...result,
          sessions: result.sessions.filter((s) => !attendance.hiddenSessionKeys.has(Number(s.sessionId))),
        };
      },
    };
  });
}

// --- Trust change -----------------------------------------------------------------------------

export interface RoundTrustFigures extends Omit<TrustChange, "pairedRespondents"> {
  roundKey: number;
  respondents: SuppressedCount;
}

export async function roundTrust(
  db: Db,
  roundKeys: readonly number[],
  privileged: (roundKey: number) => boolean,
): Promise<RoundTrustFigures[]> {
  const inputs = await loadInputs(db, roundKeys, { trust: true });
  return roundKeys.map((roundKey) => {
    const sessions = inputs.sessions.get(roundKey) ?? [];
    const result = trustChange(
      sessions.map((s) => ({ sessionId: String(s.sessionKey), date: s.date })),
      inputs.trust
        .filter((t) => t.roundKey === roundKey)
        .map((t) => ({ participantKey: String(t.memberKey), sessionId: String(t.sessionKey), score: t.score })),
    );
    const { pairedRespondents, ...rest } = result;
    const respondents = privileged(roundKey) ? exactCount(pairedRespondents) : publishCount(pairedRespondents);
    // A mean over 1–4 people is close to their own answers: withheld with the count.
    return respondents.suppressed
      ? { ...rest, roundKey, respondents, meanFirst: null, meanLast: null, change: null }
      : { ...rest, roundKey, respondents };
  });
}
