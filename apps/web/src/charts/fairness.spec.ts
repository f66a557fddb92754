import { describe, expect, it } from "vitest";
import {
  chooseSupportBars,
  shortLabel,
  toEffectiveSupport,
  toScoring,
  toVoiceEquity,
  type VoiceMeasureInput,
} from "./fairness";

const measure = (over: Partial<VoiceMeasureInput> = {}): VoiceMeasureInput => ({
  gini: 0.3,
  topShare: 0.48,
  topCount: 2,
  participants: 8,
  silentParticipants: 0,
  dominant: true,
  totalWeight: 457,
  dominantParticipants: [{ pseudonym: "Panel member A" }],
  ...over,
});

describe("toVoiceEquity", () => {
  it("names the dominant participant by pseudonym and states Gini and top-20% share", () => {
    const v = toVoiceEquity(
      measure(),
      [
        { id: "s1", title: "Welcome", date: "2023-03-26", measure: measure({ gini: 0.4625 }) },
        {
          id: "s2",
          title: "Quiet",
          date: "2023-04-01",
          measure: measure({ gini: null, dominant: false, dominantParticipants: [] }),
        },
      ],
      1,
    );
    expect(v.empty).toBe(false);
    expect(v.headline).toBe("Panel member A held more than twice an equal share of the speaking");
    expect(v.summary).toContain("Gini coefficient 0.3 over 457 speaking turns");
    expect(v.summary).toContain("The top 2 of 8 participants (20%) made 48% of the contributions.");
    expect(v.summary).toContain("1 of 1 sessions with logged turns had a dominant participant.");
    expect(v.bars).toEqual([{ key: "s1", label: "Welcome", value: 0.46, isOther: false, count: 1 }]);
    expect(v.rows[0]).toMatchObject({ session: "Welcome", gini: 0.46, topShare: 48, dominant: "Yes: Panel member A" });
    expect(v.sessionsWithoutData).toBe(1);
  });

  it("says plainly when no one dominated, and when nothing was logged", () => {
    expect(toVoiceEquity(measure({ dominant: false, dominantParticipants: [] }), [], 0).headline).toBe(
      "No one held more than twice an equal share of the speaking",
    );
    const none = toVoiceEquity(
      measure({ gini: null, topShare: null, dominant: false, dominantParticipants: [] }),
      [],
      0,
    );
    expect(none.empty).toBe(true);
    expect(none.bars).toEqual([]);
  });
});

describe("toScoring", () => {
  const base = {
    scorers: 8,
    pivotalScorers: 0,
    tie: false,
    incompleteScoreSets: 0,
    scale: { min: 0, max: 5 },
    topRanked: [{ title: "Talent show" }],
    bids: [
      {
        bid: { id: "b2", title: "Mentoring" },
        score: 3.8625,
        rank: 2,
        range: 1.5,
        standardDeviation: 0.49,
        scorers: 8,
      },
      {
        bid: { id: "b1", title: "Talent show" },
        score: 4.6,
        rank: 1,
        range: 0.85,
        standardDeviation: 0.247,
        scorers: 8,
      },
      {
        bid: { id: "b3", title: "Unscored" },
        score: null,
        rank: null,
        range: null,
        standardDeviation: null,
        scorers: 0,
      },
    ],
  };
  it("sorts scored bids by weighted total, keeps unscored ones in the table, names the widest spread", () => {
    const v = toScoring(base);
    expect(v.bars.map((b) => [b.key, b.value])).toEqual([
      ["b1", 4.6],
      ["b2", 3.86],
    ]);
    expect(v.rows).toHaveLength(3);
    expect(v.unscored).toBe(1);
    expect(v.singleScorerChangedTop).toBe(false);
    expect(v.headline).toBe("No single scorer changed the top bid");
    expect(v.summary).toContain("widest disagreement was on “Mentoring” (weighted totals 1.5 apart)");
  });
  it("flags a single decisive scorer and an empty scoring", () => {
    expect(toScoring({ ...base, pivotalScorers: 1 }).headline).toBe(
      "Leaving out one scorer would change the top bid (1 such scorer)",
    );
    expect(toScoring({ ...base, bids: [] }).empty).toBe(true);
  });
});

