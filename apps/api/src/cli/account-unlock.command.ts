import { parseArgs } from "node:util";
import type { DataSource } from "typeorm";
import { CliError, EXIT, type CliCommand, type CliIo } from "./command.js";
import { runCliCommand } from "./run-command.js";
import { withDatabase } from "./database.js";
import { accountUnlock } from "../auth/security.commands.js";
import { cliContext } from "../command/context.js";

const USAGE = `usage: coproduce account-unlock --email <email>
Unlocks an officer or administrator account locked after failed sign-ins (audited as cli:account-unlock).`;

/** `pnpm --silent coproduce account-unlock --email …`: the operator's unlock (same command as the mutation). */
export const accountUnlockCommand: CliCommand & {
  runWith(args: string[], io: CliIo, db: <T>(body: (ds: DataSource) => Promise<T>) => Promise<T>): Promise<number>;
} = {
  name: "account-unlock",
  summary: "Unlock an account locked after failed sign-ins",
  run(args, io) {
    return this.runWith(args, io, withDatabase);
  },
  async runWith(args, io, db) {
    let values;
    try {
      values = parseArgs({ args, options: { email: { type: "string" } } }).values;
    } catch (error) {
      throw new CliError(`${(error as Error).message}\n${USAGE}`, EXIT.usage);
    }
    if (!values.email) throw new CliError(`missing --email\n${USAGE}`, EXIT.usage);
    const result = await db((ds) =>
      runCliCommand(cliContext(ds, "account-unlock"), accountUnlock, { email: "--email" }, { email: values.email! }),
    );
    io.stdout(result.wasLocked ? `unlocked ${result.user.email}\n` : `${result.user.email} was not locked\n`);
    return EXIT.ok;
  },
};
