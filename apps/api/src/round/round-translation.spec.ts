import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../test/database.js";
import { TestClient } from "../test/graphql.js";
import type { Viewer } from "../auth/actor.js";
import { Council } from "../council/council.entity.js";
import { UserAccount } from "../auth/user.entity.js";
import { AuditLogEntry } from "../audit/audit-log.entity.js";
import { Round } from "./round.entity.js";

const SET = `mutation($input: RoundTranslationSetInput!) {
  roundTranslationSet(input: $input) {
    round { id title translations { lang title description targetGroup } }
    userErrors { code field message }
  }
}`;
const READ = `query($slug: String!, $lang: String!) {
  round(slug: $slug) {
    title textLang projectLang
    titleIn(lang: $lang) { text lang }
    descriptionIn(lang: $lang) { text lang }
    translations { lang title description targetGroup }
  }
}`;

interface SetPayload {
  roundTranslationSet: {
    round: { id: string; title: string; translations: Translation[] } | null;
    userErrors: { code: string; field: string[] | null; message: string }[];
  };
}
interface Translation {
  lang: string;
  title: string | null;
  description: string | null;
  targetGroup: string | null;
}
interface ReadPayload {
  round: {
    title: string;
    textLang: string;
    projectLang: string;
    titleIn: { text: string; lang: string };
    descriptionIn: { text: string; lang: string };
    translations: Translation[];
  };
}

async function officerOf(db: TestDatabase, slug: string): Promise<Viewer> {
  const council = await db.dataSource.getRepository(Council).findOneByOrFail({ slug });
  const user = await db.dataSource.getRepository(UserAccount).findOneByOrFail({ councilKey: council.key });
  return { kind: "officer", userKey: user.key, councilKey: council.key };
}

const SLUG = "lambeth-2023-young-offenders-service";
const WELSH_TITLE = "Gwasanaeth troseddwyr ifanc Lambeth";

