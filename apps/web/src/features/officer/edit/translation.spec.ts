import { describe, expect, it } from "vitest";
import { buildTranslation, translationValues } from "./translation";

describe("the Welsh title form", () => {
  it("starts from the round's Welsh translation, or empty", () => {
    expect(translationValues([{ lang: "cy", title: "Cronfa", description: null }])).toEqual({
      title: "Cronfa",
      description: "",
    });
    expect(translationValues([])).toEqual({ title: "", description: "" });
  });
  it("sends both fields trimmed, in Welsh, so a cleared field removes its translation", () => {
    expect(buildTranslation("R1", { title: "  Cronfa lleisiau ifanc ", description: "" })).toEqual({
      input: { round: "R1", lang: "cy", title: "Cronfa lleisiau ifanc", description: "" },
      errors: {},
    });
  });
  it("refuses a title longer than 200 characters before sending", () => {
    const b = buildTranslation("R1", { title: "a".repeat(201), description: "" });
    expect(b.input).toBeNull();
    expect(Object.keys(b.errors)).toEqual(["title"]);
  });
});
