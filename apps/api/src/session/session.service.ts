import type { GraphQLContext } from "../graphql/context.js";
import { runCommand, type CommandResult } from "../common/command.js";
import { UserErrorCode, UserErrorException } from "../common/user-error.js";
import { recordAudit } from "../audit/audit.service.js";
import type { Round } from "../round/round.entity.js";
import { requirePhase } from "../round/round-lifecycle.js";
import type { PanelMember } from "../panel/panel-member.entity.js";
import { PanelSession } from "./session.entity.js";
import { Attendance } from "./attendance.entity.js";
import { Contribution } from "./contribution.entity.js";
import { TrustResponse } from "./trust-response.entity.js";

/** Phases in which the panel meets. */
export const SESSION_PHASES = [
  "recruiting",
  "defining_outcomes",
  "tendering",
  "bidding",
  "shortlisting",
  "interviewing",
  "deciding",
  "awarded",
  "monitoring",
];

function sameRound(session: PanelSession, member: PanelMember): void {
  if (member.roundKey !== session.roundKey)
    throw UserErrorException.of(UserErrorCode.NOT_FOUND, "This member is not on this round's panel.", [
      "input",
      "member",
    ]);
}

export class SessionService {
  constructor(private readonly ctx: GraphQLContext) {}

  create(
    round: Round,
    values: { date: string; kind: string; title: string; durationMinutes: number },
  ): Promise<CommandResult<PanelSession>> {
    return runCommand(this.ctx, async (manager) => {
      requirePhase(round, SESSION_PHASES);
      const session = await manager.save(Object.assign(new PanelSession(), { roundKey: round.key, ...values }));
      await recordAudit(manager, this.ctx.viewer, {
        councilKey: round.councilKey,
        roundKey: round.key,
        action: "sessionCreate",
        entityType: "PanelSession",
        entityId: session.key,
        after: { ...values },
      });
      return session;
    });
  }

  recordAttendance(
    round: Round,
    session: PanelSession,
    member: PanelMember,
    present: boolean,
  ): Promise<CommandResult<PanelSession>> {
    return runCommand(this.ctx, async (manager) => {
      sameRound(session, member);
      const repo = manager.getRepository(Attendance);
      const existing = await repo.findOneBy({ sessionKey: session.key, memberKey: member.key });
      if (existing) await repo.update({ key: existing.key }, { present });
      else
        await repo.save(Object.assign(new Attendance(), { sessionKey: session.key, memberKey: member.key, present }));
      await recordAudit(manager, this.ctx.viewer, {
        councilKey: round.councilKey,
        roundKey: round.key,
        action: "attendanceRecord",
        entityType: "PanelSession",
        entityId: session.key,
        before: existing ? { member: member.key, present: existing.present } : null,
        after: { member: member.key, present },
      });
      return session;
    });
  }

  recordContribution(
    round: Round,
    session: PanelSession,
    member: PanelMember,
    kind: string,
    amount: number,
  ): Promise<CommandResult<PanelSession>> {
    return runCommand(this.ctx, async (manager) => {
      sameRound(session, member);
      const row = await manager.save(
        Object.assign(new Contribution(), { sessionKey: session.key, memberKey: member.key, kind, amount }),
      );
      await recordAudit(manager, this.ctx.viewer, {
        councilKey: round.councilKey,
        roundKey: round.key,
        action: "contributionRecord",
        entityType: "Contribution",
        entityId: row.key,
        after: { session: session.key, member: member.key, kind, amount },
      });
      return session;
    });
  }

  recordTrust(
    round: Round,
    session: PanelSession,
    member: PanelMember,
    score: number,
  ): Promise<CommandResult<PanelSession>> {
    return runCommand(this.ctx, async (manager) => {
      sameRound(session, member);
      const repo = manager.getRepository(TrustResponse);
      const existing = await repo.findOneBy({ sessionKey: session.key, memberKey: member.key });
      if (existing) await repo.update({ key: existing.key }, { score });
      else
        await repo.save(Object.assign(new TrustResponse(), { sessionKey: session.key, memberKey: member.key, score }));
      // The score itself stays out of the log (it is the member's private answer).
      await recordAudit(manager, this.ctx.viewer, {
        councilKey: round.councilKey,
        roundKey: round.key,
        action: "trustResponseRecord",
        entityType: "PanelSession",
        entityId: session.key,
        after: { member: member.key, replaced: existing !== null },
      });
      return session;
    });
  }
}
