import { describe, expect, it } from "vitest";
import { councilTable } from "./councilTable";

describe("Home's councils table", () => {
  const councils = [
    { id: "C1", slug: "lambeth", name: "Lambeth", population: 317_651 },
    { id: "C2", slug: "wieliczka", name: "Wieliczka", population: null },
  ];
  it("joins each council to its spending row by id, currencies listed, never added", () => {
    const rows = councilTable(councils, [
      {
        key: "C1",
        roundCount: 6,
        awardCount: 4,
        awarded: [
          { amountMinor: 41_470_000, currency: "GBP" },
          { amountMinor: 50_000, currency: "BRX" },
        ],
      },
    ]);
    expect(rows[0]).toMatchObject({ rounds: 6, awards: 4, awarded: "£414,700 + B£500" });
  });
  it("keeps a council with nothing in the filters, at zero", () => {
    expect(councilTable(councils, [])[1]).toMatchObject({
      council: { slug: "wieliczka" },
      rounds: 0,
      awards: 0,
      awarded: "none",
    });
  });
});
