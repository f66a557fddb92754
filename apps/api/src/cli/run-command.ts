import type { CommandContext } from "../command/context.js";
import type { CommandDefinition, CommandScope } from "../command/define-command.js";
import { AccessDenied, TargetNotFound } from "../command/errors.js";
import { execute } from "../command/execute.js";
import { UserErrorCode } from "../command/user-error.js";
import { CliError, EXIT } from "./command.js";

/**
 * Runs a command for the CLI, and maps its failures in one place: a userError becomes exit 3
 * (4 for NOT_FOUND) with a message naming the option it came from (`optionOf`: field → option),
 * a refusal exit 2, a missing target exit 4. The CLI's writes are audited like any other
 * (actor `cli:<command>`).
 */
export async function runCliCommand<Input, Output, Scope extends CommandScope>(
  ctx: CommandContext,
  command: CommandDefinition<Input, Output, Scope>,
  optionOf: Record<string, string>,
  input: Input,
): Promise<Output> {
  let result;
  try {
    result = await execute(command, ctx, input);
  } catch (error) {
    if (error instanceof TargetNotFound) throw new CliError(`${error.field}: not found`, EXIT.notFound);
    if (error instanceof AccessDenied) throw new CliError(error.message, EXIT.usage);
    throw error;
  }
  if (result.ok) return result.value;
  const [first] = result.userErrors;
  const field = first?.field?.at(-1) ?? "";
  const option = optionOf[field] ?? (field ? `--${field}` : "input");
  const message = first ? first.message.charAt(0).toLowerCase() + first.message.slice(1) : "invalid input";
  throw new CliError(
    `${option}: ${message}`,
    first?.code === UserErrorCode.NOT_FOUND ? EXIT.notFound : EXIT.invalidInput,
  );
}
