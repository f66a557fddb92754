import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Repository } from "typeorm";
import { openTestDatabase, type TestDatabase } from "../test/database.js";
import { TestClient } from "../test/graphql.js";
import { Council } from "../council/council.entity.js";
import { Round } from "../round/round.entity.js";
import { Bid } from "../bid/bid.entity.js";
import { Provider } from "../provider/provider.entity.js";
import { UserAccount } from "../auth/user.entity.js";

interface Searched {
  search: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    terms: { typed: string; matched: string[]; corrected: boolean }[];
    edges: { cursor: string; kind: string; node: { __typename: string; slug?: string; title?: string } }[];
  };
}

/** "Kind:slug-or-title" of one result. */
const label = (e: Searched["search"]["edges"][number]) => `${e.kind.toLowerCase()}:${e.node.slug ?? e.node.title}`;

// Real SQLite (FTS5) or PostgreSQL (tsvector) per TEST_DATABASE_URL; the index is the migrations' triggers.
let db: TestDatabase;
let client: TestClient;
let rounds: Repository<Round>;
let providers: Repository<Provider>;
let bids: Repository<Bid>;
let youth: Round;
let pb: Round;

const SEARCH = `query($q: String!, $first: Int, $after: String, $kinds: [SearchResultKind!]) {
  search(query: $q, first: $first, after: $after, kinds: $kinds) {
    totalCount
    pageInfo { hasNextPage endCursor }
    terms { typed matched corrected }
    edges { cursor kind node {
      __typename
      ... on Round { slug }
      ... on Bid { title }
      ... on Provider { slug }
      ... on Council { slug }
    } }
  }
}`;

/** "Kind:slug-or-title" of every result, in order. */
async function find(q: string, extra: Record<string, unknown> = {}): Promise<string[]> {
  const data = await client.data<Searched>(SEARCH, { q, ...extra });
  return data.search.edges.map(label);
}

beforeAll(async () => {
  db = await openTestDatabase();
  client = await TestClient.create(db.dataSource);
  const m = db.dataSource.manager;
  rounds = m.getRepository(Round);
  providers = m.getRepository(Provider);
  bids = m.getRepository(Bid);
  const lambeth = await m.save(
    m.create(Council, { slug: "lambeth", name: "London Borough of Lambeth", region: "London" }),
  );
  const krakow = await m.save(m.create(Council, { slug: "krakow", name: "Kraków", region: "Małopolska" }));
  const round = (slug: string, title: string, councilKey: number, extra: Partial<Round> = {}) =>
    m.create(Round, {
      slug,
      title,
      councilKey,
      kind: "commissioning",
      phase: "awarded",
      theme: "youth",
      potMinor: 100_00,
      currency: "GBP",
      decisionMethod: "panel_scoring",
      year: 2023,
      description: "",
      ...extra,
    });
  youth = await rounds.save(
    round("lambeth-young-offenders", "A service for young offenders, chosen by young people", lambeth.key, {
      description: "Mentoring for young people leaving custody.",
    }),
  );
  await rounds.save(round("lambeth-parks", "Greener parks and playgrounds", lambeth.key, { theme: "environment" }));
  pb = await rounds.save(
    round("krakow-budget", "Budżet obywatelski Kraków", krakow.key, {
      kind: "participatory_budgeting",
      decisionMethod: "voting",
      theme: "greenery",
      currency: "PLN",
    }),
  );
  const mentoring = await providers.save(
    m.create(Provider, {
      slug: "south-london-mentoring-trust",
      name: "South London Mentoring Trust",
      kind: "charity",
      identifierScheme: "GB-CHC",
      identifier: "1234567",
    }),
  );
  await providers.save(m.create(Provider, { slug: "hundred-percent-youth", name: "100% Youth CIC", kind: "company" }));
  await providers.save(m.create(Provider, { slug: "one-hundred-youth", name: "100 Youth Club", kind: "company" }));
  await bids.save([
    m.create(Bid, {
      roundKey: youth.key,
      providerKey: mentoring.key,
      externalId: "1",
      title: "Mentors for young offenders",
      summary: "Weekly mentoring",
      amountRequestedMinor: 50_00,
      currency: "GBP",
    }),
    m.create(Bid, {
      roundKey: pb.key,
      externalId: "p1",
      title: "Zielony skwer code_club",
      summary: "Drzewa i ławki",
      category: "greenery",
      amountRequestedMinor: 10_00,
      currency: "PLN",
    }),
    m.create(Bid, {
      roundKey: pb.key,
      externalId: "p2",
      title: "Skwer codexclub",
      summary: "",
      amountRequestedMinor: 10_00,
      currency: "PLN",
    }),
  ]);
});

