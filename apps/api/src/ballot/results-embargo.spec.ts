import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  getNullableType,
  isEnumType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type IntrospectionQuery,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../test/database.js";
import { TestClient } from "../test/graphql.js";
import { createApp, type App } from "../server/app.js";
import { toGlobalId } from "../graphql/node-id.js";
import { Council } from "../council/council.entity.js";
import { Round } from "../round/round.entity.js";
import { Bid } from "../bid/bid.entity.js";
import { Ballot } from "./ballot.entity.js";
import { BallotChoice } from "./ballot-choice.entity.js";
import { BallotPending } from "./ballot-pending.entity.js";

/**
 * Results embargo (issue 15): while voting is open, no public surface reveals how people voted.
 * A differential test over every public surface: residents vote one way, every public GraphQL
 * field (walked from the schema's introspection: each Query field with the round's ids and slugs
 * for its arguments, every field below it to a fixed depth, every Node type) and every export
 * (CSV tables, OCDS, 360Giving) is read through the real HTTP server (response cache on); then
 * every voter changes their ballot to entirely different projects (same turnout) and all is read
 * again. Any difference is a leak of ballot content. As a control, the same walk after the
 * decision is taken does differ (the results are then public), so the walk reaches the results.
 */
process.env.VOTER_TOKEN_SECRET ??= "test-secret-for-voter-tokens-0123456789";

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let db: TestDatabase;
let client: TestClient;
let app: App;
let server: Server;
let base: string;

beforeAll(async () => {
  db = await openTestDatabase();
  client = await TestClient.create(db.dataSource);
  app = await createApp(db.dataSource, { webDist: "/nonexistent", responseCacheSeconds: 60, rateLimitPerMinute: 1e9 });
  server = app.app.listen(0);
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server?.close();
  void app;
  await client?.stop();
  await db?.close();
});

/** A GraphQL response over HTTP: its data (as the walk reads it) and its errors. */
interface Answer {
  data?: Data | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: unknown } }[];
}

