import type { CommandContext } from "../command/context.js";
import type { CommandDefinition, CommandScope } from "../command/define-command.js";
import { AccessDenied, TargetNotFound } from "../command/errors.js";
import { execute } from "../command/execute.js";
import { UserErrorCode } from "../command/user-error.js";

/**
 * A CLI command: parses its own arguments and returns an exit code.
 * Output goes through `io` so tests can capture it; errors name the line/field at fault.
 */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export interface CliCommand {
  readonly name: string;
  readonly summary: string;
  run(args: string[], io: CliIo): Promise<number>;
}

/** Exit codes: 0 ok, 1 unexpected failure, 2 bad usage/arguments, 3 invalid input data, 4 not found, 5 a check failed (`lottery verify`). */
export const EXIT = { ok: 0, failure: 1, usage: 2, invalidInput: 3, notFound: 4, mismatch: 5 } as const;

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

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
