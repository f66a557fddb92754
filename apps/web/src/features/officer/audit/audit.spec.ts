import { describe, expect, it } from "vitest";
import { actionName, changeLines, whenText } from "./audit";

describe("the audit-log screen's shapers", () => {
  it("names actions readably, and spells out one it has no name for", () => {
    expect(actionName("roundUpdate")).toBe("Edited the round's settings");
    expect(actionName("paymentRecord")).toBe("Recorded a payment");
    expect(actionName("someNewThing")).toBe("Some new thing");
  });

  it("says what changed from what to what, and what a new record holds", () => {
    expect(changeLines({ title: "Old", potMinor: 100 }, { title: "New", potMinor: 200 })).toEqual([
      "title: Old → New",
      "potMinor: 100 → 200",
    ]);
    expect(changeLines(null, { member: 7, present: true })).toEqual(["member: 7", "present: true"]);
    expect(changeLines({ member: 7, present: false }, { member: 7, present: true })).toEqual([
      "member: 7",
      "present: false → true",
    ]);
    expect(changeLines({ targetGroup: "Young people" }, { targetGroup: null })).toEqual([
      "targetGroup: Young people → —",
    ]);
    expect(changeLines(null, null)).toEqual([]);
  });

  it("gives the time in London", () => {
    // 1 July is in British Summer Time: 12:30 UTC is 13:30 in London
    expect(whenText("2026-07-01T12:30:00.000Z", "en-GB")).toBe("1 Jul 2026, 13:30");
  });
});
