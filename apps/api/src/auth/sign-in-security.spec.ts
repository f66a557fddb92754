import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DataSource } from "typeorm";
import { generate } from "otplib";
import { openTestDatabase, type TestDatabase } from "../test/database.js";
import { TestClient, type Answer } from "../test/graphql.js";
import { createApp, type App } from "../server/app.js";
import type { Viewer } from "./actor.js";
import { UserAccount } from "./user.entity.js";
import { AuthToken } from "./auth-token.entity.js";
import { AccountSecurity, RecoveryCode } from "./account-security.entity.js";
import { AuditLogEntry } from "../audit/audit-log.entity.js";
import { Council } from "../council/council.entity.js";
import { hashPassword } from "./password.js";
import { hashToken } from "./token.js";
import { accountUnlockCommand } from "../cli/account-unlock.command.js";
import type { CliIo } from "../cli/command.js";
import { toGlobalId } from "../graphql/node-id.js";

interface SignIn {
  token: string | null;
  viewer: { role: string; twoFactorEnabled: boolean; twoFactorRequired: boolean } | null;
  userErrors: { code: string; message: string; field: string[] | null; retryAfterSeconds: number | null }[];
}
type Enrolment = Answer<"twoFactorEnrolStart", { secret: string; otpauthUri?: string; userErrors: { code: string }[] }>;
type Confirmed = Answer<"twoFactorEnrolConfirm", { recoveryCodes: string[] | null; userErrors: { code: string }[] }>;

const LOGIN = `mutation($input: OfficerLoginInput!) { officerLogin(input: $input) { token viewer { role twoFactorEnabled twoFactorRequired } userErrors { code message field retryAfterSeconds } } }`;
const PASSWORD = "coproduce-demo";

