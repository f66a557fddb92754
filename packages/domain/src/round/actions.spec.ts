import { describe, expect, it } from "vitest";
import { actionRefusal, actionsAllowedIn, isActionAllowed, PANEL_PHASES, ROUND_ACTIONS } from "./actions.js";
import { PHASES } from "./phase.js";

describe("the round's action table", () => {
  it("lists each action's phases in lifecycle order, all of them real phases", () => {
    for (const [name, rule] of Object.entries(ROUND_ACTIONS)) {
      const indexes = rule.phases.map((p) => PHASES.indexOf(p));
      expect(
        indexes.every((i) => i >= 0),
        name,
      ).toBe(true);
      expect(
        [...indexes].sort((a, b) => a - b),
        name,
      ).toEqual(indexes);
    }
  });

  it("lets the panel meet from recruiting to monitoring, never in draft or once closed", () => {
    expect(PANEL_PHASES).toEqual([
      "recruiting",
      "defining_outcomes",
      "tendering",
      "bidding",
      "shortlisting",
      "interviewing",
      "deciding",
      "awarded",
      "monitoring",
    ]);
  });

  it("allows the stage's own work only", () => {
    expect(isActionAllowed("bidSubmit", "bidding")).toBe(true);
    expect(isActionAllowed("bidSubmit", "shortlisting")).toBe(false);
    expect(isActionAllowed("spendRecord", "monitoring")).toBe(true);
    expect(isActionAllowed("spendRecord", "deciding")).toBe(false);
    expect(actionsAllowedIn("draft")).toEqual(["panelQuotasSet", "voterQuestionsSet"]);
    expect(actionsAllowedIn("closed")).toEqual([]);
    expect(actionsAllowedIn("interviewing")).toEqual([
      "panelMemberInvite",
      "panelMemberConfirm",
      "panelMemberWithdraw",
      "panelMemberReplace",
      "sessionCreate",
      "compensationRateSet",
      "interviewScoreSubmit",
      "decisionRecordRecommendation",
      "voterQuestionsSet",
    ]);
  });

  it("explains a refusal with the action, the current phase and the phases that allow it", () => {
    expect(actionRefusal("awardCreate", "bidding")).toBe(
      "Making awards: the round is in phase BIDDING; this is only possible in phase DECIDING, AWARDED.",
    );
    expect(actionRefusal("awardCreate", "awarded")).toBeNull();
  });
});
