import type { EntityManager, EntityTarget, ObjectLiteral } from "typeorm";
import type { RoundAction } from "@coproduce/domain";
import type { Viewer } from "../auth/actor.js";
import type { Round } from "../round/round.entity.js";
import type { Clock, CommandContext } from "./context.js";
import type { Permission } from "./permissions.js";
import type { UserError } from "./user-error.js";

/** Whose data a command touches: the runner checks the permission against it and audits under it. */
export interface CommandScope {
  councilKey: number | null;
  /** The round acted on, when there is one: its phase is checked against the command's `action`. */
  round?: Round | null;
}

/** What a command writes to the audit log (the runner adds who, when, the council, the round and the action). */
export interface AuditRecord {
  entityType: string;
  entityId?: string | number | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  /** The round, when the command created it (otherwise the scope's round). */
  roundKey?: number;
  /** The actor to record when it is not the caller (a login records the account that signed in). */
  actor?: Viewer;
}

/** How to report a missing object: a userError on the named field, or the transport's NOT_FOUND. */
export type Missing = "userError" | "notFound";

/** The transaction a command runs in. `find` takes the row locks the command declares. */
export interface Tx {
  readonly manager: EntityManager;
  readonly actor: Viewer;
  readonly clock: Clock;
  find<T extends ObjectLiteral & { key: number }>(
    entity: EntityTarget<T>,
    key: number,
    options: { field: string[]; label: string; missing?: Missing },
  ): Promise<T>;
}

/**
 * One command per use case (Decidim style), declared in one place:
 * - `name`: the use case, as the mutation is named (`bidSubmit`); also its audit action;
 * - `who`: the permission, checked once the target is loaded;
 * - `action`: the round action whose phases (packages/domain round/actions.ts) the round must be in;
 * - `locks`: the entities whose rows `tx.find` locks for the transaction (PostgreSQL row locks;
 *   SQLite serialises write transactions anyway);
 * - `prepare` (optional): slow work that must not hold the write lock (password hashing), run before
 *   the transaction; what it returns is merged into the input;
 * - `load`: finds the target and returns the scope;
 * - `guard` (optional): state checks that outrank the phase check — above all FROZEN, "this is
 *   already done" (a published tender, a taken decision), which says more than "wrong phase";
 * - `run`: the change itself;
 * - `audit`: the audit entry the change writes, in the same transaction (null: nothing to record).
 * The runner (execute.ts) enforces it all inside one transaction: a `UserErrorException` rolls back
 * and becomes `userErrors`; nothing is written unless everything succeeded.
 */
export interface CommandDefinition<Input, Output, Scope extends CommandScope = CommandScope> {
  readonly name: string;
  readonly who: Permission<NoInfer<Input>>;
  readonly action?: RoundAction;
  readonly locks?: readonly EntityTarget<ObjectLiteral>[];
  /** May run in a session that must first set up two-factor sign-in (enrolment, logout). */
  readonly duringTwoFactorEnrolment?: boolean;
  /** Retry once when a concurrent transaction won a unique index (idempotent writes). */
  readonly retryOnConflict?: boolean;
  prepare?(ctx: CommandContext, input: Input): Promise<Partial<Input>>;
  load(tx: Tx, input: Input): Promise<Scope>;
  guard?(tx: Tx, input: Input, scope: Scope): Promise<void> | void;
  run(tx: Tx, input: Input, scope: Scope): Promise<Output>;
  audit(output: Output, input: Input, scope: Scope): AuditRecord | null;
}

export function defineCommand<Input, Output, Scope extends CommandScope = CommandScope>(
  definition: CommandDefinition<Input, Output, Scope>,
): CommandDefinition<Input, Output, Scope> {
  return definition;
}

export type CommandResult<T> =
  { ok: true; value: T; userErrors: [] } | { ok: false; value: null; userErrors: UserError[] };

/** A command's input and output types, for transports. */
export type InputOf<C> = C extends CommandDefinition<infer I, unknown, never> ? I : never;

export type { CommandContext };
