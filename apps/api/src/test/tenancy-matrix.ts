/**
 * The tenancy matrix (test helper): every mutation × a foreign council's officer (and an analyst
 * key) → FORBIDDEN, and nothing written. Data-driven: a mutation added later is covered by
 * appending one `TenancyCase` (to `TENANCY_CASES` in tenancy-cases.ts, or to a list passed to
 * `describeTenancyMatrix` from another spec). `tenancy.spec.ts` also fails when a mutation of the
 * schema is in no case and not explicitly exempt.
 */
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DataSource } from "typeorm";
import { openTestDatabase, type TestDatabase } from "./database.js";
import { TestClient } from "./graphql.js";
import type { Viewer } from "../auth/actor.js";
import { toGlobalId } from "../graphql/node-id.js";
import { Council } from "../council/council.entity.js";
import { Round } from "../round/round.entity.js";
import { UserAccount } from "../auth/user.entity.js";
import { PanelMember } from "../panel/panel-member.entity.js";
import { PanelSession } from "../session/session.entity.js";
import { Applicant } from "../panel/applicant.entity.js";
import { Outcome } from "../outcome/outcome.entity.js";
import { Bid } from "../bid/bid.entity.js";
import { Award } from "../award/award.entity.js";

/** The usual operation of a tenancy case: the mutation with its input, selecting its userErrors' codes. */
export function mutationQuery(field: string, inputType: string): string {
  return `mutation($input: ${inputType}!) { ${field}(input: $input) { userErrors { code } } }`;
}

/** Lambeth data (the target), seen by a Southwark officer (the intruder). */
export class TenancyFixture {
  constructor(
    readonly dataSource: DataSource,
    readonly ownCouncil: Council,
    readonly ownOfficer: Viewer,
    readonly foreignOfficer: Viewer,
  ) {}

  councilId(): string {
    return toGlobalId("Council", this.ownCouncil.key);
  }

  /** A round of the target council, in `phase` if given (the Lambeth reference round by default). */
  async round(phase?: string): Promise<Round> {
    const where = phase ? { councilKey: this.ownCouncil.key, phase } : { slug: "lambeth-2023-young-offenders-service" };
    return this.dataSource.getRepository(Round).findOneByOrFail(where);
  }

  async roundId(phase?: string): Promise<string> {
    return toGlobalId("Round", (await this.round(phase)).key);
  }

  async member(phase?: string): Promise<PanelMember> {
    const round = await this.round(phase);
    return this.dataSource
      .getRepository(PanelMember)
      .findOneOrFail({ where: { roundKey: round.key }, order: { key: "ASC" } });
  }

  async memberId(phase?: string): Promise<string> {
    return toGlobalId("PanelMember", (await this.member(phase)).key);
  }

  async sessionId(phase?: string): Promise<string> {
    const round = await this.round(phase);
    const session = await this.dataSource
      .getRepository(PanelSession)
      .findOneOrFail({ where: { roundKey: round.key }, order: { date: "DESC" } });
    return toGlobalId("PanelSession", session.key);
  }

  /** The first outcome of a round of the target council. */
  async outcome(phase?: string): Promise<Outcome> {
    return this.dataSource
      .getRepository(Outcome)
      .findOneOrFail({ where: { roundKey: (await this.round(phase)).key }, order: { key: "ASC" } });
  }

  /** The first bid (with `status`, if given) of a round of the target council. */
  async bid(phase?: string, status?: string): Promise<Bid> {
    return this.dataSource.getRepository(Bid).findOneOrFail({
      where: { roundKey: (await this.round(phase)).key, ...(status ? { status } : {}) },
      order: { key: "ASC" },
    });
  }

  /** The first award of the Lambeth reference round. */
  async award(): Promise<Award> {
    return this.dataSource
      .getRepository(Award)
      .findOneOrFail({ where: { roundKey: (await this.round()).key }, order: { key: "ASC" } });
  }

  /** A member of a round of the target council, as the viewer they sign in as (the control of members' mutations). */
  async memberViewer(phase?: string): Promise<Viewer> {
    const m = await this.member(phase);
    return { kind: "panel_member", memberKey: m.key, roundKey: m.roundKey };
  }

  async applicantId(phase?: string): Promise<string> {
    const round = await this.round(phase);
    const applicant = await this.dataSource
      .getRepository(Applicant)
      .findOneOrFail({ where: { roundKey: round.key }, order: { key: "ASC" } });
    return toGlobalId("Applicant", applicant.key);
  }
}

