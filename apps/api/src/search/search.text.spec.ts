import { describe, expect, it } from "vitest";
import {
  corrections,
  editDistance,
  fold,
  fts5Query,
  literalChunks,
  prefixDistance,
  tsQuery,
  words,
} from "./search.text.js";

describe("search words", () => {
  it("folds case and accents and splits on anything but letters and digits", () => {
    expect(fold("Kraków ŻÓŁW École")).toBe("krakow zołw ecole"); // ł has no decomposition: kept
    expect(words("Young  offenders, aged 16–21; young")).toEqual(["young", "offenders", "aged", "16", "21"]);
    expect(words("%_%")).toEqual([]);
  });

  it("keeps the chunks with % or _ to be matched literally", () => {
    expect(literalChunks("100% youth a_b")).toEqual(["100%", "a_b"]);
    expect(literalChunks("plain words")).toEqual([]);
  });

  it("counts edits with adjacent transpositions as one (worked by hand)", () => {
    expect(editDistance("youth", "youth")).toBe(0);
    expect(editDistance("yuoth", "youth")).toBe(1); // swap u/o
    expect(editDistance("ofenders", "offenders")).toBe(1); // one f missing
    expect(editDistance("kitten", "sitting")).toBe(3); // the textbook example
    expect(editDistance("abc", "xyz", 1)).toBe(2); // stopped early: over the limit
  });

  it("measures the distance to the start of a longer word", () => {
    expect(prefixDistance("ofend", "offenders", 1)).toBe(1);
    expect(prefixDistance("mentr", "mentoring", 1)).toBe(1);
    expect(prefixDistance("zzzzz", "mentoring", 1)).toBe(2);
  });

  it("corrects a mistyped word to the closest indexed words only, none for short words", () => {
    const vocabulary = ["youth", "young", "yoga", "offenders", "offer", "mentoring"];
    expect(corrections("yuoth", vocabulary)).toEqual(["youth"]);
    expect(corrections("ofenders", vocabulary)).toEqual(["offenders"]);
    expect(corrections("yuo", vocabulary)).toEqual([]); // 3 letters: no correction
    expect(corrections("qqqqq", vocabulary)).toEqual([]);
  });

  it("writes every term as a prefix, its corrections as alternatives", () => {
    const terms = [
      { typed: "young", prefixes: ["young"], corrected: false },
      { typed: "yuoth", prefixes: ["youth", "youths"], corrected: true },
    ];
    expect(fts5Query(terms)).toBe(`("young"*) AND ("youth"* OR "youths"*)`);
    expect(tsQuery(terms)).toBe(`('young':*) & ('youth':* | 'youths':*)`);
  });
});
