import { describe, expect, it } from "vitest";
import { parseRoundList, roundListQuery, roundListVariables } from "./roundList";

describe("the /rounds list state in the URL", () => {
  it("reads every filter, the sort and the page from the query", () => {
    const s = parseRoundList({
      council: "lambeth",
      area: "QXJlYTox",
      theme: "youth",
      phase: "monitoring",
      year: "2023",
      kind: "participatory_budgeting",
      sort: "pot-desc",
      after: "abc",
    });
    expect(roundListVariables(s)).toEqual({
      filterBy: {
        council: "lambeth",
        area: "QXJlYTox",
        theme: "youth",
        phases: ["MONITORING"],
        year: 2023,
        kind: "PARTICIPATORY_BUDGETING",
      },
      orderBy: { field: "POT", direction: "DESC" },
      after: "abc",
    });
  });

  it("ignores values it does not know, and an area without its council", () => {
    const s = parseRoundList({ phase: "nonsense", year: "20x3", kind: "lottery", sort: "random", area: "QXJlYTox" });
    expect(s).toEqual({ sort: "newest" });
    expect(roundListVariables(s)).toEqual({ filterBy: {}, orderBy: { field: "YEAR", direction: "DESC" } });
  });

  it("writes the state back as the same query, defaults left out", () => {
    const q = { council: "hackney", phase: "awarded", year: "2024", kind: "commissioning", sort: "title" };
    expect(roundListQuery(parseRoundList(q))).toEqual(q);
    expect(roundListQuery(parseRoundList({}))).toEqual({});
  });
});