export interface TenancyCase {
  /** The mutation field name. */
  mutation: string;
  /** Names the case in test titles when one mutation has several cases (default: `mutation`). */
  label?: string;
  /** The operation (one mutation; select at least `userErrors { code }` or a scalar). */
  query: string;
  /** Variables aimed at the target council's data, valid in every other respect. */
  variables: (fx: TenancyFixture) => Promise<Record<string, unknown>> | Record<string, unknown>;
  /** Who may run it (the control); default: the target council's own officer. */
  authorized?: (fx: TenancyFixture) => Viewer | Promise<Viewer>;
  /** Extra tables whose full contents must not change (default: see WATCHED_TABLES). */
  watchTables?: string[];
}

/** Tables compared in full before/after; every other table is compared by row count. */
export const WATCHED_TABLES = [
  "round",
  "applicant",
  "panel_member",
  "quota",
  "session",
  "attendance",
  "contribution",
  "trust_response",
  "compensation_entry",
  "payment",
  "auth_token",
  "audit_log",
  "user_account",
];

async function snapshot(dataSource: DataSource, extra: string[]): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const q = (name: string) => `"${name}"`;
  const watched = new Set([...WATCHED_TABLES, ...extra]);
  for (const meta of dataSource.entityMetadatas) {
    const table = meta.tableName;
    if (watched.has(table)) {
      const rows: unknown[] = await dataSource.query(`SELECT * FROM ${q(table)} ORDER BY 1`);
      out[table] = createHash("sha256").update(JSON.stringify(rows)).digest("hex");
    } else {
      const [row] = await dataSource.query<{ n: number | string }[]>(`SELECT COUNT(*) AS n FROM ${q(table)}`);
      out[table] = String(row?.n);
    }
  }
  return out;
}

export async function openTenancyFixture(): Promise<{ db: TestDatabase; client: TestClient; fx: TenancyFixture }> {
  const db = await openTestDatabase({ seed: true });
  const client = await TestClient.create(db.dataSource);
  const councils = db.dataSource.getRepository(Council);
  const lambeth = await councils.findOneByOrFail({ slug: "lambeth" });
  const southwark = await councils.findOneByOrFail({ slug: "southwark" });
  const users = db.dataSource.getRepository(UserAccount);
  const own = await users.findOneByOrFail({ councilKey: lambeth.key, role: "officer" });
  const foreign = await users.findOneByOrFail({ councilKey: southwark.key, role: "officer" });
  const fx = new TenancyFixture(
    db.dataSource,
    lambeth,
    { kind: "officer", userKey: own.key, councilKey: lambeth.key },
    { kind: "officer", userKey: foreign.key, councilKey: southwark.key },
  );
  return { db, client, fx };
}

/** Defines one test per case and intruder: the result is a FORBIDDEN error and the database is unchanged. */
export function describeTenancyMatrix(title: string, cases: readonly TenancyCase[]): void {
  describe(title, () => {
    let db: TestDatabase;
    let client: TestClient;
    let fx: TenancyFixture;
    beforeAll(async () => {
      ({ db, client, fx } = await openTenancyFixture());
    });
    afterAll(async () => {
      await client.stop();
      await db.close();
    });

    const intruders: { name: string; viewer: (fx: TenancyFixture) => Viewer }[] = [
      { name: "a foreign council's officer", viewer: (f) => f.foreignOfficer },
      { name: "an analyst key (read-only)", viewer: () => ({ kind: "analyst", userKey: 999_999, councilKey: null }) },
    ];
    for (const c of cases) {
      for (const intruder of intruders) {
        it(`${c.label ?? c.mutation} × ${intruder.name} → FORBIDDEN, nothing written`, async () => {
          const variables = await c.variables(fx);
          const before = await snapshot(db.dataSource, c.watchTables ?? []);
          const result = await client.run(c.query, variables, intruder.viewer(fx));
          expect(result.errors?.map((e) => e.extensions?.code)).toEqual(["FORBIDDEN"]);
          expect(result.errors?.[0]?.message).toBe("Access denied");
          expect(result.data ?? null).toBeNull();
          expect(await snapshot(db.dataSource, c.watchTables ?? [])).toEqual(before);
        });
      }
    }

    // Control: the same operations by the council's own officer are not refused, so the refusals
    // above are about tenancy and not about bad variables (userErrors are fine here).
    it("the council's own officer is not refused by any of these mutations", async () => {
      const prepared = [];
      for (const c of cases) prepared.push({ c, variables: await c.variables(fx) });
      for (const { c, variables } of prepared) {
        const result = await client.run(c.query, variables, c.authorized ? await c.authorized(fx) : fx.ownOfficer);
        expect({ mutation: c.label ?? c.mutation, errors: result.errors ?? [] }).toEqual({
          mutation: c.label ?? c.mutation,
          errors: [],
        });
      }
    });
  });
}