describe("sign-in security: lockout, unlock, throttles, two-factor sign-in", () => {
  let db: TestDatabase;
  let client: TestClient;
  let app: App;
  let server: Server;
  let base: string;
  let admin: Viewer;
  let lambeth: Council;
  let southwark: Council;

  beforeAll(async () => {
    db = await openTestDatabase({ seed: true });
    client = await TestClient.create(db.dataSource);
    app = await createApp(db.dataSource, { webDist: "/nonexistent" });
    server = app.app.listen(0);
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    const account = await db.dataSource.getRepository(UserAccount).save(
      Object.assign(new UserAccount(), {
        email: "admin@coproduce.example",
        displayName: "Administrator",
        passwordHash: await hashPassword("administrator-password"),
        role: "administrator",
        councilKey: null,
        disabledAt: null,
      }),
    );
    admin = { kind: "administrator", userKey: account.key, councilKey: null };
    lambeth = await db.dataSource.getRepository(Council).findOneByOrFail({ slug: "lambeth" });
    southwark = await db.dataSource.getRepository(Council).findOneByOrFail({ slug: "southwark" });
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await app.apollo.stop();
    await client.stop();
    await db.close();
  });

  const login = async (email: string, password: string, code?: string) =>
    (
      await client.data<Answer<"officerLogin", SignIn>>(LOGIN, {
        input: { email, password, ...(code ? { code } : {}) },
      })
    ).officerLogin;
  const post = async (query: string, variables: Record<string, unknown>) => {
    const res = await fetch(base, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as {
      data: Record<string, { userErrors: { code: string; retryAfterSeconds?: number | null }[] }>;
    };
  };
  const officerOf = async (ds: DataSource, council: Council): Promise<UserAccount> =>
    ds.getRepository(UserAccount).findOneByOrFail({ councilKey: council.key, role: "officer" });

  it("locks an account after 5 wrong passwords (ACCOUNT_LOCKED with the wait, even for the right one), audited", async () => {
    const email = "officer@lambeth.example";
    for (let i = 0; i < 5; i++)
      expect((await login(email, `wrong-password-${i}`)).userErrors[0]?.code).toBe("INVALID_CREDENTIALS");
    const locked = await login(email, PASSWORD);
    expect(locked.token).toBeNull();
    expect(locked.userErrors).toHaveLength(1);
    expect(locked.userErrors[0]).toMatchObject({ code: "ACCOUNT_LOCKED", field: ["input", "email"] });
    // Locked for 15 minutes from the fifth failure.
    expect(locked.userErrors[0]?.retryAfterSeconds).toBeGreaterThan(15 * 60 - 30);
    expect(locked.userErrors[0]?.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
    const user = await officerOf(db.dataSource, lambeth);
    const lock = await db.dataSource.getRepository(AuditLogEntry).findOneByOrFail({ action: "accountLock" });
    expect(lock).toMatchObject({ actor: "lockout", entityId: String(user.key), councilKey: lambeth.key });
  });

  it("answers an email with no account exactly as a real one: locked after the same 5 failures", async () => {
    const email = "nobody-here@lambeth.example";
    for (let i = 0; i < 5; i++)
      expect((await login(email, `wrong-password-${i}`)).userErrors[0]?.code).toBe("INVALID_CREDENTIALS");
    const sixth = await login(email, PASSWORD);
    expect(sixth.userErrors[0]).toMatchObject({ code: "ACCOUNT_LOCKED", field: ["input", "email"] });
    const real = await login("officer@lambeth.example", PASSWORD);
    expect(sixth.userErrors[0]?.message).toBe(real.userErrors[0]?.message);
  });

  it("a foreign council's officer may not unlock it; its own council's officer may (audited), then sign-in works", async () => {
    const user = await officerOf(db.dataSource, lambeth);
    const UNLOCK = `mutation($input: AccountUnlockInput!) { accountUnlock(input: $input) { unlocked userErrors { code } } }`;
    const foreign = await officerOf(db.dataSource, southwark);
    const refused = await client.run(
      UNLOCK,
      { input: { email: user.email } },
      { kind: "officer", userKey: foreign.key, councilKey: southwark.key },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await login(user.email, PASSWORD)).userErrors[0]?.code).toBe("ACCOUNT_LOCKED");
    // Another Lambeth officer account unlocks it.
    const colleague = await db.dataSource.getRepository(UserAccount).save(
      Object.assign(new UserAccount(), {
        email: "colleague@lambeth.example",
        displayName: "Colleague",
        passwordHash: "unusable",
        role: "officer",
        councilKey: lambeth.key,
        disabledAt: null,
      }),
    );
    const unlocked = await client.data<Answer<"accountUnlock", unknown>>(
      UNLOCK,
      { input: { email: user.email } },
      { kind: "officer", userKey: colleague.key, councilKey: lambeth.key },
    );
    expect(unlocked.accountUnlock).toEqual({ unlocked: true, userErrors: [] });
    const entry = await db.dataSource.getRepository(AuditLogEntry).findOneByOrFail({ action: "accountUnlock" });
    expect(entry.actor).toBe(`user:${colleague.key}`);
    expect(entry.before?.lockedUntil).toEqual(expect.any(String));
    expect(entry.after).toEqual({ lockedUntil: null, failedSignIns: 0 });
    const ok = await login(user.email, PASSWORD);
    expect(ok.userErrors).toEqual([]);
    expect(ok.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it("the operator unlocks at the command line (audited as cli:account-unlock)", async () => {
    const email = "officer@hackney.example";
    for (let i = 0; i < 5; i++) await login(email, `wrong-password-${i}`);
    expect((await login(email, PASSWORD)).userErrors[0]?.code).toBe("ACCOUNT_LOCKED");
    let out = "";
    const io: CliIo = { stdout: (t) => (out += t), stderr: () => undefined };
    const code = await accountUnlockCommand.runWith(["--email", email], io, (body) => body(db.dataSource));
    expect(code).toBe(0);
    expect(out).toBe(`unlocked ${email}\n`);
    const entry = await db.dataSource
      .getRepository(AuditLogEntry)
      .findOneOrFail({ where: { action: "accountUnlock" }, order: { key: "DESC" } });
    expect(entry.actor).toBe("cli:account-unlock");
    expect((await login(email, PASSWORD)).userErrors).toEqual([]);
  });

  it("throttles one address: of 30 parallel wrong sign-ins (30 emails), 20 are checked, 10 refused TOO_MANY_ATTEMPTS", async () => {
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        post(LOGIN, { input: { email: `guess${i}@example.org`, password: "not-it-at-all" } }),
      ),
    );
    const codes = results.map((r) => r.data.officerLogin?.userErrors[0]?.code);
    expect(codes.filter((c) => c === "INVALID_CREDENTIALS")).toHaveLength(20);
    const refused = results
      .map((r) => r.data.officerLogin?.userErrors[0])
      .filter((e) => e?.code === "TOO_MANY_ATTEMPTS");
    expect(refused).toHaveLength(10);
    for (const e of refused) expect(e?.retryAfterSeconds).toBeGreaterThan(0);
  });

  it("throttles wrong invitation codes from one address: 20, then TOO_MANY_ATTEMPTS", async () => {
    const JOIN = `mutation($code: String!) { panelJoin(input: { invitationCode: $code }) { token userErrors { code retryAfterSeconds } } }`;
    const codes: string[] = [];
    for (let i = 0; i < 22; i++) {
      const r = await post(JOIN, { code: `WRONG-${String(i).padStart(5, "0")}` });
      codes.push(r.data.panelJoin?.userErrors[0]?.code ?? "");
    }
    expect(codes.slice(0, 20)).toEqual(Array<string>(20).fill("INVALID_CREDENTIALS"));
    expect(codes.slice(20)).toEqual(["TOO_MANY_ATTEMPTS", "TOO_MANY_ATTEMPTS"]);
  });

  it("two-factor sign-in: enrol (secret + URI, confirmed by a code), then the code is asked for and single use", async () => {
    const user = await officerOf(db.dataSource, southwark);
    const me: Viewer = { kind: "officer", userKey: user.key, councilKey: southwark.key };
    const start = (
      await client.data<Enrolment>(`mutation { twoFactorEnrolStart { secret otpauthUri userErrors { code } } }`, {}, me)
    ).twoFactorEnrolStart;
    expect(start.userErrors).toEqual([]);
    const secret = start.secret;
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    expect(start.otpauthUri).toContain(`secret=${secret}`);
    expect(start.otpauthUri).toMatch(/^otpauth:\/\/totp\/Coproduce:officer%40southwark\.example\?/);
    // Until confirmed, sign-in is as before.
    expect((await login(user.email, PASSWORD)).userErrors).toEqual([]);
    const CONFIRM = `mutation($input: TwoFactorCodeInput!) { twoFactorEnrolConfirm(input: $input) { recoveryCodes userErrors { code } } }`;
    const wrong = (await client.data<Confirmed>(CONFIRM, { input: { code: "000000" } }, me)).twoFactorEnrolConfirm;
    const realNow = await generate({ secret });
    if (realNow !== "000000") expect(wrong.userErrors[0]?.code).toBe("INVALID_CREDENTIALS");
    const confirmed = (await client.data<Confirmed>(CONFIRM, { input: { code: realNow } }, me)).twoFactorEnrolConfirm;
    expect(confirmed.userErrors).toEqual([]);
    const recovery = confirmed.recoveryCodes ?? [];
    expect(recovery).toHaveLength(10);
    expect(new Set(recovery).size).toBe(10);
    const stored = await db.dataSource.getRepository(RecoveryCode).findBy({ userKey: user.key });
    expect(stored).toHaveLength(10);
    for (const c of recovery) expect(stored.some((s) => s.codeHash.includes(c))).toBe(false);

    // The password alone is no longer enough.
    const first = await login(user.email, PASSWORD);
    expect(first.token).toBeNull();
    expect(first.userErrors[0]).toMatchObject({ code: "TWO_FACTOR_REQUIRED", field: ["input", "code"] });
    // The next step's code (the confirmation used this step's).
    const next = await generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 });
    const signedIn = await login(user.email, PASSWORD, next);
    expect(signedIn.userErrors).toEqual([]);
    expect(signedIn.viewer).toMatchObject({ role: "OFFICER", twoFactorEnabled: true, twoFactorRequired: false });
    // The same code again is refused (never accepted twice).
    expect((await login(user.email, PASSWORD, next)).userErrors[0]).toMatchObject({
      code: "INVALID_CREDENTIALS",
      field: ["input", "code"],
    });
    // A recovery code works once.
    const withRecovery = await login(user.email, PASSWORD, recovery[0]!.toUpperCase());
    expect(withRecovery.userErrors).toEqual([]);
    expect((await login(user.email, PASSWORD, recovery[0])).userErrors[0]?.code).toBe("INVALID_CREDENTIALS");
    const used = await db.dataSource.getRepository(RecoveryCode).countBy({ userKey: user.key });
    expect(used).toBe(10);
    // Clean up the failures this test counted (two wrong codes), so the account is not near a lockout.
    await db.dataSource.getRepository(AccountSecurity).update({ userKey: user.key }, { failedLogins: 0 });
  });

  it("administrators require it for a council: the officer's session may only enrol until it is on", async () => {
    const REQUIRE = `mutation($input: TwoFactorRequireInput!) { twoFactorRequire(input: $input) { required userErrors { code } } }`;
    const council = await db.dataSource.getRepository(Council).findOneByOrFail({ slug: "hackney" });
    const councilId = toGlobalId("Council", council.key);
    const officer = await officerOf(db.dataSource, council);
    const refused = await client.run(
      REQUIRE,
      { input: { council: councilId, required: true } },
      { kind: "officer", userKey: officer.key, councilKey: council.key },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const required = await client.data<Answer<"twoFactorRequire", unknown>>(
      REQUIRE,
      { input: { council: councilId, required: true } },
      admin,
    );
    expect(required.twoFactorRequire).toEqual({ required: true, userErrors: [] });

    const signedIn = await login(officer.email, PASSWORD);
    expect(signedIn.userErrors).toEqual([]);
    expect(signedIn.viewer).toMatchObject({ twoFactorEnabled: false, twoFactorRequired: true });
    const stored = await db.dataSource
      .getRepository(AuthToken)
      .findOneByOrFail({ tokenHash: hashToken(signedIn.token ?? "") });
    expect(stored.kind).toBe("session_enrol");
    const session: Viewer = {
      kind: "officer",
      userKey: officer.key,
      councilKey: council.key,
      tokenKey: stored.key,
      twoFactorEnrolmentOnly: true,
    };
    const UNLOCK = `mutation($input: AccountUnlockInput!) { accountUnlock(input: $input) { unlocked userErrors { code } } }`;
    const blocked = await client.data<Answer<"accountUnlock">>(UNLOCK, { input: { email: officer.email } }, session);
    expect(blocked.accountUnlock.userErrors).toEqual([{ code: "TWO_FACTOR_REQUIRED" }]);
    // Enrolling is allowed, and turns the session into a full one.
    const start = (
      await client.data<Enrolment>(`mutation { twoFactorEnrolStart { secret userErrors { code } } }`, {}, session)
    ).twoFactorEnrolStart;
    expect(start.userErrors).toEqual([]);
    const code = await generate({ secret: start.secret });
    const confirm = await client.data<Confirmed>(
      `mutation($input: TwoFactorCodeInput!) { twoFactorEnrolConfirm(input: $input) { recoveryCodes userErrors { code } } }`,
      { input: { code } },
      session,
    );
    expect(confirm.twoFactorEnrolConfirm.userErrors).toEqual([]);
    expect((await db.dataSource.getRepository(AuthToken).findOneByOrFail({ key: stored.key })).kind).toBe("session");
    // Turning it off is refused while it is required.
    const off = await client.data<Answer<"twoFactorDisable", unknown>>(
      `mutation($input: TwoFactorCodeInput!) { twoFactorDisable(input: $input) { disabled userErrors { code } } }`,
      { input: { code: confirm.twoFactorEnrolConfirm.recoveryCodes?.[0] } },
      { kind: "officer", userKey: officer.key, councilKey: council.key },
    );
    expect(off.twoFactorDisable).toEqual({ disabled: false, userErrors: [{ code: "FROZEN" }] });
    await client.data(REQUIRE, { input: { council: councilId, required: false } }, admin);
  });
});
