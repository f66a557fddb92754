import { describe, expect, it } from "vitest";
import { rollup } from "../../test/fixtures";
import {
  costCell,
  splitChartable,
  costPerPersonText,
  filterIndicators,
  overallSummary,
  statusCounts,
  toRoundRollups,
  toStatus,
  withUnit,
} from "./outcomes";

const ROUNDS = [
  { id: "R1", slug: "lambeth-yos", title: "Young offenders", year: 2023, council: { name: "Lambeth" } },
  { id: "R2", slug: "lambeth-youth", title: "Youth work", year: 2022, council: { name: "Lambeth" } },
  { id: "R3", slug: "hackney-legal", title: "Legal advice", year: 2024, council: { name: "Hackney" } },
  { id: "R4", slug: "wieliczka", title: "Green Million", year: 2023, council: { name: "Wieliczka" } },
];

describe("outcomes: statuses", () => {
  it("reads the API's status words in any spelling; unknown means not reported", () => {
    expect(toStatus("on_track")).toBe("on-track");
    expect(toStatus("OFF_TRACK")).toBe("off-track");
    expect(toStatus("at-risk")).toBe("at-risk");
    expect(toStatus("nonsense")).toBe("not-reported");
    expect(toStatus(undefined)).toBe("not-reported");
  });
  it("counts per status, never a single score", () => {
    expect(statusCounts(rollup(1, 2, 3, 4, 50))).toEqual({
      "on-track": 1,
      "at-risk": 2,
      "off-track": 3,
      "not-reported": 4,
    });
  });
  it("summarises the whole selection with n of N and the equally weighted mean progress", () => {
    expect(overallSummary(rollup(0, 1, 6, 4, 57.86))).toBe(
      "Of 11 indicators: 0 on track, 1 at risk, 6 off track, 4 not reported. On average the 7 indicators with a measurement are 58% of the way from their baseline to their target (each indicator weighted equally).",
    );
    expect(overallSummary(rollup(0, 0, 0, 2, null))).toBe(
      "Of 2 indicators: 0 on track, 0 at risk, 0 off track, 2 not reported. None has a measurement yet.",
    );
    expect(overallSummary(rollup(0, 0, 0, 0, null))).toBe(
      "No outcome indicators have been defined for these rounds yet.",
    );
  });
});

describe("outcomes: per round", () => {
  const view = toRoundRollups(
    [
      { roundId: "R1", rollup: rollup(0, 0, 3, 0, 61.67) },
      { roundId: "R2", rollup: rollup(1, 1, 0, 0, 72.5) },
      { roundId: "R3", rollup: rollup(0, 0, 0, 2, null) },
      { roundId: "R4", rollup: rollup(0, 0, 0, 0, null) },
    ],
    ROUNDS,
  );
  it("lists every round with indicators (rounds without any are left out) and links to its progress", () => {
    expect(view.rows.map((r) => r.key)).toEqual(["lambeth-yos", "lambeth-youth", "hackney-legal"]);
    expect(view.rows[0]).toMatchObject({
      round: "Young offenders",
      council: "Lambeth",
      link: "/rounds/lambeth-yos#progress",
      offTrack: 3,
      progress: 61.7,
    });
  });
  it("charts mean progress of measured rounds, furthest first, keyed by slug for the round filter", () => {
    expect(view.bars.map((b) => [b.key, b.value])).toEqual([
      ["lambeth-youth", 72.5],
      ["lambeth-yos", 61.7],
    ]);
    expect(view.unmeasured).toEqual(["Legal advice"]);
  });
  it("states the finding and the extremes", () => {
    expect(view.headline).toBe("1 of 3 rounds have an indicator on track");
    expect(view.summary).toBe(
      "2 of 3 rounds have measurements. Furthest along: “Youth work” (2022), 73% of the way to its targets on average; least: “Young offenders” (2023), 62%. 1 rounds have no measurement yet.",
    );
  });
  it("says so when nothing is measured or defined", () => {
    expect(toRoundRollups([{ roundId: "R3", rollup: rollup(0, 0, 0, 2, null) }], ROUNDS).summary).toBe(
      "1 rounds have indicators, none measured yet.",
    );
    expect(toRoundRollups([], ROUNDS).headline).toBe("No round has outcome indicators yet");
  });
});

describe("outcomes: indicators", () => {
  it("shows cost per person reached with its currency, or nothing when the indicator does not count people", () => {
    expect(costPerPersonText([{ amountMinor: 108_571, currency: "GBP" }])).toBe("£1,085.71");
    expect(
      costPerPersonText([
        { amountMinor: 100, currency: "GBP" },
        { amountMinor: 250, currency: "BRX" },
      ]),
    ).toBe("£1.00 + B£2.50");
    expect(costPerPersonText([])).toBeNull();
  });
  it("says why a cost is missing: a percentage never has one; a count not measured yet is not reported", () => {
    expect(costCell([{ amountMinor: 37_974, currency: "GBP" }], "people", 153)).toBe("£379.74");
    expect(costCell([], "%", 60)).toBe("does not apply");
    expect(costCell([], "people", null)).toBe("not reported");
    expect(costCell([], "people", 0)).toBe("does not apply");
  });
  it("writes values with their unit", () => {
    expect(withUnit(31.8, "%")).toBe("31.8%");
    expect(withUnit(28, "young people")).toBe("28 young people");
    expect(withUnit(null, "%")).toBe("not reported");
  });
  it("filters by status and round", () => {
    const rows = [
      { id: 1, status: "on-track" as const, roundSlug: "a" },
      { id: 2, status: "off-track" as const, roundSlug: "a" },
      { id: 3, status: "off-track" as const, roundSlug: "b" },
    ];
    expect(filterIndicators(rows, {}).map((r) => r.id)).toEqual([1, 2, 3]);
    expect(filterIndicators(rows, { status: "off-track" }).map((r) => r.id)).toEqual([2, 3]);
    expect(filterIndicators(rows, { status: "off-track", round: "a" }).map((r) => r.id)).toEqual([2]);
  });
});

describe("outcomes: progress charts", () => {
  it("charts indicators with a measurement and counts the rest", () => {
    const rows = [
      { indicator: { measurements: [1] } },
      { indicator: { measurements: [] } },
      { indicator: { measurements: [1, 2] } },
    ];
    const s = splitChartable(rows);
    expect(s.charted).toEqual([rows[0], rows[2]]);
    expect(s.unmeasured).toBe(1);
  });
});
