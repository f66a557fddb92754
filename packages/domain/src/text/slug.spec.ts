import { describe, expect, it } from "vitest";
import { slugify } from "./slug.js";

describe("slugify", () => {
  it("keeps ASCII letters and digits, joined by single dashes", () => {
    expect(slugify("Youth voice fund")).toBe("youth-voice-fund");
    expect(slugify("  A -- B  2025! ")).toBe("a-b-2025");
  });
  it("drops accents and letters with no ASCII base", () => {
    expect(slugify("Łódź zieleń")).toBe("odz-zielen");
    expect(slugify("Café Crème")).toBe("cafe-creme");
  });
  it("is at most 100 characters and never ends in a dash", () => {
    const slug = slugify(`${"a".repeat(99)} b`);
    expect(slug).toBe("a".repeat(99));
    expect(slugify("x".repeat(150))).toHaveLength(100);
  });
  it("falls back when nothing is left", () => {
    expect(slugify("!!!", "provider")).toBe("provider");
    expect(slugify("ł")).toBe("item");
  });
});
