import { describe, expect, it } from "vitest";
import { langAttr, roundText } from "./contentLang";

describe("langAttr: mark content whose language is not the page's", () => {
  it("marks Polish on an English or Welsh page, and English on a Welsh page", () => {
    expect(langAttr("pl", "en")).toBe("pl");
    expect(langAttr("pl", "cy")).toBe("pl");
    expect(langAttr("en", "cy")).toBe("en");
  });
  it("leaves text in the page's language unmarked, whatever the region subtag", () => {
    expect(langAttr("en", "en")).toBeUndefined();
    expect(langAttr("cy", "cy-GB")).toBeUndefined();
    expect(langAttr("EN", "en-GB")).toBeUndefined();
    expect(langAttr(null, "cy")).toBeUndefined();
  });
});

describe("roundText: the reader's translation, else the original in its language", () => {
  const round = {
    title: "Youth voice fund",
    description: "Money young people decide on.",
    targetGroup: null,
    textLang: "en",
    translations: [{ lang: "cy", title: "Cronfa lleisiau ifanc", description: null, targetGroup: null }],
  };
  it("gives the Welsh title to a Welsh reader, unmarked", () => {
    expect(roundText(round, "title", "cy")).toEqual({ text: "Cronfa lleisiau ifanc", lang: "cy", attr: undefined });
  });
  it("falls back to the English description for a Welsh reader, marked English", () => {
    expect(roundText(round, "description", "cy")).toEqual({
      text: "Money young people decide on.",
      lang: "en",
      attr: "en",
    });
  });
  it("gives English readers the original, and a Polish original is marked Polish", () => {
    expect(roundText(round, "title", "en")).toEqual({ text: "Youth voice fund", lang: "en", attr: undefined });
    expect(roundText({ ...round, title: "Zielony Milion", textLang: "pl", translations: [] }, "title", "en")).toEqual({
      text: "Zielony Milion",
      lang: "pl",
      attr: "pl",
    });
  });
});
