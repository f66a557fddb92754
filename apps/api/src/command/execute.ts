import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from "typeorm";
import { actionRefusal, PHASES, type Phase, type RoundAction } from "@coproduce/domain";
import { recordAudit } from "../audit/audit.service.js";
import { noteWrite } from "../graphql/response-cache.js";
import type { CommandContext } from "./context.js";
import type { CommandDefinition, CommandResult, CommandScope, Tx } from "./define-command.js";
import { AccessDenied } from "./errors.js";
import { isUniqueViolation, mustFind } from "./find.js";
import { UserErrorCode, UserErrorException } from "./user-error.js";

/**
 * Runs a command for any transport, enforcing its declaration inside one transaction:
 * load the target (taking the declared row locks) → check who may run it → check the round's
 * phase against the domain's action table → run → write the audit entry. A `UserErrorException`
 * rolls everything back and becomes `userErrors`; `AccessDenied` / `TargetNotFound` and unexpected
 * errors propagate to the transport, which maps them in one place. After a commit the transport's
 * `afterCommit` runs and cached public answers go stale.
 */
export async function execute<Input, Output, Scope extends CommandScope>(
  command: CommandDefinition<Input, Output, Scope>,
  ctx: CommandContext,
  input: Input,
): Promise<CommandResult<Output>> {
  const attempt = (prepared: Input) =>
    serialisedOnSqlite(ctx.db, () => ctx.db.transaction((manager) => body(command, ctx, prepared, manager)));
  try {
    if (command.prepare) input = { ...input, ...(await command.prepare(ctx, input)) };
    let value: Output;
    try {
      value = await attempt(input);
    } catch (error) {
      // Two concurrent idempotent writes: the loser hit the unique index and rolled back; once more,
      // it now finds the winner's row.
      if (command.retryOnConflict && isUniqueViolation(error)) value = await attempt(input);
      else throw error;
    }
    ctx.afterCommit?.();
    await noteWrite(ctx.db);
    return { ok: true, value, userErrors: [] };
  } catch (error) {
    if (error instanceof UserErrorException) return { ok: false, value: null, userErrors: error.errors };
    throw error;
  }
}

async function body<Input, Output, Scope extends CommandScope>(
  command: CommandDefinition<Input, Output, Scope>,
  ctx: CommandContext,
  input: Input,
  manager: EntityManager,
): Promise<Output> {
  const locks = new Set<EntityTarget<ObjectLiteral>>(command.locks ?? []);
  const tx: Tx = {
    manager,
    actor: ctx.actor,
    clock: ctx.clock,
    find: (entity, key, options) => mustFind(manager, entity, key, { ...options, lock: locks.has(entity) }),
  };
  const scope = await command.load(tx, input);
  authorize(command, ctx, scope, input);
  await command.guard?.(tx, input, scope);
  if (command.action) requireAction(command.name, command.action, scope);
  const output = await command.run(tx, input, scope);
  const audit = command.audit(output, input, scope);
  if (audit) {
    const { actor, roundKey, ...entry } = audit;
    await recordAudit(manager, actor ?? ctx.actor, {
      councilKey: scope.councilKey,
      roundKey: roundKey ?? scope.round?.key ?? null,
      action: command.name,
      ...entry,
    });
  }
  return output;
}

function authorize<Input, Scope extends CommandScope>(
  command: CommandDefinition<Input, unknown, Scope>,
  ctx: CommandContext,
  scope: Scope,
  input: Input,
): void {
  if (ctx.actor.kind === "system") return;
  if (ctx.actor.twoFactorEnrolmentOnly && !command.duringTwoFactorEnrolment)
    throw UserErrorException.of(
      UserErrorCode.TWO_FACTOR_REQUIRED,
      "Two-factor sign-in is required for your account: set it up first (Account page).",
      ["input"],
    );
  if (command.who.allows(ctx.actor, scope, input)) return;
  throw new AccessDenied(ctx.actor.kind === "anonymous" && command.who.needsSignIn ? "UNAUTHENTICATED" : "FORBIDDEN");
}

function requireAction(name: string, action: RoundAction, scope: CommandScope): void {
  const round = scope.round;
  if (!round) throw new Error(`Command ${name} declares a round action but loaded no round`);
  const phase = round.phase as Phase;
  if (!PHASES.includes(phase)) throw new Error(`Round ${round.key} has an unknown phase ${round.phase}`);
  const refusal = actionRefusal(action, phase);
  if (refusal) throw UserErrorException.of(UserErrorCode.WRONG_PHASE, refusal, ["input"]);
}

const sqliteQueues = new WeakMap<DataSource, Promise<unknown>>();

/**
 * TypeORM's better-sqlite3 driver has one connection: two transactions started concurrently (two
 * requests at once) collide ("cannot start a transaction within a transaction"). SQLite serialises
 * writes anyway, so commands on SQLite queue here and run one after another; PostgreSQL runs them
 * concurrently on its pool.
 */
export function serialisedOnSqlite<T>(dataSource: DataSource, run: () => Promise<T>): Promise<T> {
  if (dataSource.options.type !== "better-sqlite3") return run();
  const previous = sqliteQueues.get(dataSource) ?? Promise.resolve();
  const next = previous.then(run, run);
  sqliteQueues.set(
    dataSource,
    next.catch(() => undefined),
  );
  return next;
}