afterAll(async () => {
  await client?.stop();
  await db?.close();
});

describe(`search (${process.env.TEST_DATABASE_URL ? "postgres" : "sqlite"})`, () => {
  it("finds rounds, bids, PB projects, providers and councils by their words, as one typed union", async () => {
    expect(await find("young offenders")).toEqual(
      expect.arrayContaining(["round:lambeth-young-offenders", "bid:Mentors for young offenders"]),
    );
    expect((await find("young offenders")).length).toBe(2);
    expect(await find("mentoring trust")).toEqual(["provider:south-london-mentoring-trust"]);
    // the council by its name first, then its rounds (a round's words include its council's name)
    const lambeth = await find("lambeth borough");
    expect(lambeth[0]).toBe("council:lambeth");
    expect(lambeth.slice(1).sort()).toEqual(["round:lambeth-parks", "round:lambeth-young-offenders"]);
    expect(await find("skwer")).toEqual(
      expect.arrayContaining(["pb_project:Zielony skwer code_club", "pb_project:Skwer codexclub"]),
    );
    // by the charity number too
    expect(await find("1234567")).toEqual(["provider:south-london-mentoring-trust"]);
    const typed = await client.data<Searched>(SEARCH, { q: "mentoring trust" });
    expect(typed.search.edges[0]?.node.__typename).toBe("Provider");
  });

  it("matches the start of a word, folds accents, and ranks title matches first", async () => {
    expect(await find("offend")).toContain("round:lambeth-young-offenders");
    expect(await find("krakow")).toEqual(expect.arrayContaining(["council:krakow", "round:krakow-budget"]));
    expect(await find("BUDZET")).toEqual(["round:krakow-budget"]);
    // "mentoring" is in the provider's name and the bid's summary and the round's description:
    // the provider (title) comes before the round (body)
    const m = await find("mentoring");
    expect(m.indexOf("provider:south-london-mentoring-trust")).toBeLessThan(m.indexOf("round:lambeth-young-offenders"));
  });

  it("tolerates typing mistakes, and says what it corrected", async () => {
    expect(await find("yuong ofenders")).toEqual(
      expect.arrayContaining(["round:lambeth-young-offenders", "bid:Mentors for young offenders"]),
    );
    const data = await client.data<Searched>(SEARCH, { q: "mentorign" });
    expect(data.search.terms).toEqual([{ typed: "mentorign", matched: ["mentoring"], corrected: true }]);
    expect(data.search.totalCount).toBe(3); // the provider, the round's description, the bid's summary
    expect(await find("zzzzqqq")).toEqual([]);
  });

  it("reads % and _ literally, never as wildcards", async () => {
    expect(await find("100%")).toEqual(["provider:hundred-percent-youth"]);
    expect(await find("%")).toEqual(["provider:hundred-percent-youth"]);
    expect(await find("code_club")).toEqual(["pb_project:Zielony skwer code_club"]);
    expect(await find("_")).toEqual(["pb_project:Zielony skwer code_club"]);
  });

  it("keeps the index current when the data changes, and never finds withdrawn rounds or their bids", async () => {
    await rounds.update({ key: youth.key }, { title: "Youth justice mentoring service" });
    expect(await find("chosen")).toEqual([]);
    expect(await find("justice")).toEqual(["round:lambeth-young-offenders"]);
    const added = await providers.save(
      providers.create({ slug: "brixton-drumming", name: "Brixton Drumming Circle", kind: "community_group" }),
    );
    expect(await find("drumming")).toEqual(["provider:brixton-drumming"]);
    await providers.delete({ key: added.key });
    expect(await find("drumming")).toEqual([]);
    await rounds.update({ key: youth.key }, { withdrawnAt: new Date(), withdrawnReason: "test" });
    expect(await find("justice")).toEqual([]);
    expect(await find("mentors")).toEqual([]);
    await rounds.update({ key: youth.key }, { withdrawnAt: null, withdrawnReason: null });
    expect(await find("mentors")).toEqual(["bid:Mentors for young offenders"]);
  });

  it("finds a round by its Welsh title, description and target group, kept current as the translation changes", async () => {
    // words that appear only in the translations, never in any original
    expect(await find("troseddwyr")).toEqual([]);
    expect(await find("gwirfoddolwyr")).toEqual([]);
    const set = `mutation($input: RoundTranslationSetInput!) { roundTranslationSet(input: $input) { userErrors { code } } }`;
    const council = await db.dataSource.getRepository(Council).findOneByOrFail({ key: youth.councilKey });
    const officer = await db.dataSource.manager.save(
      db.dataSource.manager.create(UserAccount, {
        email: "officer@lambeth.example",
        displayName: "Lambeth officer",
        passwordHash: "not-a-login",
        role: "officer",
        councilKey: council.key,
      }),
    );
    const viewer = { kind: "officer" as const, userKey: officer.key, councilKey: council.key };
    const translate = async (input: Record<string, string>) => {
      const data = await client.data<{ roundTranslationSet: { userErrors: unknown[] } }>(
        set,
        { input: { round: youth.id, lang: "cy", ...input } },
        viewer,
      );
      expect(data.roundTranslationSet.userErrors).toEqual([]);
    };
    await translate({
      title: "Gwasanaeth i droseddwyr ifanc",
      description: "Mentora gan wirfoddolwyr",
      targetGroup: "Pobl ifanc yn gadael y ddalfa",
    });
    expect(await find("droseddwyr")).toEqual(["round:lambeth-young-offenders"]);
    expect(await find("wirfoddolwyr")).toEqual(["round:lambeth-young-offenders"]);
    expect(await find("ddalfa")).toEqual(["round:lambeth-young-offenders"]);
    // typo-tolerant over the Welsh words too
    expect(await find("droseddwry")).toEqual(["round:lambeth-young-offenders"]);
    // the original still finds it
    expect(await find("mentoring custody")).toEqual(["round:lambeth-young-offenders"]);
    // removing a translation removes its words from the index
    await translate({ title: "", description: "", targetGroup: "" });
    expect(await find("droseddwyr")).toEqual([]);
    expect(await find("ddalfa")).toEqual([]);
  });

  it("pages with cursors through every result exactly once, and filters by kind", async () => {
    const all = await find("youth");
    expect(all.length).toBe(3); // the round (theme and title) and the two youth providers
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const data = await client.data<Searched>(SEARCH, { q: "youth", first: 1, ...(after ? { after } : {}) });
      expect(data.search.totalCount).toBe(all.length);
      seen.push(...data.search.edges.map(label));
      if (!data.search.pageInfo.hasNextPage) break;
      after = data.search.pageInfo.endCursor ?? undefined;
    }
    expect(seen).toEqual(all);
    expect(await find("youth", { kinds: ["PROVIDER"] })).toEqual(
      expect.arrayContaining(["provider:hundred-percent-youth", "provider:one-hundred-youth"]),
    );
    expect((await find("youth", { kinds: ["PROVIDER"] })).every((r) => r.startsWith("provider:"))).toBe(true);
  });

  it("refuses an empty or overlong query and a forged cursor with coded errors", async () => {
    for (const variables of [
      { q: "   " },
      { q: "x".repeat(201) },
      { q: "youth", after: "bm9wZQ" },
      { q: "y", first: 51 },
    ]) {
      const result = await client.run(SEARCH, variables);
      expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    }
  });
});
