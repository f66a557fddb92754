import { describe, expect, it } from "vitest";
import { buildRoundCreate, initialRoundCreate } from "./roundForms";

describe("the create-a-round form", () => {
  const filled = {
    ...initialRoundCreate(2026),
    title: "Youth voice fund",
    theme: "youth",
    potMinor: "32,000.50",
    panelSize: "12",
  };

  it("turns typed major units into minor units, as text (never a float)", () => {
    expect(buildRoundCreate(filled)).toEqual({
      input: {
        title: "Youth voice fund",
        theme: "youth",
        potMinor: 3_200_050,
        currency: "GBP",
        panelSize: 12,
        kind: "COMMISSIONING",
        decisionMethod: "PANEL_SCORING",
        year: 2026,
      },
      errors: {},
    });
  });

  it("says what is wrong beside each field, and sends nothing", () => {
    const built = buildRoundCreate({
      ...initialRoundCreate(2026),
      title: "Yo",
      potMinor: "12.345",
      year: "1999",
      opensOn: "2026-05-01",
      closesOn: "2026-04-01",
    });
    expect(built.input).toBeNull();
    expect(built.errors).toEqual({
      title: "Enter a title of at least 3 characters.",
      theme: "Enter a theme.",
      potMinor: expect.stringContaining("2") as string,
      panelSize: "Enter the panel size.",
      year: "Enter a year from 2000 to 2100.",
      closesOn: "The round cannot close before it opens.",
    });
  });

  it("a voting round needs a ballot type and an allocation rule, not a panel size", () => {
    const voting = { ...filled, panelSize: "", decisionMethod: "VOTING" as const };
    expect(buildRoundCreate(voting).errors).toEqual({
      ballotType: "Choose a ballot type.",
      allocationRule: "Choose an allocation rule.",
    });
    expect(buildRoundCreate({ ...voting, ballotType: "APPROVAL", allocationRule: "MES" }).input).toMatchObject({
      decisionMethod: "VOTING",
      ballotType: "APPROVAL",
      allocationRule: "MES",
    });
  });
});
