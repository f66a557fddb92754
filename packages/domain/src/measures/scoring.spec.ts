import { describe, expect, it } from "vitest";
import { type InterviewScore, scoreInterviews, ScoringInputError } from "./scoring.js";

function scoresOf(table: Record<string, Record<string, number[]>>, criteria: string[]): InterviewScore[] {
  const out: InterviewScore[] = [];
  for (const [memberKey, bids] of Object.entries(table)) {
    for (const [bidId, values] of Object.entries(bids)) {
      values.forEach((score, i) => out.push({ memberKey, bidId, criterionId: criteria[i] as string, score }));
    }
  }
  return out;
}

const criteria = [
  { id: "quality", weightBasisPoints: 6000 },
  { id: "value", weightBasisPoints: 2500 },
  { id: "reach", weightBasisPoints: 1500 },
];

describe("scoreInterviews", () => {
  // Three panel members score three shortlisted bids on 0–5 (quality, value, reach):
  //   m1: talent-show (5,3,4) → 6000·5 + 2500·3 + 1500·4 = 43,500 → 4.35
  //       mentoring   (4,4,4) → 40,000 → 4.00;  sports (2,5,3) → 12,000+12,500+4,500 = 29,000 → 2.90
  //   m2: talent-show (3,4,3) → 18,000+10,000+4,500 = 32,500 → 3.25
  //       mentoring   (4,3,5) → 24,000+7,500+7,500 = 39,000 → 3.90;  sports (3,3,3) → 3.00
  //   m3: talent-show (5,5,5) → 5.00;  mentoring (3,4,4) → 18,000+10,000+6,000 = 34,000 → 3.40
  //       sports (1,2,2) → 6,000+5,000+3,000 = 14,000 → 1.40
  // Means: talent-show 12.6/3 = 4.2; mentoring 11.3/3 ≈ 3.7667; sports 7.3/3 ≈ 2.4333.
  const scores = scoresOf(
    {
      m1: { "talent-show": [5, 3, 4], mentoring: [4, 4, 4], sports: [2, 5, 3] },
      m2: { "talent-show": [3, 4, 3], mentoring: [4, 3, 5], sports: [3, 3, 3] },
      m3: { "talent-show": [5, 5, 5], mentoring: [3, 4, 4], sports: [1, 2, 2] },
    },
    ["quality", "value", "reach"],
  );
  const result = scoreInterviews({
    criteria,
    scale: { min: 0, max: 5 },
    bidIds: ["talent-show", "mentoring", "sports"],
    scores,
  });

  it("computes weighted totals per member and the ranking", () => {
    expect(result.memberTotals.find((t) => t.memberKey === "m1" && t.bidId === "talent-show")).toMatchObject({
      weightedNumerator: 43_500,
      weightedTotal: 4.35,
    });
    expect(result.bids.map((b) => [b.bidId, b.rank])).toEqual([
      ["talent-show", 1],
      ["mentoring", 2],
      ["sports", 3],
    ]);
    expect(result.bids[0]?.score).toBeCloseTo(4.2, 12);
    expect(result.bids[1]?.score).toBeCloseTo(11.3 / 3, 12);
    expect(result.topRanked).toEqual(["talent-show"]);
    expect(result.tie).toBe(false);
  });

  it("reports the inter-rater spread", () => {
    // talent-show: 4.35, 3.25, 5.00; mean 4.2; squared deviations .0225 + .9025 + .64 = 1.565;
    // population SD = √(1.565/3) ≈ 0.72226; range 5.00 − 3.25 = 1.75.
    const show = result.bids[0];
    expect(show?.standardDeviation).toBeCloseTo(Math.sqrt(1.565 / 3), 12);
    expect(show?.standardDeviation).toBeCloseTo(0.72226, 5);
    expect(show?.range).toBeCloseTo(1.75, 12);
  });

  it("finds the pivotal panel member", () => {
    // Without m1: talent-show (3.25+5)/2 = 4.125 vs mentoring (3.9+3.4)/2 = 3.65 → unchanged.
    // Without m2: 4.675 vs 3.7 → unchanged.
    // Without m3: talent-show (4.35+3.25)/2 = 3.8 vs mentoring (4+3.9)/2 = 3.95 → mentoring wins.
    expect(result.influence).toEqual([
      { memberKey: "m1", topWithout: ["talent-show"], pivotal: false },
      { memberKey: "m2", topWithout: ["talent-show"], pivotal: false },
      { memberKey: "m3", topWithout: ["mentoring"], pivotal: true },
    ]);
    expect(result.pivotalMembers).toEqual(["m3"]);
  });

  it("makes ties explicit (competition ranking) and every tie-breaking member pivotal", () => {
    // One criterion (100 %), scale 1–10. A: 7, 9 (mean 8); B: 8, 8 (mean 8); C: 5, 5.
    // Ranks 1, 1, 3. Without m1: A 9 > B 8; without m2: B 8 > A 7 — each changes the top set.
    const r = scoreInterviews({
      criteria: [{ id: "overall", weightBasisPoints: 10_000 }],
      scale: { min: 1, max: 10 },
      bidIds: ["A", "B", "C"],
      scores: scoresOf({ m1: { A: [7], B: [8], C: [5] }, m2: { A: [9], B: [8], C: [5] } }, ["overall"]),
    });
    expect(r.bids.map((b) => [b.bidId, b.rank, b.tiedWith])).toEqual([
      ["A", 1, ["B"]],
      ["B", 1, ["A"]],
      ["C", 3, []],
    ]);
    expect(r.topRanked).toEqual(["A", "B"]);
    expect(r.tie).toBe(true);
    expect(r.pivotalMembers).toEqual(["m1", "m2"]);
  });

  it("compares means exactly (no floating-point false winner)", () => {
    // Weights 500 / 9500 bp. X: m1 (2,0) → 1,000 → 0.1; m2 (4,0) → 2,000 → 0.2; mean 0.15.
    // Y: (3,0) → 1,500 → 0.15 for both. In floating point (0.1 + 0.2) / 2 = 0.15000000000000002
    // would put X ahead; exactly, 3,000/2 = 3,000/2: a tie.
    const r = scoreInterviews({
      criteria: [
        { id: "a", weightBasisPoints: 500 },
        { id: "b", weightBasisPoints: 9500 },
      ],
      scale: { min: 0, max: 5 },
      bidIds: ["X", "Y"],
      scores: scoresOf({ m1: { X: [2, 0], Y: [3, 0] }, m2: { X: [4, 0], Y: [3, 0] } }, ["a", "b"]),
    });
    expect(r.topRanked).toEqual(["X", "Y"]);
    expect(r.tie).toBe(true);
  });

  it("excludes incomplete score sets and lists them; unscored bids stay listed", () => {
    // m2 scored only "quality" for mentoring ⇒ no total for that pair; "youth-club" unscored.
    const r = scoreInterviews({
      criteria,
      scale: { min: 0, max: 5 },
      bidIds: ["mentoring", "youth-club"],
      scores: [
        ...scoresOf({ m1: { mentoring: [4, 4, 4] } }, ["quality", "value", "reach"]),
        { memberKey: "m2", bidId: "mentoring", criterionId: "quality", score: 5 },
      ],
    });
    expect(r.incomplete).toEqual([{ memberKey: "m2", bidId: "mentoring", missingCriteria: ["value", "reach"] }]);
    expect(r.bids.map((b) => [b.bidId, b.scorers, b.rank])).toEqual([
      ["mentoring", 1, 1],
      ["youth-club", 0, null],
    ]);
  });

  it("rejects weights that do not add up to 100 % and scores off the scale", () => {
    expect(() =>
      scoreInterviews({
        criteria: [{ id: "a", weightBasisPoints: 9_999 }],
        scale: { min: 0, max: 5 },
        bidIds: [],
        scores: [],
      }),
    ).toThrow(ScoringInputError);
    expect(() =>
      scoreInterviews({
        criteria: [{ id: "a", weightBasisPoints: 10_000 }],
        scale: { min: 1, max: 10 },
        bidIds: ["A"],
        scores: [{ memberKey: "m", bidId: "A", criterionId: "a", score: 0 }],
      }),
    ).toThrow(/not an integer in 1..10/);
  });
});