async function gql(query: string, variables: Record<string, unknown> = {}): Promise<Answer> {
  const res = await fetch(`${base}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", "apollo-require-preflight": "true" },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as Answer;
}

interface Fill {
  roundId: string;
  roundSlug: string;
  councilSlug: string;
  bidIds: string[];
  receipt: string;
}

/** A value for an argument the walk knows how to fill, or undefined (the field is then skipped if the argument is required). */
function argValue(field: string, arg: GraphQLArgument, fill: Fill): unknown {
  const type = getNullableType(arg.type);
  const named = getNamedType(arg.type);
  const list = isListType(type);
  if (named.name === "ID") {
    if (arg.name === "ids") return [fill.roundId, ...fill.bidIds];
    return list ? [fill.roundId] : fill.roundId;
  }
  if (named.name === "String") {
    if (arg.name === "receipt") return fill.receipt;
    if (arg.name === "slug")
      return field === "council" ? fill.councilSlug : field === "round" ? fill.roundSlug : "none";
    if (/^rounds?$/.test(arg.name)) return list ? [fill.roundSlug] : fill.roundSlug;
    if (/^councils?$/.test(arg.name)) return list ? [fill.councilSlug] : fill.councilSlug;
    return undefined;
  }
  if (isEnumType(named)) {
    const first = named.getValues()[0]!.name;
    return list ? [first] : first;
  }
  if (named.name === "Int" || named.name === "SafeInt") return 2025;
  if (named.name === "Boolean") return false;
  return undefined;
}

function requiredArgsFilled(field: GraphQLField<unknown, unknown>, fill: Fill, top: boolean, only?: RegExp) {
  const args: string[] = [];
  for (const arg of field.args) {
    const needed = isNonNullType(arg.type) && arg.defaultValue === undefined;
    const value = needed || (top && (!only || only.test(arg.name))) ? argValue(field.name, arg, fill) : undefined;
    if (value === undefined) {
      if (needed) return null;
      continue;
    }
    args.push(
      `${arg.name}: ${JSON.stringify(value).replace(/"([A-Z_]+)"/g, (m, v: string) => (isEnumType(getNamedType(arg.type)) ? v : m))}`,
    );
  }
  return args.length ? `(${args.join(", ")})` : "";
}

function selection(schema: GraphQLSchema, type: GraphQLNamedType, depth: number, fill: Fill, seen: string[]): string {
  if (isLeafType(type)) return "";
  if (depth === 0) return isObjectType(type) && type.getFields().id ? "id" : "__typename";
  if (isInterfaceType(type) || isUnionType(type)) {
    const parts = schema
      .getPossibleTypes(type)
      .map((t) => {
        const sub = selection(schema, t, depth - 1, fill, seen);
        return sub ? `... on ${t.name} { ${sub} }` : "";
      })
      .filter(Boolean);
    return ["__typename", ...parts].join(" ");
  }
  if (!isObjectType(type)) return "";
  const parts: string[] = [];
  for (const field of Object.values(type.getFields())) {
    const args = requiredArgsFilled(field, fill, false);
    if (args === null) continue;
    const named = getNamedType(field.type);
    // Aliased by type, so the fragments of an interface's types never conflict.
    const alias = `${type.name}_${field.name}: ${field.name}`;
    if (isLeafType(named)) parts.push(`${alias}${args}`);
    else {
      const sub = selection(schema, named, seen.includes(named.name) ? 0 : depth - 1, fill, [...seen, named.name]);
      if (sub) parts.push(`${alias}${args} { ${sub} }`);
    }
  }
  return parts.join(" ");
}

/** Every public Query field, as an anonymous visitor: name → response (data and error codes). */
async function walk(
  schema: GraphQLSchema,
  fill: Fill,
): Promise<{ responses: Record<string, unknown>; leaves: number }> {
  const responses: Record<string, unknown> = {};
  let leaves = 0;
  const countLeaves = (v: unknown): number =>
    v === null || typeof v !== "object" ? 1 : Object.values(v).reduce((s: number, x) => s + countLeaves(x), 0);
  for (const field of Object.values(schema.getQueryType()!.getFields())) {
    // With the round's ids and slugs in every argument the walk can fill; else in the required ones only.
    const scoped = requiredArgsFilled(field, fill, true);
    const required = requiredArgsFilled(field, fill, false);
    const roundOnly = requiredArgsFilled(field, fill, true, /^(round|rounds|id|ids|slug)$/);
    if (scoped === null || required === null || roundOnly === null) {
      responses[field.name] = "skipped: an argument the walk cannot fill";
      continue;
    }
    const named = getNamedType(field.type);
    // One request per field of the answer's type (for an interface: per field of each of its types),
    // so each stays within the server's cost limit; deeper where the limit allows.
    const owners = isLeafType(named)
      ? []
      : isInterfaceType(named) || isUnionType(named)
        ? schema.getPossibleTypes(named)
        : isObjectType(named)
          ? [named]
          : [];
    const parts = isLeafType(named)
      ? [""]
      : owners.flatMap((owner) => Object.values(owner.getFields()).map((sub) => ({ owner, sub })));
    for (const part of parts) {
      let answer: Answer | null = null;
      let label = field.name;
      attempts: for (const args of [...new Set([scoped, roundOnly, required])]) {
        for (const depth of [3, 2, 1, 0]) {
          let sub = "";
          if (typeof part !== "string") {
            const subArgs = requiredArgsFilled(part.sub, fill, false);
            if (subArgs === null) break attempts;
            const subNamed = getNamedType(part.sub.type);
            const inner = isLeafType(subNamed)
              ? ""
              : `{ ${selection(schema, subNamed, depth, fill, [subNamed.name])} }`;
            sub = `{ __typename ... on ${part.owner.name} { ${part.sub.name}${subArgs} ${inner} } }`;
            label = `${field.name}.${part.owner.name}.${part.sub.name}`;
          }
          answer = await gql(`{ ${field.name}${args} ${sub} }`);
          const codes = (answer.errors ?? []).map((e) => e.extensions?.code as string);
          if (codes.includes("BAD_USER_INPUT") && answer.data == null) continue attempts;
          if (!codes.some((c) => c === "MAX_COST_EXCEEDED" || c === "MAX_DEPTH_EXCEEDED")) break attempts;
        }
      }
      if (!answer) {
        responses[label] = "skipped: an argument the walk cannot fill";
        continue;
      }
      const errors = (answer.errors ?? []).map((e) => `${String(e.extensions?.code)}:${(e.path ?? []).join(".")}`);
      responses[label] = { data: answer.data ?? null, errors };
      leaves += countLeaves(answer.data ?? null);
    }
  }
  for (const path of ["ocds.json", "360giving.json", "awards.csv", "spend.csv", "rounds.csv", "spending.csv"]) {
    for (const query of ["", `?council=${fill.councilSlug}`, "?groupBy=round"]) {
      const res = await fetch(`${base}/exports/${path}${query}`);
      // Export envelopes carry their generation time: compare the content without it.
      responses[`exports/${path}${query}`] =
        `${res.status} ${(await res.text()).replace(/"(publishedDate|date|issued|generatedAt)":\s*"[^"]*"/g, '"$1":"…"')}`;
    }
  }
  return { responses, leaves };
}

