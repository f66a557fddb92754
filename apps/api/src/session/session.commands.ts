import { defineCommand, type Tx } from "../command/define-command.js";
import { isCouncilOfficer, isRoundPanelMember, permission, who } from "../command/permissions.js";
import { UserErrorCode, UserErrorException } from "../command/user-error.js";
import { roundScope } from "../round/round-guards.js";
import { PanelMember } from "../panel/panel-member.entity.js";
import { PanelSession } from "./session.entity.js";
import { Attendance } from "./attendance.entity.js";
import { Contribution } from "./contribution.entity.js";
import { TrustResponse } from "./trust-response.entity.js";

/** A session and (optionally) a member of its round's panel: the scope of what is logged about them. */
async function sessionScope(tx: Tx, sessionKey: number, memberKey: number | null) {
  const session = await tx.find(PanelSession, sessionKey, {
    field: ["input", "session"],
    label: "session",
    missing: "notFound",
  });
  const scope = await roundScope(tx, session.roundKey, ["input", "session"], "notFound");
  const member =
    memberKey === null
      ? null
      : await tx.find(PanelMember, memberKey, { field: ["input", "member"], label: "member", missing: "notFound" });
  return { ...scope, session, member };
}

function sameRound(session: PanelSession, member: PanelMember | null): PanelMember {
  if (!member || member.roundKey !== session.roundKey)
    throw UserErrorException.of(UserErrorCode.NOT_FOUND, "This member is not on this round's panel.", [
      "input",
      "member",
    ]);
  return member;
}

export interface SessionValues {
  roundKey: number;
  date: string;
  kind: string;
  title: string;
  durationMinutes: number;
  startTime?: string | null;
  place?: string | null;
}

/** An officer schedules or logs a panel session. */
export const sessionCreate = defineCommand({
  name: "sessionCreate",
  who: who.councilOfficer,
  action: "sessionCreate",
  load: (tx, input: SessionValues) => roundScope(tx, input.roundKey, ["input", "round"], "notFound"),
  run: (tx, { roundKey: _r, ...values }, { round }) =>
    tx.manager.save(Object.assign(new PanelSession(), { roundKey: round.key, ...values })),
  audit: (session, { roundKey: _r, ...values }) => ({
    entityType: "PanelSession",
    entityId: session.key,
    after: { ...values },
  }),
});

/** An officer records whether a member attended a session (once per member and session; a second call corrects it). */
export const attendanceRecord = defineCommand({
  name: "attendanceRecord",
  who: who.councilOfficer,
  load: (tx, input: { sessionKey: number; memberKey: number; present: boolean }) =>
    sessionScope(tx, input.sessionKey, input.memberKey),
  async run(tx, { present }, { session, member: maybe }) {
    const member = sameRound(session, maybe);
    const repo = tx.manager.getRepository(Attendance);
    const existing = await repo.findOneBy({ sessionKey: session.key, memberKey: member.key });
    if (existing) await repo.update({ key: existing.key }, { present });
    else await repo.save(Object.assign(new Attendance(), { sessionKey: session.key, memberKey: member.key, present }));
    return { session, before: existing ? { member: member.key, present: existing.present } : null };
  },
  audit: ({ session, before }, { memberKey, present }) => ({
    entityType: "PanelSession",
    entityId: session.key,
    before,
    after: { member: memberKey, present },
  }),
});

/** A logged turn (speaking turns, minutes spoken, written input) of a member in a session. */
export const contributionRecord = defineCommand({
  name: "contributionRecord",
  who: who.councilOfficer,
  load: (tx, input: { sessionKey: number; memberKey: number; kind: string; amount: number }) =>
    sessionScope(tx, input.sessionKey, input.memberKey),
  async run(tx, { kind, amount }, { session, member: maybe }) {
    const member = sameRound(session, maybe);
    const row = await tx.manager.save(
      Object.assign(new Contribution(), { sessionKey: session.key, memberKey: member.key, kind, amount }),
    );
    return { session, row };
  },
  audit: ({ session, row }, { memberKey, kind, amount }) => ({
    entityType: "Contribution",
    entityId: row.key,
    after: { session: session.key, member: memberKey, kind, amount },
  }),
});

export interface TrustResponseValues {
  sessionKey: number;
  /** The member whose answer it is: a member answers for themself; an officer enters a paper answer. */
  memberKey: number | null;
  score: number;
}

/** Members answer for themselves only; officers of the council enter paper answers for any member. */
const selfOrCouncilOfficer = permission<TrustResponseValues>(
  "the member themself, or officers of the council",
  true,
  (actor, scope, input) =>
    actor.kind === "panel_member"
      ? isRoundPanelMember(actor, scope) && (input.memberKey === null || input.memberKey === actor.memberKey)
      : isCouncilOfficer(actor, scope.councilKey),
);

/** A panel member's trust answer (1–5) at a session; the answer itself stays out of the audit log. */
export const trustResponseRecord = defineCommand({
  name: "trustResponseRecord",
  who: selfOrCouncilOfficer,
  load: (tx, input: TrustResponseValues) =>
    sessionScope(
      tx,
      input.sessionKey,
      input.memberKey ?? (tx.actor.kind === "panel_member" ? (tx.actor.memberKey ?? null) : null),
    ),
  async run(tx, { score }, { session, member: maybe }) {
    if (!maybe)
      throw UserErrorException.of(UserErrorCode.REQUIRED, "Choose the panel member whose answer this is.", [
        "input",
        "member",
      ]);
    const member = sameRound(session, maybe);
    const repo = tx.manager.getRepository(TrustResponse);
    const existing = await repo.findOneBy({ sessionKey: session.key, memberKey: member.key });
    if (existing) await repo.update({ key: existing.key }, { score });
    else await repo.save(Object.assign(new TrustResponse(), { sessionKey: session.key, memberKey: member.key, score }));
    return { session, member, replaced: existing !== null };
  },
  audit: ({ session, member, replaced }) => ({
    entityType: "PanelSession",
    entityId: session.key,
    after: { member: member.key, replaced },
  }),
});
