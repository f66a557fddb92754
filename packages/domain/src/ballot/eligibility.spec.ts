import { describe, expect, it } from "vitest";
import {
  DEFAULT_VOTER_AGE_BANDS,
  asksVoters,
  checkEligibility,
  eligibilityOf,
  eligibilityParams,
  voterQuestionsOf,
} from "./eligibility.js";

const params = (eligibility: unknown) => ({ ballot: { eligibility } });

describe("eligibilityOf / eligibilityParams", () => {
  it("reads the round's questions and writes them back unchanged", () => {
    const stored = { ageBands: ["16-24", "25-64"], areas: ["north"], record: ["ageBand", "sex"] };
    const e = eligibilityOf(params(stored));
    expect(e).toEqual({ ageBands: ["16-24", "25-64"], areas: ["north"], record: { ageBand: true, sex: true } });
    expect(eligibilityParams(e)).toEqual(stored);
  });

  it("treats missing or malformed parts as not asked", () => {
    expect(eligibilityOf(null)).toEqual({ ageBands: null, areas: null, record: { ageBand: false, sex: false } });
    expect(eligibilityOf(params({ ageBands: [], areas: [3], record: "sex" }))).toEqual({
      ageBands: null,
      areas: null,
      record: { ageBand: false, sex: false },
    });
    expect(eligibilityParams(eligibilityOf(params("nonsense")))).toEqual({});
  });
});

describe("voterQuestionsOf", () => {
  it("asks nothing when the round has no questions", () => {
    const q = voterQuestionsOf(eligibilityOf(null));
    expect(asksVoters(q)).toBe(false);
  });

  it("offers the census-style bands, optionally, when age is only recorded", () => {
    const q = voterQuestionsOf(eligibilityOf(params({ record: ["ageBand"] })));
    expect(q.ageBands).toEqual(["16-24", "25-34", "35-49", "50-64", "65+"]);
    expect(q.ageBandRequired).toBe(false);
    expect(q.asksSex).toBe(false);
    expect(asksVoters(q)).toBe(true);
  });

  it("requires an age band, from the eligible ones, when the round restricts age", () => {
    const q = voterQuestionsOf(eligibilityOf(params({ ageBands: ["11-15", "16-18"], record: ["sex"] })));
    expect(q).toEqual({ ageBands: ["11-15", "16-18"], ageBandRequired: true, asksSex: true, areas: [] });
  });
});

describe("checkEligibility", () => {
  const restricted = eligibilityOf(params({ ageBands: ["16-24"], areas: ["north", "east"], record: ["ageBand"] }));

  it("requires the restricted questions and rules out answers outside them", () => {
    expect(checkEligibility(restricted, null).problems).toEqual([
      { code: "REQUIRED", field: "ageBand" },
      { code: "REQUIRED", field: "area" },
    ]);
    expect(checkEligibility(restricted, { ageBand: "65+", area: "south" }).problems).toEqual([
      { code: "NOT_ELIGIBLE", field: "ageBand" },
      { code: "NOT_ELIGIBLE", field: "area" },
    ]);
    // a blank answer is no answer
    expect(checkEligibility(restricted, { ageBand: "  ", area: "east" }).problems).toEqual([
      { code: "REQUIRED", field: "ageBand" },
    ]);
  });

  it("records only what the round records, never the area", () => {
    const r = checkEligibility(restricted, { ageBand: "16-24", sex: "Female", area: "north" });
    expect(r).toEqual({ problems: [], recorded: { ageBand: "16-24", sex: null } });
  });

  it("lets a voter prefer not to say when age and sex are only recorded", () => {
    const e = eligibilityOf(params({ record: ["ageBand", "sex"] }));
    expect(checkEligibility(e, {})).toEqual({ problems: [], recorded: { ageBand: null, sex: null } });
    expect(checkEligibility(e, { ageBand: DEFAULT_VOTER_AGE_BANDS[1], sex: "Male" }).recorded).toEqual({
      ageBand: "25-34",
      sex: "Male",
    });
  });

  it("refuses an answer that is not one of the options offered", () => {
    const e = eligibilityOf(params({ record: ["ageBand", "sex"] }));
    expect(checkEligibility(e, { ageBand: "12-13", sex: "female" }).problems).toEqual([
      { code: "INVALID", field: "ageBand" },
      { code: "INVALID", field: "sex" },
    ]);
  });
});
