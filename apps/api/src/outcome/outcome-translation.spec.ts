import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../test/database.js";
import { TestClient } from "../test/graphql.js";
import type { Viewer } from "../auth/actor.js";
import { Council } from "../council/council.entity.js";
import { UserAccount } from "../auth/user.entity.js";
import { AuditLogEntry } from "../audit/audit-log.entity.js";
import { toGlobalId } from "../graphql/node-id.js";
import { Round } from "../round/round.entity.js";
import { Outcome } from "./outcome.entity.js";
import { Indicator } from "./indicator.entity.js";

const SET = `mutation($input: OutcomeTranslationSetInput!) {
  outcomeTranslationSet(input: $input) {
    outcome { id title translations { lang title description } indicators { id translations { lang name } } }
    userErrors { code field message }
  }
}`;
const READ = `query($slug: String!, $lang: String!) {
  round(slug: $slug) {
    outcomes {
      id title textLang
      titleIn(lang: $lang) { text lang }
      descriptionIn(lang: $lang) { text lang }
      translations { lang title description }
      indicators { id name nameIn(lang: $lang) { text lang } translations { lang name } }
    }
  }
}`;

interface OutcomeRead {
  id: string;
  title: string;
  textLang: string;
  titleIn: { text: string; lang: string };
  descriptionIn: { text: string; lang: string };
  translations: { lang: string; title: string | null; description: string | null }[];
  indicators: {
    id: string;
    name: string;
    nameIn: { text: string; lang: string };
    translations: { lang: string; name: string | null }[];
  }[];
}
interface SetPayload {
  outcomeTranslationSet: {
    outcome: {
      id: string;
      title: string;
      translations: OutcomeRead["translations"];
      indicators: { id: string; translations: { lang: string; name: string | null }[] }[];
    } | null;
    userErrors: { code: string; field: string[] | null; message: string }[];
  };
}

async function officerOf(db: TestDatabase, slug: string): Promise<Viewer> {
  const council = await db.dataSource.getRepository(Council).findOneByOrFail({ slug });
  const user = await db.dataSource.getRepository(UserAccount).findOneByOrFail({ councilKey: council.key });
  return { kind: "officer", userKey: user.key, councilKey: council.key };
}

const SLUG = "lambeth-2023-young-offenders-service";
const WELSH_TITLE = "Llai o bobl ifanc yn aildroseddu";
const WELSH_INDICATOR = "Cyfradd aildroseddu";

