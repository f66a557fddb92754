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
