import { describe, expect, it } from "vitest";
import { PHASES, PHASE_LABELS } from "@coproduce/domain";
import { tn } from "../i18n";
import { formatDate, humanise, moneyList, phaseLabel, toPhase, yearParam } from "./format";

describe("format helpers", () => {
  it("maps API phases onto the domain's labels", () => {
    expect(toPhase("DEFINING_OUTCOMES")).toBe("defining_outcomes");
    expect(phaseLabel("RECRUITING")).toBe("Recruiting the panel");
    expect(phaseLabel("SOMETHING")).toBe("SOMETHING");
    // every phase of the domain has its English name among the messages
    for (const p of PHASES) expect(phaseLabel(p.toUpperCase())).toBe(PHASE_LABELS[p]);
  });
  it("lists totals in several currencies without adding them", () => {
    expect(
      moneyList([
        { amountMinor: 3_200_000, currency: "GBP" },
        { amountMinor: 50_000, currency: "BRX" },
      ]),
    ).toBe("£32,000 + B£500");
    expect(moneyList([])).toBe("£0");
  });
  it("formats dates, counts, words and years", () => {
    expect(formatDate("2024-03-05")).toBe("5 Mar 2024");
    expect(formatDate(null)).toBe("not set");
    expect(tn("units.award", 1)).toBe("1 award");
    expect(tn("units.award", 1200)).toBe("1,200 awards");
    expect(tn("units.award", 0)).toBe("0 awards");
    expect(humanise("young_offenders")).toBe("Young offenders");
    expect(yearParam("2024")).toBe(2024);
    expect(yearParam("24")).toBeUndefined();
    expect(yearParam(undefined)).toBeUndefined();
  });
});