describe("toEffectiveSupport", () => {
  const projects = [
    {
      funded: false,
      rank: null,
      score: 496,
      bid: { id: "p21", title: "Unfunded park" },
      explanation: {
        cost: 100000,
        reason: "supportersCouldNotAfford",
        stage: "mes",
        mes: { round: 7, supportersMoney: 93479.52 },
        summary: "Not funded: in round 7 …",
      },
    },
    {
      funded: true,
      rank: 1,
      score: 720,
      bid: { id: "p24", title: "Camera traps" },
      explanation: {
        cost: 5000,
        reason: "funded",
        stage: "mes",
        mes: { round: 1, supportersMoney: 226800 },
        summary: "Funded by equal shares in round 1",
      },
    },
    { funded: false, rank: null, score: 0, bid: { id: "px", title: "No explanation" }, explanation: null },
  ];
  it("gives funded projects 100% and unfunded ones their supporters' money ÷ cost, with the reason", () => {
    const v = toEffectiveSupport(projects);
    expect(v.bars.map((b) => [b.key, b.value])).toEqual([
      ["p24", 100],
      ["p21", 93.5],
    ]);
    expect(v.rows.find((r) => r.key === "p21")).toMatchObject({
      status: "Not funded",
      cost: 100000,
      supportersMoney: 93479.52,
      reason: "Not funded: in round 7 …",
    });
    expect(v.rows.find((r) => r.key === "px")).toMatchObject({ effectiveSupport: null, reason: "Not funded" });
    expect(v.withoutMes).toBe(1);
    expect(v.headline).toBe("1 of 3 projects funded by Equal Shares");
    expect(v.summary).toContain("“Unfunded park”: its supporters still held 93.5% of its cost");
  });
  it("shortens long labels for the axis only", () => {
    expect(shortLabel("a".repeat(60))).toHaveLength(48);
    expect(shortLabel("short")).toBe("short");
  });
});

describe("fairness: which projects the effective-support chart shows", () => {
  const project = (id: number, funded: boolean, supportersMoney: number) => ({
    funded,
    rank: id,
    score: 10,
    bid: { id: `b${id}`, title: `Project ${id}` },
    explanation: { cost: 1000, reason: funded ? "funded" : "supportersCouldNotAfford", mes: { supportersMoney } },
  });
  const many = toEffectiveSupport([
    ...Array.from({ length: 30 }, (_, i) => project(i, true, 1000)),
    ...Array.from({ length: 34 }, (_, i) => project(100 + i, false, 10 * i)),
  ]);

  it("starts a long chart (64 projects) on the unfunded ones, closest first", () => {
    const c = chooseSupportBars(many, undefined);
    expect(c.filter).toBe("not-funded");
    expect(c.bars).toHaveLength(34);
    expect(c.bars[0]!.label).toBe("Project 133");
    expect(c.counts).toEqual({ "not-funded": 34, funded: 30, all: 64 });
  });
  it("shows the funded ones or all of them when asked, and ignores unknown choices", () => {
    expect(chooseSupportBars(many, "funded").bars.every((b) => b.value === 100)).toBe(true);
    expect(chooseSupportBars(many, "funded").bars).toHaveLength(30);
    expect(chooseSupportBars(many, "all").bars).toHaveLength(64);
    expect(chooseSupportBars(many, "bogus").filter).toBe("not-funded");
  });
  it("shows every project when there are few, and never leaves the table short", () => {
    const few = toEffectiveSupport([project(1, true, 1000), project(2, false, 500)]);
    expect(chooseSupportBars(few, undefined)).toMatchObject({
      filter: "all",
      counts: { all: 2, funded: 1, "not-funded": 1 },
    });
    expect(chooseSupportBars(few, "not-funded").bars.map((b) => b.key)).toEqual(["b2"]);
    expect(few.rows).toHaveLength(2);
  });
});
