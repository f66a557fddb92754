import { describe, expect, it } from "vitest";
import { editableFieldsIn, fieldEditRefusal, isFieldEditable, ROUND_EDITABLE_FIELDS } from "./edits.js";
import { PHASES } from "./phase.js";

describe("which round settings may change in which phase", () => {
  it("lists each field's phases as a prefix of the lifecycle, never including closed", () => {
    for (const [name, rule] of Object.entries(ROUND_EDITABLE_FIELDS)) {
      expect(rule.phases, name).toEqual(PHASES.slice(0, rule.phases.length));
      expect(rule.phases, name).not.toContain("closed");
    }
  });

  it("lets everything change in draft and nothing once closed", () => {
    expect(editableFieldsIn("draft")).toEqual(Object.keys(ROUND_EDITABLE_FIELDS));
    expect(editableFieldsIn("closed")).toEqual([]);
  });

  it("locks the pot once bids can arrive and the decision rules once the decision opens", () => {
    expect(isFieldEditable("potMinor", "tendering")).toBe(true);
    expect(isFieldEditable("potMinor", "bidding")).toBe(false);
    expect(isFieldEditable("ballotType", "interviewing")).toBe(true);
    expect(isFieldEditable("ballotType", "deciding")).toBe(false);
    expect(isFieldEditable("title", "monitoring")).toBe(true);
    expect(editableFieldsIn("deciding")).toEqual(["title", "description", "theme", "opensOn", "closesOn"]);
  });

  it("explains a refusal with the phase and the last phase that allowed it", () => {
    expect(fieldEditRefusal("potMinor", "deciding")).toBe(
      "The round is in phase DECIDING: the pot can only change up to phase TENDERING.",
    );
    expect(fieldEditRefusal("title", "closed")).toBe("The round is closed: the title can no longer change.");
    expect(fieldEditRefusal("title", "deciding")).toBeNull();
  });
});
