import { parseArgs } from "node:util";
import type { DataSource } from "typeorm";
import { CliError, EXIT, type CliCommand, type CliIo } from "./command.js";
import { withDatabase } from "./database.js";
import { MIN_PASSWORD_LENGTH, userAccountCreate } from "../auth/auth.commands.js";
import { cliContext } from "../command/context.js";
import { runCliCommand } from "./run-command.js";

const USAGE = `usage: coproduce user-add --email <email> --name <display name> --role officer|administrator [--council <slug>]
The password is read from standard input (its first line, at least ${MIN_PASSWORD_LENGTH} characters), e.g.
  printf '%s\\n' "$PASSWORD" | pnpm --silent coproduce user-add --email ana@lambeth.example --name "Ana" --role officer --council lambeth`;

/** Which option (or standard input) each field of the command comes from, for error messages. */
const OPTION_OF: Record<string, string> = {
  email: "--email",
  displayName: "--name",
  role: "--role",
  council: "--council",
  password: "standard input",
};

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY)
    throw new CliError(`the password is read from standard input, not typed here\n${USAGE}`, EXIT.usage);
  let text = "";
  for await (const chunk of process.stdin) text += String(chunk);
  return text;
}

/** `pnpm --silent coproduce user-add …`: adds an officer or administrator account. */
export const userAddCommand: CliCommand & {
  runWith(
    args: string[],
    io: CliIo,
    stdin: () => Promise<string>,
    db: <T>(body: (ds: DataSource) => Promise<T>) => Promise<T>,
  ): Promise<number>;
} = {
  name: "user-add",
  summary: "Add an officer or administrator account (password from standard input)",
  run(args, io) {
    return this.runWith(args, io, readStdin, withDatabase);
  },
  async runWith(args, io, stdin, db) {
    let values;
    try {
      values = parseArgs({
        args,
        options: {
          email: { type: "string" },
          name: { type: "string" },
          role: { type: "string" },
          council: { type: "string" },
        },
      }).values;
    } catch (error) {
      throw new CliError(`${(error as Error).message}\n${USAGE}`, EXIT.usage);
    }
    const missing = (["email", "name", "role"] as const).filter((k) => !values[k]);
    if (missing.length > 0)
      throw new CliError(`missing ${missing.map((k) => `--${k}`).join(", ")}\n${USAGE}`, EXIT.usage);
    const password = (await stdin()).split(/\r?\n/)[0] ?? "";
    const user = await db((ds) =>
      runCliCommand(cliContext(ds, "user-add"), userAccountCreate, OPTION_OF, {
        email: values.email!,
        displayName: values.name!,
        role: values.role!,
        council: values.council,
        password,
      }),
    );
    io.stdout(`added ${user.role} ${user.email}${values.council ? ` (${values.council})` : ""}\n`);
    return EXIT.ok;
  },
};
