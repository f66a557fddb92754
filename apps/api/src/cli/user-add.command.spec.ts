import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DataSource } from "typeorm";
import { openTestDatabase, testDatabaseKind, type TestDatabase } from "../test/database.js";
import { TestClient } from "../test/graphql.js";
import { Council } from "../council/council.entity.js";
import { UserAccount } from "../auth/user.entity.js";
import { EXIT, CliError, type CliIo } from "./command.js";
import { userAddCommand } from "./user-add.command.js";

let db: TestDatabase;
let client: TestClient;
beforeAll(async () => {
  db = await openTestDatabase();
  client = await TestClient.create(db.dataSource);
  await db.dataSource
    .getRepository(Council)
    .save({ slug: "lambeth", name: "Lambeth", onsCode: null, region: null, orgIdentifier: null });
});
afterAll(async () => {
  await client.stop();
  await db.close();
});

/** Runs the command as the CLI would, over the test database, with `stdin` as standard input. */
async function userAdd(args: string[], stdin: string): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  const io: CliIo = { stdout: (t) => (out += t), stderr: () => undefined };
  try {
    const code = await userAddCommand.runWith(
      args,
      io,
      () => Promise.resolve(stdin),
      <T>(body: (ds: DataSource) => Promise<T>) => body(db.dataSource),
    );
    return { code, out, err: "" };
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    return { code: error.exitCode, out, err: error.message };
  }
}

const LOGIN = `mutation($input: OfficerLoginInput!) { officerLogin(input: $input) { token viewer { role displayName } userErrors { code } } }`;

describe(`coproduce user-add (${testDatabaseKind()})`, () => {
  it("adds the first administrator, who can then sign in with the password given on standard input", async () => {
    const added = await userAdd(
      ["--email", "Admin@Example.org", "--name", "Site admin", "--role", "administrator"],
      "a-long-secret-1\n",
    );
    expect(added).toEqual({ code: EXIT.ok, out: "added administrator admin@example.org\n", err: "" });
    const stored = await db.dataSource.getRepository(UserAccount).findOneByOrFail({ email: "admin@example.org" });
    expect(stored.passwordHash).not.toContain("a-long-secret-1");
    const login = await client.data<{
      officerLogin: { token: string | null; viewer: { role: string; displayName: string } | null };
    }>(LOGIN, { input: { email: "admin@example.org", password: "a-long-secret-1" } });
    expect(login.officerLogin.token).toBeTruthy();
    expect(login.officerLogin.viewer).toEqual({ role: "ADMINISTRATOR", displayName: "Site admin" });
  });

  it("adds an officer of one council", async () => {
    expect(
      (
        await userAdd(
          ["--email", "ana@lambeth.example", "--name", "Ana", "--role", "officer", "--council", "lambeth"],
          "another-secret\n",
        )
      ).code,
    ).toBe(EXIT.ok);
    const ana = await db.dataSource.getRepository(UserAccount).findOneByOrFail({ email: "ana@lambeth.example" });
    expect(ana.role).toBe("officer");
    expect(ana.councilKey).not.toBeNull();
  });

  it("names the option at fault, exits non-zero and writes nothing", async () => {
    const before = await db.dataSource.getRepository(UserAccount).count();
    const cases: [string[], string, number, RegExp][] = [
      [["--name", "X", "--role", "officer"], "pw-1234567890", EXIT.usage, /missing --email/],
      [
        ["--email", "x@y.org", "--name", "X", "--role", "officer", "--colour", "red"],
        "pw-1234567890",
        EXIT.usage,
        /colour/,
      ],
      [
        ["--email", "not-an-email", "--name", "X", "--role", "administrator"],
        "pw-1234567890",
        EXIT.invalidInput,
        /^--email: .* is not an email address/,
      ],
      [
        ["--email", "x@y.org", "--name", "X", "--role", "mayor"],
        "pw-1234567890",
        EXIT.invalidInput,
        /^--role: "mayor" is not one of officer, administrator/,
      ],
      [
        ["--email", "x@y.org", "--name", "X", "--role", "officer"],
        "pw-1234567890",
        EXIT.invalidInput,
        /^--council: an officer belongs to a council/,
      ],
      [
        ["--email", "x@y.org", "--name", "X", "--role", "officer", "--council", "atlantis"],
        "pw-1234567890",
        EXIT.notFound,
        /^--council: no council "atlantis"/,
      ],
      [
        ["--email", "x@y.org", "--name", "X", "--role", "administrator", "--council", "lambeth"],
        "pw-1234567890",
        EXIT.invalidInput,
        /^--council: administrators do not belong/,
      ],
      [
        ["--email", "x@y.org", "--name", "X", "--role", "administrator"],
        "short\n",
        EXIT.invalidInput,
        /^standard input: the password must have at least 10 characters/,
      ],
      [
        ["--email", "ANA@lambeth.example", "--name", "Ana again", "--role", "officer", "--council", "lambeth"],
        "pw-1234567890",
        EXIT.invalidInput,
        /^--email: an account for ana@lambeth.example already exists/,
      ],
    ];
    for (const [args, stdin, code, message] of cases) {
      const result = await userAdd(args, stdin);
      expect({ args, code: result.code }).toEqual({ args, code });
      expect(result.err).toMatch(message);
    }
    expect(await db.dataSource.getRepository(UserAccount).count()).toBe(before);
  });
});
