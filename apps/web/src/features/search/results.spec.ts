import { describe, expect, it } from "vitest";
import { corrections, toResultItem } from "./results";

describe("search results", () => {
  it("gives Welsh readers a round's Welsh title, and its English one, marked, when it has none", () => {
    const round = {
      __typename: "Round" as const,
      id: "R1",
      slug: "lambeth-2023",
      title: "Young offenders",
      textLang: "en",
      translations: [{ lang: "cy", title: "Troseddwyr ifanc" }],
      year: 2023,
      council: { name: "Lambeth" },
    };
    expect(toResultItem("ROUND", round, "cy")).toMatchObject({ title: "Troseddwyr ifanc", titleLang: undefined });
    expect(toResultItem("ROUND", round, "en")).toMatchObject({ title: "Young offenders", titleLang: undefined });
    expect(toResultItem("ROUND", { ...round, translations: [] }, "cy")).toMatchObject({
      title: "Young offenders",
      titleLang: "en",
    });
    const bid = {
      __typename: "Bid" as const,
      id: "B1",
      title: "Mentors",
      round: { ...round, council: { name: "Lambeth" } },
      provider: null,
    };
    expect(toResultItem("BID", bid, "cy").context).toBe("Troseddwyr ifanc · Lambeth");
  });

  it('marks a Polish project\'s title as Polish (lang="pl") on an English or Welsh page, not on a Polish one', () => {
    const pbProject = {
      __typename: "Bid" as const,
      id: "B2",
      title: "Zielone podwórko",
      round: {
        slug: "warszawa",
        title: "Budżet obywatelski",
        textLang: "pl",
        projectLang: "pl",
        council: { name: "Warszawa" },
      },
      provider: null,
    };
    expect(toResultItem("PB_PROJECT", pbProject, "en").titleLang).toBe("pl");
    expect(toResultItem("PB_PROJECT", pbProject, "cy").titleLang).toBe("pl");
    expect(toResultItem("PB_PROJECT", pbProject, "pl").titleLang).toBeUndefined();
    // a commissioning bid in an English round needs no mark on an English page
    const bid = { ...pbProject, round: { ...pbProject.round, textLang: "en", projectLang: "en" } };
    expect(toResultItem("BID", bid, "en").titleLang).toBeUndefined();
  });

  it("links each kind of result to its page, with its context", () => {
    expect(
      toResultItem("ROUND", {
        __typename: "Round",
        id: "R1",
        slug: "lambeth-2023",
        title: "Young offenders",
        year: 2023,
        council: { name: "Lambeth" },
      }),
    ).toMatchObject({ href: "/rounds/lambeth-2023", context: "Lambeth · 2023", kindLabel: "search.kind.round" });
    expect(
      toResultItem("PB_PROJECT", {
        __typename: "Bid",
        id: "B1",
        title: "Trees",
        round: { slug: "wieliczka", title: "Green Million", council: { name: "Wieliczka" } },
        provider: null,
      }),
    ).toMatchObject({
      href: "/rounds/wieliczka#bids",
      context: "Green Million · Wieliczka",
      kindLabel: "search.kind.pb_project",
    });
    expect(
      toResultItem("PROVIDER", {
        __typename: "Provider",
        id: "UHJvdmlkZXI6Mw",
        name: "South London Mentoring Trust",
        kind: "charity",
        identifierScheme: "GB-CHC",
        identifier: "1234567",
      }),
    ).toMatchObject({ href: "/providers/UHJvdmlkZXI6Mw", context: "GB-CHC-1234567" });
    expect(
      toResultItem("COUNCIL", { __typename: "Council", id: "C1", slug: "lambeth", name: "Lambeth", region: null }),
    ).toMatchObject({ href: "/councils/lambeth", context: "" });
  });

  it("lists only the corrected words", () => {
    expect(
      corrections([
        { typed: "young", matched: ["young"], corrected: false },
        { typed: "ofenders", matched: ["offenders", "offend"], corrected: true },
      ]),
    ).toEqual([{ typed: "ofenders", matched: "offenders / offend" }]);
  });
});
