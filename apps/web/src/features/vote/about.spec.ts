import { describe, expect, it } from "vitest";
import { OTHER, aboutProblems, answersToCast, asksAboutYou, emptyAnswers, type BoothQuestions } from "./about";

const none: BoothQuestions = {
  ageBands: [],
  ageBandRequired: false,
  sexes: [],
  areas: [],
  recordAgeBand: false,
  recordSex: false,
};
const restricted: BoothQuestions = {
  ageBands: ["11-15", "16-18"],
  ageBandRequired: true,
  sexes: ["Female", "Male"],
  areas: [
    { slug: "north", name: "North" },
    { slug: "south", name: "South" },
  ],
  recordAgeBand: true,
  recordSex: true,
};
const recordedOnly: BoothQuestions = {
  ...none,
  ageBands: ["16-24", "25-34"],
  sexes: ["Female", "Male"],
  recordAgeBand: true,
  recordSex: true,
};

describe("the booth's About you step", () => {
  it("is shown only when the round asks something", () => {
    expect(asksAboutYou(none)).toBe(false);
    expect(asksAboutYou(null)).toBe(false);
    expect(asksAboutYou(recordedOnly)).toBe(true);
    expect(asksAboutYou({ ...none, areas: [{ slug: "north", name: "North" }] })).toBe(true);
  });

  it("asks for what the round requires, and rules out those it excludes, in plain words", () => {
    expect(aboutProblems(restricted, emptyAnswers())).toEqual([
      { field: "ageBand", text: "Say which age band you are in." },
      { field: "area", text: "Say which area you live in." },
    ]);
    expect(aboutProblems(restricted, { ageBand: OTHER, sex: "", area: OTHER })).toEqual([
      { field: "ageBand", text: "This vote is open to people aged 11 to 15, 16 to 18." },
      { field: "area", text: "This vote is open only to residents of the areas listed." },
    ]);
    expect(aboutProblems(restricted, { ageBand: "16-18", sex: "", area: "south" })).toEqual([]);
  });

  it("lets a voter prefer not to say what is only recorded", () => {
    expect(aboutProblems(recordedOnly, emptyAnswers())).toEqual([]);
    expect(answersToCast(emptyAnswers())).toEqual({});
    expect(answersToCast({ ageBand: "25-34", sex: "Female", area: "" })).toEqual({ ageBand: "25-34", sex: "Female" });
  });
});