describe("roundTranslationSet and titleIn: a round's words in Welsh, the original when not translated", () => {
  let db: TestDatabase;
  let client: TestClient;
  let officer: Viewer;
  let intruder: Viewer;
  let round: Round;
  let roundId: string;
  beforeAll(async () => {
    db = await openTestDatabase({ seed: true });
    client = await TestClient.create(db.dataSource);
    round = await db.dataSource.getRepository(Round).findOneByOrFail({ slug: SLUG });
    roundId = round.id;
    const council = await db.dataSource.getRepository(Council).findOneByOrFail({ key: round.councilKey });
    officer = await officerOf(db, council.slug);
    intruder = await officerOf(db, council.slug === "hackney" ? "lambeth" : "hackney");
  });
  afterAll(async () => {
    await client.stop();
    await db.close();
  });

  const audits = () =>
    db.dataSource
      .getRepository(AuditLogEntry)
      .find({ where: { action: "roundTranslationSet" }, order: { key: "ASC" } });
  const read = (lang: string, slug = SLUG) => client.data<ReadPayload>(READ, { slug, lang });

  it("falls back to the original, in English, before any translation", async () => {
    const { round: r } = await read("cy");
    expect(r.titleIn).toEqual({ text: round.title, lang: "en" });
    expect(r.descriptionIn).toEqual({ text: round.description, lang: "en" });
    expect(r.translations).toEqual([]);
    expect([r.textLang, r.projectLang]).toEqual(["en", "en"]);
  });

  it("sets a Welsh title, reads it back in cy (the English reader still sees the original), and audits it", async () => {
    const { roundTranslationSet } = await client.data<SetPayload>(
      SET,
      { input: { round: roundId, lang: "cy", title: `  ${WELSH_TITLE} ` } },
      officer,
    );
    expect(roundTranslationSet.userErrors).toEqual([]);
    expect(roundTranslationSet.round?.translations).toEqual([
      { lang: "cy", title: WELSH_TITLE, description: null, targetGroup: null },
    ]);
    expect(roundTranslationSet.round?.title).toBe(round.title);

    const cy = await read("cy");
    expect(cy.round.titleIn).toEqual({ text: WELSH_TITLE, lang: "cy" });
    // the description has no Welsh translation: the original, marked English
    expect(cy.round.descriptionIn).toEqual({ text: round.description, lang: "en" });
    const en = await read("en");
    expect(en.round.titleIn).toEqual({ text: round.title, lang: "en" });

    const [entry, ...more] = await audits();
    expect(more).toEqual([]);
    expect(entry!.actor).toBe(`user:${officer.userKey}`);
    expect(entry!.roundKey).toBe(round.key);
    expect(entry!.before).toEqual({ lang: "cy", title: "" });
    expect(entry!.after).toEqual({ lang: "cy", title: WELSH_TITLE });
  });

  it("leaves fields not given, writes nothing when nothing changes, and removes with an empty string", async () => {
    await client.data<SetPayload>(
      SET,
      { input: { round: roundId, lang: "cy", description: "Disgrifiad yn Gymraeg" } },
      officer,
    );
    const same = await client.data<SetPayload>(
      SET,
      { input: { round: roundId, lang: "cy", title: WELSH_TITLE } },
      officer,
    );
    expect(same.roundTranslationSet.userErrors).toEqual([]);
    expect(await audits()).toHaveLength(2);

    const { roundTranslationSet } = await client.data<SetPayload>(
      SET,
      { input: { round: roundId, lang: "cy", description: "" } },
      officer,
    );
    expect(roundTranslationSet.round?.translations).toEqual([
      { lang: "cy", title: WELSH_TITLE, description: null, targetGroup: null },
    ]);
    const log = await audits();
    expect(log).toHaveLength(3);
    expect(log[2]!.before).toEqual({ lang: "cy", description: "Disgrifiad yn Gymraeg" });
    expect(log[2]!.after).toEqual({ lang: "cy", description: "" });
    expect((await read("cy")).round.descriptionIn.lang).toBe("en");
  });

  it("refuses an unknown language and over-long text with coded errors on their fields, writing nothing", async () => {
    const before = await db.dataSource.getRepository(Round).findOneByOrFail({ key: round.key });
    const bad = await client.data<SetPayload>(
      SET,
      { input: { round: roundId, lang: "fr", title: "Service des jeunes" } },
      officer,
    );
    expect(bad.roundTranslationSet.round).toBeNull();
    expect(bad.roundTranslationSet.userErrors.map((e) => [e.code, e.field])).toEqual([["INVALID", ["input", "lang"]]]);
    const long = await client.data<SetPayload>(
      SET,
      { input: { round: roundId, lang: "cy", title: "x".repeat(201), targetGroup: "Pobl ifanc" } },
      officer,
    );
    expect(long.roundTranslationSet.userErrors.map((e) => [e.code, e.field])).toEqual([
      ["TOO_LONG", ["input", "title"]],
    ]);
    const after = await db.dataSource.getRepository(Round).findOneByOrFail({ key: round.key });
    expect(after.translations).toEqual(before.translations);
    expect(await audits()).toHaveLength(3);
  });

  it("refuses another council's officer and the public, writing nothing", async () => {
    const foreign = await client.run(SET, { input: { round: roundId, lang: "cy", title: "Tresmaswr" } }, intruder);
    expect(foreign.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const anonymous = await client.run(SET, { input: { round: roundId, lang: "cy", title: "Tresmaswr" } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await read("cy")).round.titleIn.text).toBe(WELSH_TITLE);
    expect(await audits()).toHaveLength(3);
  });

  it("says a Pabulib round's projects are in Polish, while its own (English) title falls back as English", async () => {
    const { round: r } = await read("cy", "warszawa-2019-stara-ochota");
    expect(r.projectLang).toBe("pl");
    expect(r.textLang).toBe("en");
    expect(r.titleIn).toEqual({ text: "Stara Ochota: participatory budget 2019", lang: "en" });
  });
});
