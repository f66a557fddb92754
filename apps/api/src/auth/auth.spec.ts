import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GraphQLError } from "graphql";
import { openTestDatabase, type TestDatabase } from "../test/database.js";
import { TestClient } from "../test/graphql.js";
import { createApp, type App } from "../server/app.js";
import { AuthToken } from "./auth-token.entity.js";
import { UserAccount } from "./user.entity.js";
import { AuditLogEntry } from "../audit/audit-log.entity.js";
import { hashPassword } from "./password.js";
import { hashToken } from "./token.js";
import { viewerFromAuthorization } from "./viewer.js";
import { ANALYST_LIMITS, limitsFor } from "./limits-for.js";
import { PUBLIC_LIMITS } from "../graphql/limits.js";

const LOGIN = `mutation($input: OfficerLoginInput!) { officerLogin(input: $input) { token expiresAt viewer { role displayName council { slug } } userErrors { code message field } } }`;
const VIEWER = `{ viewer { role email council { slug } pseudonym } }`;

interface LoginResult {
  officerLogin: {
    token: string | null;
    expiresAt: string | null;
    viewer: { role: string; council: { slug: string } | null } | null;
    userErrors: { code: string; message: string }[];
  };
}

describe("accounts: officer login, tokens, logout, analyst keys", () => {
  let db: TestDatabase;
  let client: TestClient;
  let app: App;
  let server: Server;
  let base: string;
  beforeAll(async () => {
    db = await openTestDatabase({ seed: true });
    client = await TestClient.create(db.dataSource);
    app = await createApp(db.dataSource, { webDist: "/nonexistent" });
    server = app.app.listen(0);
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await app.apollo.stop();
    await client.stop();
    await db.close();
  });

  const post = async (query: string, variables: Record<string, unknown> = {}, token?: string) => {
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (token !== undefined) headers.authorization = `Bearer ${token}`;
    const res = await fetch(base, { method: "POST", headers, body: JSON.stringify({ query, variables }) });
    return {
      status: res.status,
      body: (await res.json()) as {
        data?: Record<string, unknown> | null;
        errors?: { message: string; extensions: { code: string } }[];
      },
    };
  };

  it("logs an officer in: a 43-char token, 12 h expiry, only its SHA-256 hash stored, one audit entry", async () => {
    const auditBefore = await db.dataSource.getRepository(AuditLogEntry).countBy({ action: "officerLogin" });
    const data = await client.data<LoginResult>(LOGIN, {
      input: { email: "officer@lambeth.example", password: "coproduce-demo" },
    });
    const { token, expiresAt, viewer, userErrors } = data.officerLogin;
    expect(userErrors).toEqual([]);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(viewer).toMatchObject({ role: "OFFICER", council: { slug: "lambeth" } });
    const hours = (new Date(expiresAt!).getTime() - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(11.9);
    expect(hours).toBeLessThanOrEqual(12);
    const stored = await db.dataSource.getRepository(AuthToken).findOneByOrFail({ tokenHash: hashToken(token!) });
    expect(stored.kind).toBe("session");
    expect(await db.dataSource.getRepository(AuthToken).countBy({ tokenHash: token! })).toBe(0);
    expect(await db.dataSource.getRepository(AuditLogEntry).countBy({ action: "officerLogin" })).toBe(auditBefore + 1);
  });

  it("gives the same INVALID_CREDENTIALS message for an unknown email and a wrong password, and issues no token", async () => {
    const tokensBefore = await db.dataSource.getRepository(AuthToken).count();
    const wrong = await client.data<LoginResult>(LOGIN, {
      input: { email: "officer@lambeth.example", password: "not-the-password" },
    });
    const unknown = await client.data<LoginResult>(LOGIN, {
      input: { email: "nobody@lambeth.example", password: "coproduce-demo" },
    });
    expect(wrong.officerLogin.token).toBeNull();
    expect(unknown.officerLogin.token).toBeNull();
    expect(wrong.officerLogin.userErrors).toEqual(unknown.officerLogin.userErrors);
    expect(wrong.officerLogin.userErrors[0]?.code).toBe("INVALID_CREDENTIALS");
    expect(await db.dataSource.getRepository(AuthToken).count()).toBe(tokensBefore);
  });

  it("builds the viewer from the Authorization header over HTTP, and logout revokes the token", async () => {
    const login = await post(LOGIN, { input: { email: "officer@southwark.example", password: "coproduce-demo" } });
    const token = (login.body.data as unknown as LoginResult).officerLogin.token!;
    const me = await post(VIEWER, {}, token);
    expect(me.status).toBe(200);
    expect(me.body.data).toEqual({
      viewer: { role: "OFFICER", email: "officer@southwark.example", council: { slug: "southwark" }, pseudonym: null },
    });
    const anonymous = await post(VIEWER);
    expect(anonymous.body.data).toEqual({ viewer: { role: "ANONYMOUS", email: null, council: null, pseudonym: null } });
    const out = await post(`mutation { logout { revoked userErrors { code } } }`, {}, token);
    expect(out.body.data).toEqual({ logout: { revoked: true, userErrors: [] } });
    const after = await post(VIEWER, {}, token);
    expect(after.status).toBe(401);
    expect(after.body.errors?.[0]?.extensions.code).toBe("UNAUTHENTICATED");
  });

  it("refuses malformed, unknown and expired tokens with UNAUTHENTICATED (401), never as anonymous", async () => {
    for (const header of ["Bearer nope", "Basic abc", `Bearer ${"x".repeat(43)}`]) {
      await expect(viewerFromAuthorization(db.dataSource, header)).rejects.toSatisfy(
        (e: unknown) => e instanceof GraphQLError && e.extensions.code === "UNAUTHENTICATED",
      );
    }
    const data = await client.data<LoginResult>(LOGIN, {
      input: { email: "officer@lambeth.example", password: "coproduce-demo" },
    });
    const token = data.officerLogin.token!;
    await expect(viewerFromAuthorization(db.dataSource, `Bearer ${token}`)).resolves.toMatchObject({ kind: "officer" });
    const expiresAt = new Date(data.officerLogin.expiresAt!);
    await expect(
      viewerFromAuthorization(db.dataSource, `Bearer ${token}`, new Date(expiresAt.getTime() + 1)),
    ).rejects.toThrow("Invalid or expired token");
    await db.dataSource
      .getRepository(AuthToken)
      .update({ tokenHash: hashToken(token) }, { expiresAt: new Date(Date.now() - 1000) });
    const res = await post(VIEWER, {}, token);
    expect(res.status).toBe(401);
    expect(res.body.errors?.[0]?.extensions.code).toBe("UNAUTHENTICATED");
    await expect(viewerFromAuthorization(db.dataSource, undefined)).resolves.toEqual({ kind: "anonymous" });
  });

  it("lets administrators (only) issue analyst keys; analysts get 5× the public cost limit and cannot write", async () => {
    const users = db.dataSource.getRepository(UserAccount);
    const admin = await users.save(
      Object.assign(new UserAccount(), {
        email: "admin@coproduce.example",
        displayName: "Admin",
        passwordHash: await hashPassword("admin-pass-123"),
        role: "administrator",
        councilKey: null,
        disabledAt: null,
      }),
    );
    const create = `mutation { analystKeyCreate(input: { email: "data@newsroom.example", displayName: "Newsroom data desk" }) { key expiresAt userErrors { code } } }`;
    const refused = await client.run(create, {}, { kind: "officer", userKey: 1, councilKey: 1 });
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const made = await client.data<{ analystKeyCreate: { key: string } }>(
      create,
      {},
      { kind: "administrator", userKey: admin.key, councilKey: null },
    );
    const key = made.analystKeyCreate.key;
    const viewer = await viewerFromAuthorization(db.dataSource, `Bearer ${key}`);
    expect(viewer.kind).toBe("analyst");
    expect(limitsFor({ viewer })).toEqual(ANALYST_LIMITS);
    expect(ANALYST_LIMITS.maxCost).toBe(PUBLIC_LIMITS.maxCost * 5);
    expect(limitsFor({ viewer: { kind: "anonymous" } })).toEqual(PUBLIC_LIMITS);
    // A query over the public cost limit but under the analyst one.
    const nested = `rounds(first: 100) { nodes { bids { round { bids { round { id } } } } } }`;
    const heavy = `{ a: ${nested} b: ${nested} }`; // cost 2 × (2 + 100 × 441) = 88,204
    expect((await post(heavy)).body.errors?.[0]?.extensions.code).toBe("MAX_COST_EXCEEDED");
    const asAnalyst = await post(heavy, {}, key);
    expect(asAnalyst.body.errors).toBeUndefined();
    expect((asAnalyst.body as { extensions?: { cost: number } }).extensions?.cost).toBe(88_204);
    // Read-only: an analyst cannot apply to panels or redeem invitations.
    const write = await post(`mutation { panelJoin(input: { invitationCode: "ABCDE-FGHJK" }) { token } }`, {}, key);
    expect(write.body.errors?.[0]?.extensions.code).toBe("FORBIDDEN");
  });
});
