import type { Viewer } from "../auth/actor.js";
import type { CommandScope } from "./define-command.js";

/**
 * Who may run a command, declared on the command and checked by the runner inside its transaction,
 * after the target is loaded and before anything is written. The tenancy rules:
 * - anonymous residents read public data, and may only apply, join with a code or vote with a token;
 * - an officer changes only their own council's data (administrators any council's);
 * - a panel member acts only within their own round;
 * - analysts are read-only;
 * - the system actor (the operator at the command line, who can open the database anyway) may run any.
 * A refusal is UNAUTHENTICATED for an anonymous caller when signing in could help, FORBIDDEN otherwise.
 */
export interface Permission<Input = unknown> {
  readonly description: string;
  /** True when signing in is the way to be allowed (anonymous callers get UNAUTHENTICATED). */
  readonly needsSignIn: boolean;
  allows(actor: Viewer, scope: CommandScope, input: Input): boolean;
}

export function permission<Input = unknown>(
  description: string,
  needsSignIn: boolean,
  allows: (actor: Viewer, scope: CommandScope, input: Input) => boolean,
): Permission<Input> {
  return { description, needsSignIn, allows };
}

export function isCouncilOfficer(actor: Viewer, councilKey: number | null): boolean {
  if (actor.twoFactorEnrolmentOnly) return false;
  if (actor.kind === "administrator") return true;
  return actor.kind === "officer" && councilKey !== null && actor.councilKey === councilKey;
}

export function isRoundPanelMember(actor: Viewer, scope: CommandScope): boolean {
  return (
    actor.kind === "panel_member" &&
    actor.memberKey !== undefined &&
    scope.round !== undefined &&
    scope.round !== null &&
    actor.roundKey === scope.round.key
  );
}

export const who = {
  /** Anyone at all (signing in). */
  everyone: permission("anyone", false, () => true),
  /** Anyone but a read-only analyst key. */
  notReadOnly: permission("anyone but analysts (read-only)", false, (actor) => actor.kind !== "analyst"),
  signedIn: permission("anyone signed in", true, (actor) => actor.kind !== "anonymous"),
  administrator: permission("administrators", true, (actor) => actor.kind === "administrator"),
  councilOfficer: permission("officers of the council (and administrators)", true, (actor, scope) =>
    isCouncilOfficer(actor, scope.councilKey),
  ),
  roundPanelMember: permission("members of the round's panel", true, (actor, scope) =>
    isRoundPanelMember(actor, scope),
  ),
  councilOfficerOrRoundPanelMember: permission(
    "officers of the council, or members of the round's panel",
    true,
    (actor, scope) => isRoundPanelMember(actor, scope) || isCouncilOfficer(actor, scope.councilKey),
  ),
} as const;
