import { describe, expect, it } from "vitest";
import { roundVoiceEquity, voiceEquity } from "./voice-equity.js";

const turns = (entries: [string, number][]) => entries.map(([participantKey, weight]) => ({ participantKey, weight }));

describe("voiceEquity", () => {
  it("computes Gini, top-20 % share and dominance, counting silent participants", () => {
    // 5 present; turns: a 6, b 2, c 1, d 1, e 0 (silent). X = 10, n = 5.
    // Sorted 0,1,1,2,6: Σ i·x = 1·0 + 2·1 + 3·1 + 4·2 + 5·6 = 43
    // G = 2·43 / (5·10) − 6/5 = 1.72 − 1.2 = 0.52
    // Top 20 %: ⌈0.2·5⌉ = 1 participant (a): 6/10 = 0.6.
    // Equal share 1/5 = 0.2; a holds 0.6 > 0.4 ⇒ dominant. b holds 0.2: no.
    const r = voiceEquity(
      ["a", "b", "c", "d", "e"],
      turns([
        ["a", 4],
        ["b", 2],
        ["a", 2],
        ["c", 1],
        ["d", 1],
      ]),
    );
    expect(r.participants).toBe(5);
    expect(r.totalWeight).toBe(10);
    expect(r.gini).toBeCloseTo(0.52, 12);
    expect(r.topCount).toBe(1);
    expect(r.topShare).toBeCloseTo(0.6, 12);
    expect(r.dominant).toBe(true);
    expect(r.dominantParticipants).toEqual(["a"]);
    expect(r.silentParticipants).toBe(1);
  });

  it("gives 0 for perfectly equal contributions and (n−1)/n when one person speaks", () => {
    expect(
      voiceEquity(
        ["a", "b", "c", "d"],
        turns([
          ["a", 3],
          ["b", 3],
          ["c", 3],
          ["d", 3],
        ]),
      ).gini,
    ).toBe(0);
    // One of 4 speaks: sorted 0,0,0,5: Σ i·x = 20; G = 40/20 − 5/4 = 0.75 = 3/4.
    const one = voiceEquity(["a", "b", "c", "d"], turns([["d", 5]]));
    expect(one.gini).toBeCloseTo(0.75, 12);
    expect(one.topShare).toBe(1);
  });

  it("rounds the top 20 % up", () => {
    // n = 7 ⇒ ⌈1.4⌉ = 2; totals 1..7 (X = 28): top two = 6 + 7 = 13 ⇒ 13/28.
    // Dominance: 7/28 = 0.25 vs 2/7 ≈ 0.2857 ⇒ nobody dominant.
    const r = voiceEquity(
      ["p1", "p2", "p3", "p4", "p5", "p6", "p7"],
      turns([1, 2, 3, 4, 5, 6, 7].map((w) => [`p${w}`, w])),
    );
    expect(r.topCount).toBe(2);
    expect(r.topShare).toBeCloseTo(13 / 28, 12);
    expect(r.dominant).toBe(false);
  });

  it("never flags dominance between two participants, and flags exactly-over-twice only", () => {
    expect(voiceEquity(["a", "b"], turns([["a", 100]])).dominant).toBe(false);
    // n = 4, X = 8: a has 4 = 2 × equal share (2) exactly ⇒ not "more than twice".
    expect(
      voiceEquity(
        ["a", "b", "c", "d"],
        turns([
          ["a", 4],
          ["b", 2],
          ["c", 1],
          ["d", 1],
        ]),
      ).dominant,
    ).toBe(false);
  });

  it("returns null measures when nothing was logged", () => {
    const r = voiceEquity(["a", "b"], []);
    expect(r.gini).toBeNull();
    expect(r.topShare).toBeNull();
    expect(r.silentParticipants).toBe(2);
    expect(() => voiceEquity(["a"], turns([["a", -1]]))).toThrow(RangeError);
  });
});

describe("roundVoiceEquity", () => {
  it("pools contributions over sessions and averages session Ginis", () => {
    // Session 1: a 3, b 1 (present a, b): sorted 1,3: Σ i·x = 1 + 6 = 7; G = 14/8 − 3/2 = 0.25.
    // Session 2: a 1, c 1 (present a, b, c; b silent): sorted 0,1,1: Σ = 0+2+3 = 5; G = 10/6 − 4/3 = 1/3.
    // Pooled: a 4, b 1, c 1 (X = 6): sorted 1,1,4: Σ = 1+2+12 = 15; G = 30/18 − 4/3 = 1/3.
    //   a: 4/6 > 2/3? 4·3 = 12 > 2·6 = 12 is false ⇒ not dominant (exactly twice).
    const r = roundVoiceEquity([
      {
        sessionId: "s1",
        participantKeys: ["a", "b"],
        contributions: turns([
          ["a", 3],
          ["b", 1],
        ]),
      },
      {
        sessionId: "s2",
        participantKeys: ["a", "b", "c"],
        contributions: turns([
          ["a", 1],
          ["c", 1],
        ]),
      },
      { sessionId: "s3", participantKeys: ["a"], contributions: [] },
    ]);
    expect(r.sessions.map((s) => s.gini)).toEqual([expect.closeTo(0.25, 12), expect.closeTo(1 / 3, 12), null]);
    expect(r.round.gini).toBeCloseTo(1 / 3, 12);
    expect(r.round.dominant).toBe(false);
    expect(r.meanSessionGini).toBeCloseTo((0.25 + 1 / 3) / 2, 12);
    expect(r.sessionsWithDominance).toBe(0);
  });
});
