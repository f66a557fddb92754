import { parseArgs } from "node:util";
import type { DataSource } from "typeorm";
import { CliError, EXIT, type CliCommand, type CliIo } from "./command.js";
import { withDatabase } from "./database.js";
import { UserAccount } from "../auth/user.entity.js";
import { hashPassword } from "../auth/password.js";
import { Council } from "../council/council.entity.js";

export const MIN_PASSWORD_LENGTH = 10;
const ROLES = ["officer", "administrator"] as const;

const USAGE = `usage: coproduce user-add --email <email> --name <display name> --role officer|administrator [--council <slug>]
The password is read from standard input (its first line, at least ${MIN_PASSWORD_LENGTH} characters), e.g.
  printf '%s\\n' "$PASSWORD" | pnpm --silent coproduce user-add --email ana@lambeth.example --name "Ana" --role officer --council lambeth`;

export interface UserAddFields {
  email: string;
  name: string;
  role: string;
  council: string | undefined;
  password: string;
}

/**
 * Creates an account: how a fresh installation gets its first administrator (who then issues
 * analyst keys) and how a council's officers are added. Officers belong to exactly one council;
 * administrators to none. Every problem is reported with the option at fault; nothing is written
 * unless all is well.
 */
export async function addUserAccount(dataSource: DataSource, fields: UserAddFields): Promise<UserAccount> {
  const email = fields.email.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
    throw new CliError(`--email: "${fields.email}" is not an email address`, EXIT.invalidInput);
  const name = fields.name.trim();
  if (name.length === 0 || name.length > 200)
    throw new CliError("--name: give a display name of 1 to 200 characters", EXIT.invalidInput);
  if (!(ROLES as readonly string[]).includes(fields.role))
    throw new CliError(`--role: "${fields.role}" is not one of ${ROLES.join(", ")}`, EXIT.invalidInput);
  if (fields.role === "officer" && !fields.council)
    throw new CliError("--council: an officer belongs to a council (give its slug)", EXIT.invalidInput);
  if (fields.role === "administrator" && fields.council)
    throw new CliError("--council: administrators do not belong to a council", EXIT.invalidInput);
  if (fields.password.length < MIN_PASSWORD_LENGTH)
    throw new CliError(
      `standard input: the password must have at least ${MIN_PASSWORD_LENGTH} characters`,
      EXIT.invalidInput,
    );
  return dataSource.transaction(async (manager) => {
    let councilKey: number | null = null;
    if (fields.council) {
      const council = await manager.findOneBy(Council, { slug: fields.council });
      if (!council) throw new CliError(`--council: no council "${fields.council}"`, EXIT.notFound);
      councilKey = council.key;
    }
    if (await manager.existsBy(UserAccount, { email }))
      throw new CliError(`--email: an account for ${email} already exists`, EXIT.invalidInput);
    return manager.save(
      Object.assign(new UserAccount(), {
        email,
        displayName: name,
        passwordHash: await hashPassword(fields.password),
        role: fields.role,
        councilKey,
        disabledAt: null,
      }),
    );
  });
}

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
      addUserAccount(ds, {
        email: values.email!,
        name: values.name!,
        role: values.role!,
        council: values.council,
        password,
      }),
    );
    io.stdout(`added ${user.role} ${user.email}${values.council ? ` (${values.council})` : ""}\n`);
    return EXIT.ok;
  },
};
