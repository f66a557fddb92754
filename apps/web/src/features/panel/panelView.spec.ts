import { CombinedError } from "@urql/core";
import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import {
  attendanceLabel,
  durationLabel,
  isAuthError,
  payLines,
  phaseInPlainWords,
  sessionKindLabel,
} from "./panelView";

describe("panel member view shaping", () => {
  it("says attendance in plain words", () => {
    expect(attendanceLabel(true)).toBe("You were there");
    expect(attendanceLabel(false)).toBe("Marked absent");
    expect(attendanceLabel(null)).toBe("Not recorded yet");
  });
  it("says how long in hours and minutes", () => {
    expect(durationLabel(90)).toBe("1 hour 30 minutes");
    expect(durationLabel(120)).toBe("2 hours");
    expect(durationLabel(45)).toBe("45 minutes");
    expect(durationLabel(1)).toBe("1 minute");
    expect(durationLabel(0)).toBe("0 minutes");
  });
  it("names session kinds without jargon", () => {
    expect(sessionKindLabel("deliberation")).toBe("Talking it through");
    expect(sessionKindLabel("something_new")).toBe("Something new");
  });
  it("explains every phase and falls back for unknown ones", () => {
    expect(phaseInPlainWords("INTERVIEWING")).toBe("The panel is meeting the groups and scoring them.");
    expect(phaseInPlainWords("WHATEVER")).toBe("The panel is at work.");
  });
  it("formats the pay in its own currency, the Brixton Pound as B£", () => {
    const lines = payLines({
      owed: { amountMinor: 9_500, currency: "BRX" },
      paid: { amountMinor: 4_050, currency: "BRX" },
      outstanding: { amountMinor: 5_450, currency: "BRX" },
    });
    expect(lines).toEqual([
      { label: "You've earned", value: "B£95" },
      { label: "You've been paid", value: "B£40.50" },
      { label: "Still to come", value: "B£54.50" },
    ]);
  });
  it("recognises a refused token", () => {
    const unauth = new CombinedError({
      graphQLErrors: [new GraphQLError("no", { extensions: { code: "UNAUTHENTICATED" } })],
    });
    const other = new CombinedError({
      graphQLErrors: [new GraphQLError("boom", { extensions: { code: "INTERNAL_SERVER_ERROR" } })],
    });
    expect(isAuthError(unauth)).toBe(true);
    expect(isAuthError(other)).toBe(false);
    expect(isAuthError(undefined)).toBe(false);
  });
});
