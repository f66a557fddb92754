import { describe, expect, it } from "vitest";
import { indicatorName, langAttr, outcomeText, roundText } from "./contentLang";

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

describe("outcomeText and indicatorName: an outcome's words in the reader's language", () => {
  const outcome = {
    title: "Fewer young people reoffend",
    description: "Measured by the youth offending team.",
    textLang: "en",
    translations: [{ lang: "cy", title: "Llai o bobl ifanc yn aildroseddu", description: null }],
  };
  const indicator = { name: "Reoffending rate", translations: [{ lang: "cy", name: "Cyfradd aildroseddu" }] };
  it("gives a Welsh reader the Welsh title and indicator name, unmarked", () => {
    expect(outcomeText(outcome, "title", "cy")).toEqual({
      text: "Llai o bobl ifanc yn aildroseddu",
      lang: "cy",
      attr: undefined,
    });
    expect(indicatorName(indicator, "cy")).toEqual({ text: "Cyfradd aildroseddu", lang: "cy", attr: undefined });
  });
  it("falls back to the English original for what is not translated, marked English", () => {
    expect(outcomeText(outcome, "description", "cy")).toEqual({
      text: "Measured by the youth offending team.",
      lang: "en",
      attr: "en",
    });
    expect(indicatorName({ name: "Young people in work" }, "cy")).toEqual({
      text: "Young people in work",
      lang: "en",
      attr: "en",
    });
    expect(outcomeText({ title: "No translations asked for" }, "title", "cy").attr).toBe("en");
  });
  it("gives English readers the originals", () => {
    expect(outcomeText(outcome, "title", "en")).toEqual({
      text: "Fewer young people reoffend",
      lang: "en",
      attr: undefined,
    });
    expect(indicatorName(indicator, "en-GB").text).toBe("Reoffending rate");
  });
});
