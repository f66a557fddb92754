import { describe, expect, it } from "vitest";
import {
  buildOutcomeTranslation,
  buildTranslation,
  indicatorField,
  outcomeTranslationValues,
  translationValues,
} from "./translation";

describe("the Welsh title form", () => {
  it("starts from the round's Welsh translation, or empty", () => {
    expect(translationValues([{ lang: "cy", title: "Cronfa", description: null, targetGroup: "Pobl ifanc" }])).toEqual({
      title: "Cronfa",
      description: "",
      targetGroup: "Pobl ifanc",
    });
    expect(translationValues([{ lang: "en", title: "Fund" }])).toEqual({ title: "", description: "", targetGroup: "" });
    expect(translationValues([])).toEqual({ title: "", description: "", targetGroup: "" });
  });
  it("sends every field trimmed, in Welsh, so a cleared field removes its translation", () => {
    expect(
      buildTranslation("R1", { title: "  Cronfa lleisiau ifanc ", description: "", targetGroup: " Pobl ifanc 16–25 " }),
    ).toEqual({
      input: {
        round: "R1",
        lang: "cy",
        title: "Cronfa lleisiau ifanc",
        description: "",
        targetGroup: "Pobl ifanc 16–25",
      },
      errors: {},
    });
  });
  it("refuses a title or target group longer than 200 characters before sending", () => {
    const b = buildTranslation("R1", { title: "a".repeat(201), description: "", targetGroup: "b".repeat(201) });
    expect(b.input).toBeNull();
    expect(Object.keys(b.errors)).toEqual(["title", "targetGroup"]);
    expect(buildTranslation("R1", { title: "a".repeat(200), description: "", targetGroup: "" }).input).not.toBeNull();
  });
});

describe("the Welsh outcome form", () => {
  const outcome = {
    id: "O1",
    title: "Fewer young people reoffend",
    translations: [{ lang: "cy", title: "Llai o aildroseddu", description: null }],
    indicators: [
      { id: "I1", name: "Reoffending rate", translations: [{ lang: "cy", name: "Cyfradd aildroseddu" }] },
      { id: "I2", name: "Young people in work", translations: [] },
    ],
  };
  it("starts from the outcome's and its indicators' Welsh words, or empty", () => {
    expect(outcomeTranslationValues(outcome)).toEqual({
      title: "Llai o aildroseddu",
      description: "",
      indicators: { I1: "Cyfradd aildroseddu", I2: "" },
    });
  });
  it("sends the title, description and every indicator's name, trimmed", () => {
    expect(
      buildOutcomeTranslation(outcome, {
        title: " Llai o bobl ifanc yn aildroseddu ",
        description: "",
        indicators: { I1: " Cyfradd aildroseddu ", I2: "Pobl ifanc mewn gwaith" },
      }),
    ).toEqual({
      input: {
        outcome: "O1",
        lang: "cy",
        title: "Llai o bobl ifanc yn aildroseddu",
        description: "",
        indicators: [
          { indicator: "I1", name: "Cyfradd aildroseddu" },
          { indicator: "I2", name: "Pobl ifanc mewn gwaith" },
        ],
      },
      errors: {},
    });
  });
  it("refuses an over-long indicator name under that indicator's field", () => {
    const b = buildOutcomeTranslation(outcome, { title: "", description: "", indicators: { I2: "x".repeat(201) } });
    expect(b.input).toBeNull();
    expect(Object.keys(b.errors)).toEqual([indicatorField(1)]);
    expect(indicatorField(1)).toBe("indicator-1");
  });
});
