import { describe, expect, it } from "vitest";
import { allowedNextPhases, canTransition, hasReached, PHASES } from "./phase.js";

describe("round lifecycle", () => {
  it("walks a commissioning round through every phase in order", () => {
    for (let i = 0; i + 1 < PHASES.length; i++) {
      expect(canTransition("commissioning", PHASES[i]!, PHASES[i + 1]!)).toBe(true);
    }
    expect(allowedNextPhases("commissioning", "closed")).toEqual([]);
  });
  it("forbids skipping and going back in a commissioning round", () => {
    expect(canTransition("commissioning", "draft", "bidding")).toBe(false);
    expect(canTransition("commissioning", "deciding", "interviewing")).toBe(false);
  });
  it("lets a PB round skip the tender and interview phases", () => {
    expect(canTransition("participatory_budgeting", "draft", "bidding")).toBe(true);
    expect(canTransition("participatory_budgeting", "bidding", "deciding")).toBe(true);
    expect(canTransition("participatory_budgeting", "bidding", "tendering")).toBe(false);
  });
  it("orders phases", () => {
    expect(hasReached("monitoring", "awarded")).toBe(true);
    expect(hasReached("bidding", "awarded")).toBe(false);
  });
});