describe("results embargo while voting is open", () => {
  it("no public GraphQL field, export or cached answer changes with how residents voted", async () => {
    const council = await db.dataSource.getRepository(Council).save(
      Object.assign(new Council(), {
        slug: "embargo",
        name: "Embargo Council",
        onsCode: null,
        region: null,
        orgIdentifier: null,
      }),
    );
    const officer = { kind: "officer" as const, userKey: 1, councilKey: council.key };
    const round = await db.dataSource.getRepository(Round).save(
      Object.assign(new Round(), {
        slug: "embargo-pb",
        councilKey: council.key,
        areaKey: null,
        title: "Embargo PB",
        description: "",
        kind: "participatory_budgeting",
        phase: "deciding",
        theme: "parks",
        targetGroup: null,
        potMinor: 20_000,
        currency: "GBP",
        compensationCurrency: null,
        ballotType: "approval",
        decisionMethod: "voting",
        allocationRule: "greedy",
        allocationParams: { ballot: { mixBatch: 2 } },
        year: 2025,
        opensOn: null,
        closesOn: null,
        panelSize: null,
        lotterySeed: null,
        ballotsChangeable: true,
        dataSource: null,
      }),
    );
    const bids = await db.dataSource.getRepository(Bid).save(
      ["P1", "P2", "P3", "P4"].map((id, i) =>
        Object.assign(new Bid(), {
          roundKey: round.key,
          providerKey: null,
          externalId: id,
          title: `Project ${id}`,
          summary: "",
          category: i % 2 ? "play" : "green",
          amountRequestedMinor: 9_000 + i * 500,
          currency: "GBP",
          status: "submitted",
          extra: null,
        }),
      ),
    );
    const roundId = toGlobalId("Round", round.key);
    const bidIds = bids.map((b) => toGlobalId("Bid", b.key));
    const tokens = (
      (
        await client.data<Data>(
          `mutation($input: VoterTokensIssueInput!) { voterTokensIssue(input: $input) { tokens } }`,
          { input: { round: roundId, count: 6 } },
          officer,
        )
      ).voterTokensIssue as Data
    ).tokens as string[];
    const CAST = `mutation($input: BallotCastInput!) { ballotCast(input: $input) { receipt userErrors { code } } }`;
    // First: everyone approves P1, half also P2.
    const receipts: string[] = [];
    for (const [i, voterToken] of tokens.entries()) {
      const r = (
        await gql(CAST, {
          input: { round: roundId, voterToken, choices: [0, ...(i % 2 ? [1] : [])].map((b) => ({ bid: bidIds[b] })) },
        })
      ).data!.ballotCast as Data;
      expect(r.userErrors).toEqual([]);
      receipts.push(r.receipt as string);
    }
    const schema = buildClientSchema((await gql(getIntrospectionQuery())).data as unknown as IntrospectionQuery);
    const fill: Fill = { roundId, roundSlug: round.slug, councilSlug: council.slug, bidIds, receipt: receipts[0]! };
    const choicesNow = async () =>
      (await db.dataSource.getRepository(BallotChoice).find({ relations: { ballot: true } }))
        .filter((c) => c.ballot!.roundKey === round.key)
        .map((c) => bids.findIndex((b) => b.key === c.bidKey))
        .sort();
    expect(await db.dataSource.getRepository(BallotPending).countBy({ roundKey: round.key })).toBe(0);
    expect(await choicesNow()).toEqual([0, 0, 0, 0, 0, 0, 1, 1, 1]);
    const before = await walk(schema, fill);

    // Then: everyone changes to P3 and P4 only — same turnout, entirely different votes.
    for (const [i, voterToken] of tokens.entries()) {
      const r = (
        await gql(CAST, {
          input: { round: roundId, voterToken, receipt: receipts[i], choices: [2, 3].map((b) => ({ bid: bidIds[b] })) },
        })
      ).data!.ballotCast as Data;
      expect(r.userErrors).toEqual([]);
    }
    expect(await db.dataSource.getRepository(BallotPending).countBy({ roundKey: round.key })).toBe(0);
    expect(await db.dataSource.getRepository(Ballot).countBy({ roundKey: round.key })).toBe(6);
    expect(await choicesNow()).toEqual([2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3]);
    const after = await walk(schema, fill);

    const walked = Object.entries(before.responses).filter(
      ([, v]) => typeof v !== "string" || !v.startsWith("skipped"),
    );
    console.log(
      `[embargo ${db.kind}] ${walked.length} public surfaces read (${Object.keys(before.responses).length - walked.length} skipped), ${before.leaves} GraphQL leaf values`,
    );
    if (process.env.EMBARGO_DEBUG)
      for (const [name, v] of Object.entries(before.responses)) console.log(name, JSON.stringify(v).slice(0, 300));
    // The walk reaches the round: its title and turnout are in what it read.
    expect(JSON.stringify(before.responses)).toContain("Embargo PB");
    expect(before.leaves).toBeGreaterThan(200);
    for (const name of Object.keys(before.responses))
      expect({ name, value: after.responses[name] }).toEqual({ name, value: before.responses[name] });

    // Control: once the decision is taken the results are public, and the same walk sees them.
    const decided = (
      await client.data<Data>(
        `mutation($input: DecisionTakeInput!) { decisionTake(input: $input) { userErrors { code } } }`,
        { input: { round: roundId } },
        officer,
      )
    ).decisionTake as Data;
    expect(decided.userErrors).toEqual([]);
    const closed = await walk(schema, fill);
    const changed = Object.keys(before.responses).filter(
      (name) => JSON.stringify(closed.responses[name]) !== JSON.stringify(after.responses[name]),
    );
    console.log(`[embargo ${db.kind}] after the decision, ${changed.length} surfaces changed: ${changed.join(", ")}`);
    expect(changed.length).toBeGreaterThan(0);
  }, 400_000);
});
