import { describe, expect, it } from "vitest";
import { participationSummary, trustChange } from "./participation.js";

const panel = ["p1", "p2", "p3", "p4", "p5"];
// Given out of date order on purpose: the function orders by date.
const sessions = [
  { sessionId: "s3", date: "2024-03-05", attendees: ["p1", "p2", "p5"] },
  { sessionId: "s1", date: "2024-01-10", attendees: ["p1", "p2", "p3", "p4", "officer"] },
  { sessionId: "s2", date: "2024-02-07", attendees: ["p1", "p3", "p5"] },
];

describe("participationSummary", () => {
  it("computes attendance and retention of the first session's attendees", () => {
    // Panel of 5. s1: p1 p2 p3 p4 (officer ignored) → 4/5 = 0.8; s2: p1 p3 p5 → 3/5 = 0.6;
    // s3: p1 p2 p5 → 0.6. Round: (4 + 3 + 3) / (5 × 3) = 10/15 = 2/3.
    // Retention of {p1,p2,p3,p4}: s1 4/4 = 1; s2 {p1,p3} 2/4 = 0.5; s3 {p1,p2} 2/4 = 0.5.
    // (p5 joining later does not count as retained.)
    const r = participationSummary(panel, sessions);
    expect(r.sessions.map((s) => [s.sessionId, s.present, s.attendanceRate, s.retention])).toEqual([
      ["s1", 4, 0.8, 1],
      ["s2", 3, 0.6, 0.5],
      ["s3", 3, 0.6, 0.5],
    ]);
    expect(r.attendanceRate).toBeCloseTo(2 / 3, 12);
    expect(r.retentionAtLast).toBe(0.5);
  });

  it("returns nulls without sessions or panel", () => {
    expect(participationSummary(panel, [])).toMatchObject({ attendanceRate: null, retentionAtLast: null });
    expect(participationSummary([], sessions).attendanceRate).toBeNull();
  });
});

describe("trustChange", () => {
  it("uses only respondents who answered at both the first and the last session", () => {
    // First (s1): p1 2, p2 1, p3 3, p4 2.  Last (s3): p1 4, p2 3, p5 5 (p5 joined late, p3 and
    // p4 left). Paired: p1, p2 → first mean (2+1)/2 = 1.5, last (4+3)/2 = 3.5, change +2.0.
    // Naive unpaired means would be 2.0 → 4.0: same change here, but on different people.
    const responses = [
      { participantKey: "p1", sessionId: "s1", score: 2 },
      { participantKey: "p2", sessionId: "s1", score: 1 },
      { participantKey: "p3", sessionId: "s1", score: 3 },
      { participantKey: "p4", sessionId: "s1", score: 2 },
      { participantKey: "p1", sessionId: "s2", score: 5 },
      { participantKey: "p1", sessionId: "s3", score: 4 },
      { participantKey: "p2", sessionId: "s3", score: 3 },
      { participantKey: "p5", sessionId: "s3", score: 5 },
    ];
    expect(trustChange(sessions, responses)).toEqual({
      firstSessionId: "s1",
      lastSessionId: "s3",
      pairedRespondents: 2,
      meanFirst: 1.5,
      meanLast: 3.5,
      change: 2,
    });
  });

  it("needs two sessions with answers and at least one pair", () => {
    expect(trustChange(sessions, [{ participantKey: "p1", sessionId: "s1", score: 3 }]).change).toBeNull();
    const unpaired = trustChange(sessions, [
      { participantKey: "p1", sessionId: "s1", score: 3 },
      { participantKey: "p2", sessionId: "s2", score: 4 },
    ]);
    expect(unpaired).toMatchObject({ firstSessionId: "s1", lastSessionId: "s2", pairedRespondents: 0, change: null });
    expect(() => trustChange(sessions, [{ participantKey: "p1", sessionId: "s1", score: 6 }])).toThrow(RangeError);
  });
});
