import { GraphQLError } from "graphql";
import { systemClock, type CommandContext } from "../command/context.js";
import type { CommandDefinition, CommandResult, CommandScope } from "../command/define-command.js";
import { AccessDenied, TargetNotFound } from "../command/errors.js";
import { execute } from "../command/execute.js";
import type { UserError } from "../command/user-error.js";
import type { GraphQLContext } from "./context.js";

/** The command context of a GraphQL request: its viewer, and its DataLoaders forgotten after a write. */
export function commandContextOf(ctx: GraphQLContext): CommandContext {
  return { actor: ctx.viewer, clock: systemClock, db: ctx.dataSource, afterCommit: () => ctx.loaders.clearAll() };
}

/**
 * Runs a command for a resolver. The one place the GraphQL transport maps a command's refusals:
 * AccessDenied → UNAUTHENTICATED (401) / FORBIDDEN (403), TargetNotFound → NOT_FOUND naming the field;
 * business-rule failures stay `userErrors`.
 */
export async function runMutation<Input, Output, Scope extends CommandScope>(
  ctx: GraphQLContext,
  command: CommandDefinition<Input, Output, Scope>,
  input: Input,
): Promise<CommandResult<Output>> {
  try {
    return await execute(command, commandContextOf(ctx), input);
  } catch (error) {
    throw toGraphQLError(error);
  }
}

export function toGraphQLError(error: unknown): unknown {
  if (error instanceof AccessDenied) {
    return new GraphQLError(error.message, {
      extensions: { code: error.reason, http: { status: error.reason === "UNAUTHENTICATED" ? 401 : 403 } },
    });
  }
  if (error instanceof TargetNotFound)
    return new GraphQLError("Not found", { extensions: { code: "NOT_FOUND", field: error.field } });
  return error;
}

/**
 * `{ [field]: object, userErrors }`: the usual payload (API.md §8), the object null when the command
 * failed. `pick` chooses the object from the command's output when it returns more than the object.
 */
export async function mutationPayload<Input, Output, Scope extends CommandScope>(
  field: string,
  ctx: GraphQLContext,
  command: CommandDefinition<Input, Output, Scope>,
  input: Input,
  pick: (output: Output) => unknown = (output) => output,
): Promise<Record<string, unknown> & { userErrors: UserError[] }> {
  const result = await runMutation(ctx, command, input);
  return { [field]: result.ok ? pick(result.value) : null, userErrors: result.userErrors };
}
