import { describe, expect, it } from "vitest";
import { addOneYear, monitoringPeriod } from "./period.js";

describe("an indicator's monitoring period", () => {
  it("is the period the panel set when it has one", () => {
    expect(monitoringPeriod({ startsOn: "2024-04-01", dueOn: "2025-03-31" }, { asOf: "2026-01-01" })).toEqual({
      start: "2024-04-01",
      end: "2025-03-31",
      defaulted: false,
    });
  });
  it("starts with the funded service, then lasts a year, when the panel set none", () => {
    expect(
      monitoringPeriod({ startsOn: null, dueOn: null }, { serviceStart: "2023-09-01", asOf: "2026-01-01" }),
    ).toEqual({ start: "2023-09-01", end: "2024-09-01", defaulted: true });
  });
  it("starts on the date asked about when nothing else is known", () => {
    expect(monitoringPeriod({}, { asOf: "2026-12-01" })).toEqual({
      start: "2026-12-01",
      end: "2027-12-01",
      defaulted: true,
    });
  });
  it("ignores a due date that is not after the start", () => {
    expect(monitoringPeriod({ startsOn: "2024-05-01", dueOn: "2024-05-01" }, { asOf: "2026-01-01" })).toEqual({
      start: "2024-05-01",
      end: "2025-05-01",
      defaulted: true,
    });
  });
  it("adds a year without inventing 29 February", () => {
    expect(addOneYear("2024-02-29")).toBe("2025-02-28");
    expect(addOneYear("2023-12-31")).toBe("2024-12-31");
  });
});
