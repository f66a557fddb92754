import { describe, expect, it } from "vitest";
import { fundingCouncils, identifierOf, outcomeStatusCounts, totalsByCurrency, type AwardLike } from "./provider";

const gbp = (n: number) => ({ amountMinor: n, currency: "GBP" });
const award = (value: number, council: string, slug: string, outcomes: string[] = [], currency = "GBP"): AwardLike => ({
  value: { amountMinor: value, currency },
  spent: gbp(0),
  round: {
    slug,
    council: { slug: council, name: council[0]!.toUpperCase() + council.slice(1) },
    outcomes: outcomes.map((status, i) => ({ id: `${slug}-${i}`, title: `o${i}`, status })),
  },
});

describe("the provider page's figures", () => {
  const awards = [
    award(30_400_00, "lambeth", "r1", ["on_track", "at_risk"]),
    award(10_000_00, "lambeth", "r1", ["on_track", "at_risk"]), // the same round again: its outcomes once
    award(5_000_00, "hackney", "r2", ["on_track"]),
    award(2_000_00, "brixton", "r3", [], "BRX"),
  ];
  it("sums awards per currency, never across currencies", () => {
    expect(totalsByCurrency(awards)).toEqual([
      { currency: "BRX", amountMinor: 2_000_00 },
      { currency: "GBP", amountMinor: 45_400_00 },
    ]);
  });
  it("lists each funding council once, by name", () => {
    expect(fundingCouncils(awards).map((c) => c.slug)).toEqual(["brixton", "hackney", "lambeth"]);
  });
  it("counts the outcomes of each round it delivers once", () => {
    expect(outcomeStatusCounts(awards)).toEqual([
      { status: "on_track", count: 2 },
      { status: "at_risk", count: 1 },
    ]);
  });
  it("links charity and company numbers to their public registers", () => {
    expect(identifierOf("GB-CHC", "1234567")?.href).toContain("charity-details/1234567");
    expect(identifierOf("GB-COH", "01234567")).toEqual({
      orgId: "GB-COH-01234567",
      href: "https://find-and-update.company-information.service.gov.uk/company/01234567",
    });
    expect(identifierOf("GB-LAE", "LBH")).toEqual({ orgId: "GB-LAE-LBH", href: null });
    expect(identifierOf(null, "1")).toBeNull();
  });
});
