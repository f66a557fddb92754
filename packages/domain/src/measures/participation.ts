/**
 * Participation over a round's sessions: attendance, retention and change in trust.
 * (The reference case names low trust at the start as a hard part: did it improve?)
 *
 * Rules:
 * - Sessions are ordered by date (ISO `YYYY-MM-DD` or full ISO timestamp), then by id.
 * - **Attendance rate** of a session = panel members present / panel size. Attendees who are not
 *   panel members (guests, officers) are ignored. The round's rate = all member-attendances /
 *   (panel size × sessions).
 * - **Retention** = of the members present at the *first* session, the share still present at each
 *   later session; `retentionAtLast` is that share at the last session. Null when nobody attended
 *   the first session.
 * - **Trust change**: trust is asked on a 1–5 scale. Only **paired respondents** — members who
 *   answered at both the first and the last session *that collected trust answers* — count, so
 *   the change is not an artefact of who dropped out. Reports both means over the paired
 *   respondents, the change (last − first) and n. Null means when fewer than one pair.
 */

export interface SessionAttendance {
  readonly sessionId: string;
  /** ISO date or timestamp; sessions are ordered by it. */
  readonly date: string;
  readonly attendees: readonly string[];
}

export interface SessionParticipation {
  readonly sessionId: string;
  readonly date: string;
  readonly present: number;
  readonly attendanceRate: number | null;
  /** Share of the first session's attendees present here (null if the first had none). */
  readonly retention: number | null;
}

export interface ParticipationSummary {
  readonly panelSize: number;
  readonly sessions: SessionParticipation[];
  readonly attendanceRate: number | null;
  readonly retentionAtLast: number | null;
}

function orderSessions<T extends { sessionId: string; date: string }>(sessions: readonly T[]): T[] {
  return sessions
    .slice()
    .sort((a, b) =>
      a.date < b.date ? -1 : a.date > b.date ? 1 : a.sessionId < b.sessionId ? -1 : a.sessionId > b.sessionId ? 1 : 0,
    );
}

export function participationSummary(
  panelMembers: readonly string[],
  sessions: readonly SessionAttendance[],
): ParticipationSummary {
  const panel = new Set(panelMembers);
  const ordered = orderSessions(sessions);
  const presentSets = ordered.map((s) => new Set(s.attendees.filter((a) => panel.has(a))));
  const first = presentSets[0] ?? new Set<string>();
  const rows = ordered.map((s, i): SessionParticipation => {
    const present = presentSets[i] ?? new Set<string>();
    const retained = [...first].filter((m) => present.has(m)).length;
    return {
      sessionId: s.sessionId,
      date: s.date,
      present: present.size,
      attendanceRate: panel.size > 0 ? present.size / panel.size : null,
      retention: first.size > 0 ? retained / first.size : null,
    };
  });
  const attendances = rows.reduce((s, r) => s + r.present, 0);
  return {
    panelSize: panel.size,
    sessions: rows,
    attendanceRate: panel.size > 0 && rows.length > 0 ? attendances / (panel.size * rows.length) : null,
    retentionAtLast: rows.length > 0 ? (rows[rows.length - 1]?.retention ?? null) : null,
  };
}

export interface TrustResponse {
  readonly participantKey: string;
  readonly sessionId: string;
  /** 1 (no trust) … 5 (full trust). */
  readonly score: number;
}

export interface TrustChange {
  readonly firstSessionId: string | null;
  readonly lastSessionId: string | null;
  /** Members who answered at both sessions. */
  readonly pairedRespondents: number;
  readonly meanFirst: number | null;
  readonly meanLast: number | null;
  /** meanLast − meanFirst, on the 1–5 scale. */
  readonly change: number | null;
}

export function trustChange(
  sessions: readonly { sessionId: string; date: string }[],
  responses: readonly TrustResponse[],
): TrustChange {
  for (const r of responses) {
    if (!Number.isInteger(r.score) || r.score < 1 || r.score > 5)
      throw new RangeError(`Trust scores are integers 1–5, got ${r.score}`);
  }
  const withAnswers = orderSessions(sessions).filter((s) => responses.some((r) => r.sessionId === s.sessionId));
  const first = withAnswers[0];
  const last = withAnswers[withAnswers.length - 1];
  const none: TrustChange = {
    firstSessionId: first?.sessionId ?? null,
    lastSessionId: last?.sessionId ?? null,
    pairedRespondents: 0,
    meanFirst: null,
    meanLast: null,
    change: null,
  };
  if (!first || !last || first === last) return none;
  const answersAt = (sessionId: string): Map<string, number> => {
    const m = new Map<string, number>();
    for (const r of responses) {
      if (r.sessionId !== sessionId) continue;
      if (m.has(r.participantKey)) throw new RangeError(`${r.participantKey} answered twice at session ${sessionId}`);
      m.set(r.participantKey, r.score);
    }
    return m;
  };
  const atFirst = answersAt(first.sessionId);
  const atLast = answersAt(last.sessionId);
  const paired = [...atFirst.keys()].filter((k) => atLast.has(k));
  if (paired.length === 0) return none;
  // Integer sums, one division each.
  const sumFirst = paired.reduce((s, k) => s + (atFirst.get(k) ?? 0), 0);
  const sumLast = paired.reduce((s, k) => s + (atLast.get(k) ?? 0), 0);
  return {
    firstSessionId: first.sessionId,
    lastSessionId: last.sessionId,
    pairedRespondents: paired.length,
    meanFirst: sumFirst / paired.length,
    meanLast: sumLast / paired.length,
    change: (sumLast - sumFirst) / paired.length,
  };
}