describe("outcomeTranslationSet and titleIn: an outcome's words in Welsh, the original when not translated", () => {
  let db: TestDatabase;
  let client: TestClient;
  let officer: Viewer;
  let intruder: Viewer;
  let outcome: Outcome;
  let indicator: Indicator;
  let other: Indicator;
  beforeAll(async () => {
    db = await openTestDatabase({ seed: true });
    client = await TestClient.create(db.dataSource);
    const round = await db.dataSource.getRepository(Round).findOneByOrFail({ slug: SLUG });
    const outcomes = await db.dataSource
      .getRepository(Outcome)
      .find({ where: { roundKey: round.key }, order: { position: "ASC", key: "ASC" } });
    const indicators = await db.dataSource.getRepository(Indicator).find({ order: { key: "ASC" } });
    // the first outcome that has an indicator, and an indicator of some other outcome
    outcome = outcomes.find((o) => indicators.some((i) => i.outcomeKey === o.key))!;
    indicator = indicators.find((i) => i.outcomeKey === outcome.key)!;
    other = indicators.find((i) => i.outcomeKey !== outcome.key)!;
    expect([outcome, indicator, other].every(Boolean)).toBe(true);
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
      .find({ where: { action: "outcomeTranslationSet" }, order: { key: "ASC" } });
  const read = async (lang: string): Promise<OutcomeRead> => {
    const data = await client.data<{ round: { outcomes: OutcomeRead[] } }>(READ, { slug: SLUG, lang });
    return data.round.outcomes.find((o) => o.id === toGlobalId("Outcome", outcome.key))!;
  };
  const indicatorOf = (o: OutcomeRead) => o.indicators.find((i) => i.id === toGlobalId("Indicator", indicator.key))!;
  const set = (input: Record<string, unknown>, viewer: Viewer = officer) =>
    client.data<SetPayload>(SET, { input: { outcome: toGlobalId("Outcome", outcome.key), ...input } }, viewer);

  it("falls back to the original, in English, before any translation", async () => {
    const o = await read("cy");
    expect(o.textLang).toBe("en");
    expect(o.titleIn).toEqual({ text: outcome.title, lang: "en" });
    expect(o.descriptionIn).toEqual({ text: outcome.description, lang: "en" });
    expect(o.translations).toEqual([]);
    expect(indicatorOf(o).nameIn).toEqual({ text: indicator.name, lang: "en" });
  });

  it("sets a Welsh title and indicator name, reads them in cy (English readers see the original), and audits once", async () => {
    const { outcomeTranslationSet } = await set({
      lang: "cy",
      title: `  ${WELSH_TITLE} `,
      indicators: [{ indicator: toGlobalId("Indicator", indicator.key), name: WELSH_INDICATOR }],
    });
    expect(outcomeTranslationSet.userErrors).toEqual([]);
    expect(outcomeTranslationSet.outcome?.translations).toEqual([
      { lang: "cy", title: WELSH_TITLE, description: null },
    ]);
    expect(outcomeTranslationSet.outcome?.title).toBe(outcome.title);

    const cy = await read("cy");
    expect(cy.titleIn).toEqual({ text: WELSH_TITLE, lang: "cy" });
    expect(cy.descriptionIn).toEqual({ text: outcome.description, lang: "en" });
    expect(indicatorOf(cy).nameIn).toEqual({ text: WELSH_INDICATOR, lang: "cy" });
    expect(indicatorOf(cy).translations).toEqual([{ lang: "cy", name: WELSH_INDICATOR }]);
    const en = await read("en");
    expect(en.titleIn).toEqual({ text: outcome.title, lang: "en" });
    expect(indicatorOf(en).nameIn).toEqual({ text: indicator.name, lang: "en" });

    const [entry, ...more] = await audits();
    expect(more).toEqual([]);
    expect(entry!.actor).toBe(`user:${officer.userKey}`);
    expect(entry!.roundKey).toBe(outcome.roundKey);
    expect(entry!.entityType).toBe("Outcome");
    expect(entry!.before).toEqual({ lang: "cy", title: "", indicators: { [String(indicator.key)]: "" } });
    expect(entry!.after).toEqual({
      lang: "cy",
      title: WELSH_TITLE,
      indicators: { [String(indicator.key)]: WELSH_INDICATOR },
    });
  });

  it("leaves fields not given, writes nothing when nothing changes, and removes with an empty string", async () => {
    const same = await set({
      lang: "cy",
      title: WELSH_TITLE,
      indicators: [{ indicator: toGlobalId("Indicator", indicator.key), name: WELSH_INDICATOR }],
    });
    expect(same.outcomeTranslationSet.userErrors).toEqual([]);
    expect(await audits()).toHaveLength(1);

    await set({ lang: "cy", description: "Disgrifiad o'r canlyniad" });
    expect((await read("cy")).descriptionIn).toEqual({ text: "Disgrifiad o'r canlyniad", lang: "cy" });
    const removed = await set({
      lang: "cy",
      description: "",
      indicators: [{ indicator: toGlobalId("Indicator", indicator.key), name: "" }],
    });
    expect(removed.outcomeTranslationSet.outcome?.translations).toEqual([
      { lang: "cy", title: WELSH_TITLE, description: null },
    ]);
    const cy = await read("cy");
    expect(cy.descriptionIn.lang).toBe("en");
    expect(indicatorOf(cy).nameIn).toEqual({ text: indicator.name, lang: "en" });
    expect(indicatorOf(cy).translations).toEqual([]);
    const log = await audits();
    expect(log).toHaveLength(3);
    expect(log[2]!.before).toEqual({
      lang: "cy",
      description: "Disgrifiad o'r canlyniad",
      indicators: { [String(indicator.key)]: WELSH_INDICATOR },
    });
    expect(log[2]!.after).toEqual({ lang: "cy", description: "", indicators: { [String(indicator.key)]: "" } });
  });

  it("refuses an unknown language, over-long text and another outcome's indicator, writing nothing", async () => {
    const before = await db.dataSource.getRepository(Outcome).findOneByOrFail({ key: outcome.key });
    const bad = await set({ lang: "fr", title: "Moins de récidive" });
    expect(bad.outcomeTranslationSet.outcome).toBeNull();
    expect(bad.outcomeTranslationSet.userErrors.map((e) => [e.code, e.field])).toEqual([
      ["INVALID", ["input", "lang"]],
    ]);
    const long = await set({
      lang: "cy",
      title: "x".repeat(201),
      indicators: [{ indicator: toGlobalId("Indicator", indicator.key), name: "y".repeat(201) }],
    });
    expect(long.outcomeTranslationSet.userErrors.map((e) => [e.code, e.field])).toEqual([
      ["TOO_LONG", ["input", "title"]],
      ["TOO_LONG", ["input", "indicators", "0", "name"]],
    ]);
    const foreign = await set({
      lang: "cy",
      title: "Teitl newydd",
      indicators: [{ indicator: toGlobalId("Indicator", other.key), name: "Dangosydd arall" }],
    });
    expect(foreign.outcomeTranslationSet.userErrors.map((e) => [e.code, e.field])).toEqual([
      ["INVALID", ["input", "indicators", "0", "indicator"]],
    ]);
    const after = await db.dataSource.getRepository(Outcome).findOneByOrFail({ key: outcome.key });
    expect(after.translations).toEqual(before.translations);
    const untouched = await db.dataSource.getRepository(Indicator).findOneByOrFail({ key: other.key });
    expect(untouched.translations).toBeNull();
    expect(await audits()).toHaveLength(3);
  });

  it("refuses another council's officer and the public, writing nothing", async () => {
    const input = { outcome: toGlobalId("Outcome", outcome.key), lang: "cy", title: "Tresmaswr" };
    const foreign = await client.run(SET, { input }, intruder);
    expect(foreign.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const anonymous = await client.run(SET, { input });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await read("cy")).titleIn.text).toBe(WELSH_TITLE);
    expect(await audits()).toHaveLength(3);
  });
});
