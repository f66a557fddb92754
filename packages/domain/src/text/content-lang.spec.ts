import { describe, expect, it } from "vitest";
import { languageTag, localizedText, pabulibContentLang, withTranslation } from "./content-lang.js";

describe("localizedText", () => {
  const tr = { cy: { title: "Cronfa lleisiau ifanc", description: "  " } };
  it("gives the translation into the reader's language when there is one", () => {
    expect(localizedText("Youth voice fund", "en", tr, "title", "cy")).toEqual({
      text: "Cronfa lleisiau ifanc",
      lang: "cy",
    });
  });
  it("falls back to the original, in its own language, when the translation is missing or blank", () => {
    expect(localizedText("What it is for", "en", tr, "description", "cy")).toEqual({
      text: "What it is for",
      lang: "en",
    });
    expect(localizedText("Who", "en", tr, "targetGroup", "cy")).toEqual({ text: "Who", lang: "en" });
    expect(localizedText("Stara Ochota", "pl", null, "title", "en")).toEqual({ text: "Stara Ochota", lang: "pl" });
    expect(localizedText("Youth voice fund", "en", tr, "title", "xx")).toEqual({
      text: "Youth voice fund",
      lang: "en",
    });
  });
});

describe("withTranslation", () => {
  it("sets, trims, leaves fields not given, and removes with an empty string", () => {
    const a = withTranslation(null, "cy", { title: " Cronfa " });
    expect(a).toEqual({
      translations: { cy: { title: "Cronfa" } },
      changed: [{ field: "title", before: "", after: "Cronfa" }],
    });
    const b = withTranslation(a.translations, "cy", { description: "Disgrifiad" });
    expect(b.translations).toEqual({ cy: { title: "Cronfa", description: "Disgrifiad" } });
    const c = withTranslation(b.translations, "cy", { title: "Cronfa", description: "" });
    expect(c.changed).toEqual([{ field: "description", before: "Disgrifiad", after: "" }]);
    expect(c.translations).toEqual({ cy: { title: "Cronfa" } });
    expect(withTranslation(c.translations, "cy", { title: "" }).translations).toBeNull();
  });
  it("translates an outcome's or an indicator's own fields, ignoring any other", () => {
    const { translations, changed } = withTranslation(
      null,
      "cy",
      { title: "Llai o aildroseddu", description: "", targetGroup: "x" } as Record<string, string>,
      ["title", "description"],
    );
    expect(translations).toEqual({ cy: { title: "Llai o aildroseddu" } });
    expect(changed).toEqual([{ field: "title", before: "", after: "Llai o aildroseddu" }]);
    const named = withTranslation(null, "cy", { name: "Pobl ifanc mewn gwaith" }, ["name"]);
    expect(localizedText("Young people in work", "en", named.translations, "name", "cy")).toEqual({
      text: "Pobl ifanc mewn gwaith",
      lang: "cy",
    });
    expect(localizedText("Young people in work", "en", named.translations, "name", "en")).toEqual({
      text: "Young people in work",
      lang: "en",
    });
  });
  it("does not touch another language's translations", () => {
    const before = { en: { title: "Green Million" }, cy: { title: "Miliwn Gwyrdd" } };
    const { translations } = withTranslation(before, "cy", { title: "" });
    expect(translations).toEqual({ en: { title: "Green Million" } });
    expect(before.cy.title).toBe("Miliwn Gwyrdd");
  });
});

describe("languages of Pabulib files", () => {
  it("reads the language as a code or a name, else the country's", () => {
    expect(languageTag("pl")).toBe("pl");
    expect(languageTag("Polish")).toBe("pl");
    expect(languageTag("pl-PL")).toBe("pl");
    expect(languageTag("klingonese")).toBeNull();
    expect(pabulibContentLang({ language: "polish", country: "Poland" })).toBe("pl");
    expect(pabulibContentLang({ country: "Poland" })).toBe("pl");
    expect(pabulibContentLang({ country: "Nowhere" })).toBeNull();
  });
});
