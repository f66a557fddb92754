import { describe, expect, it } from "vitest";
import { editableFieldsIn } from "@coproduce/domain";
import { FORM } from "../../../lib/forms/errors";
import { buildRoundUpdate, changesOf, EDIT_FIELDS, lockedFields, valuesFromRound } from "./editRound";

const round = {
  id: "r1",
  phase: "RECRUITING",
  kind: "COMMISSIONING",
  title: "Youth voice fund",
  theme: "youth",
  targetGroup: "Young people aged 16–24",
  area: { id: "a1", name: "Brixton" },
  pot: { amountMinor: 3_200_050, currency: "GBP" },
  compensationCurrency: "BRX",
  panelSize: 12,
  decisionMethod: "PANEL_SCORING",
  ballotType: null,
  allocationRule: null,
  year: 2026,
  opensOn: "2026-01-10",
  closesOn: null,
};

describe("the edit-a-round form", () => {
  it("shows the round's settings as typed text, the pot in major units", () => {
    const v = valuesFromRound(round);
    expect(v).toMatchObject({ potMinor: "32000.50", panelSize: "12", area: "a1", closesOn: "", year: "2026" });
    expect(valuesFromRound({ ...round, pot: { amountMinor: 5, currency: "GBP" } }).potMinor).toBe("0.05");
  });

  it("locks what the domain's table locks in the phase", () => {
    const editable = new Set<string>(editableFieldsIn("deciding"));
    expect(lockedFields("DECIDING")).toEqual(EDIT_FIELDS.filter((f) => !editable.has(f)));
    expect(lockedFields("DECIDING")).toContain("potMinor");
    expect(lockedFields("DRAFT")).toEqual([]);
    expect(lockedFields("CLOSED")).toEqual([...EDIT_FIELDS]);
  });

  it("sends only the changed settings, a cleared one as null", () => {
    const original = valuesFromRound(round);
    const now = { ...original, title: "Young people's fund ", targetGroup: "", potMinor: "40,000" };
    expect(changesOf(original, now).map((c) => [c.field, c.before, c.after])).toEqual([
      ["title", "Youth voice fund", "Young people's fund"],
      ["targetGroup", "Young people aged 16–24", ""],
      ["potMinor", "32000.50", "40,000"],
    ]);
    expect(buildRoundUpdate("r1", original, now)).toEqual({
      input: { round: "r1", title: "Young people's fund", targetGroup: null, potMinor: 4_000_000 },
      errors: {},
    });
  });

  it("applies the create form's checks, and refuses to send no change at all", () => {
    const original = valuesFromRound(round);
    const bad = buildRoundUpdate("r1", original, { ...original, title: "x", closesOn: "2026-01-01" });
    expect(bad.input).toBeNull();
    expect(Object.keys(bad.errors)).toEqual(["title", "closesOn"]);
    const none = buildRoundUpdate("r1", original, { ...original });
    expect(none.input).toBeNull();
    expect(Object.keys(none.errors)).toEqual([FORM]);
  });
});
