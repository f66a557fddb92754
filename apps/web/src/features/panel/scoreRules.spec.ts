import { describe, expect, it } from "vitest";
import { missingScores, scoreLabels, scoresInput, sheetErrors } from "./scoreRules";

const criteria = [{ id: "c1" }, { id: "c2" }, { id: "c3" }];

describe("the scoring sheet's rules", () => {
  it("has six points, 0 (poor) to 5 (great)", () => {
    expect(scoreLabels()).toEqual(["0 Poor", "1", "2", "3", "4", "5 Great"]);
  });

  it("names every criterion still without a score (0 is a score)", () => {
    expect(missingScores(criteria, { c1: 0, c3: 5 })).toEqual({ c2: "Pick a score." });
    expect(missingScores(criteria, undefined)).toEqual({
      c1: "Pick a score.",
      c2: "Pick a score.",
      c3: "Pick a score.",
    });
    expect(missingScores(criteria, { c1: 6, c2: 2.5, c3: 1 })).toEqual({ c1: "Pick a score.", c2: "Pick a score." });
  });

  it("sends one score per criterion in the tender's order", () => {
    expect(scoresInput(criteria, { c3: 1, c1: 4, c2: 0 })).toEqual([
      { criterion: "c1", score: 4 },
      { criterion: "c2", score: 0 },
      { criterion: "c3", score: 1 },
    ]);
  });

  it("puts the API's errors next to the criterion at that index, a known field, or the fallback", () => {
    const out = sheetErrors(
      [
        { message: "Out of range.", field: ["input", "scores", "2", "score"] },
        { message: "Not a criterion.", field: ["input", "scores", "2", "criterion"] },
        { message: "Not shortlisted.", field: ["input", "bid"] },
        { message: "Wrong phase.", field: ["input"] },
        { message: "No index.", field: ["input", "scores", "9", "score"] },
        { message: "Nothing.", field: null },
      ],
      criteria,
      ["bid"],
      "form",
    );
    expect(out).toEqual({
      c3: "Out of range. Not a criterion.",
      bid: "Not shortlisted.",
      form: "Wrong phase. No index. Nothing.",
    });
  });
});
