import type { EntityManager } from "typeorm";
import { Council } from "../council/council.entity.js";
import { Round } from "../round/round.entity.js";
import { PanelMember } from "../panel/panel-member.entity.js";
import { PanelSession } from "../session/session.entity.js";
import { hashInvitationCode } from "../auth/token.js";

/**
 * Demo invitation codes, one per council (listed in the README): each signs in "Panel member A" of the
 * council's commissioning round furthest along with a panel still meeting — sessions, pay and, in
 * Lambeth's interviewing round, bids to score. Demo codes, not anyone's secrets; an officer re-issuing
 * one replaces it as for any member.
 */
export const DEMO_INVITATIONS: readonly { council: string; code: string }[] = [
  { council: "lambeth", code: "LAMBETH-PANEL-A" },
  { council: "southwark", code: "SOUTHWARK-PANEL-A" },
  { council: "lewisham", code: "LEWISHAM-PANEL-A" },
  { council: "hackney", code: "HACKNEY-PANEL-A" },
];

/** Where each council's demo panel meets. */
const PLACES: Record<string, string> = {
  lambeth: "Brixton Library, meeting room 2",
  southwark: "Peckham Library, community room",
  lewisham: "Lewisham Civic Suite, room 3",
  hackney: "Hackney Town Hall, committee room 1",
};

/** Phases in which the panel is still at work, most interesting first. */
const PREFERRED = ["interviewing", "shortlisting", "bidding", "tendering", "defining_outcomes"];

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * Gives each demo panel member a working invitation code, their sessions a time and a place, and the
 * interviewing round's panel its next (upcoming) session, so the member's home has something to show
 * on a fresh start. `today` is the seeding day (the one non-deterministic input of the seed).
 */
export async function seedDemoAccess(manager: EntityManager, today: string): Promise<void> {
  for (const { council: slug, code } of DEMO_INVITATIONS) {
    const council = await manager.findOneBy(Council, { slug });
    if (!council) continue;
    const rounds = await manager.findBy(Round, { councilKey: council.key, kind: "commissioning" });
    const round = PREFERRED.map((phase) => rounds.find((r) => r.phase === phase)).find((r) => r !== undefined);
    if (!round) continue;
    const member = await manager.findOneBy(PanelMember, { roundKey: round.key, pseudonym: "Panel member A" });
    if (!member) continue;
    await manager.update(
      PanelMember,
      { key: member.key },
      {
        invitationCodeHash: hashInvitationCode(code),
        invitationUsedAt: null,
        invitationDeviceHash: null,
        invitationIssuedAt: new Date(`${today}T09:00:00Z`),
      },
    );
    await manager.update(PanelSession, { roundKey: round.key }, { startTime: "17:30", place: PLACES[slug] ?? null });
    if (round.phase === "interviewing")
      await manager.save(
        Object.assign(new PanelSession(), {
          roundKey: round.key,
          date: addDays(today, 14),
          kind: "deliberation",
          title: "Choosing the bid to fund",
          durationMinutes: 180,
          startTime: "17:30",
          place: PLACES[slug] ?? null,
        }),
      );
  }
}
