import { describe, expect, it } from "vitest";
import { groupMoney } from "./money";
import { moneyBarsFigure } from "./figures";
import { toCsv } from "./csv";

const items = ["a", "b", "c", "d", "e", "f"].map((k, i) => ({
  key: k,
  label: k.toUpperCase(),
  money: { amountMinor: (i + 1) * 100_000, currency: "GBP" },
}));

describe("moneyBarsFigure", () => {
  it("chart, table and headline reconcile", () => {
    const fig = moneyBarsFigure(groupMoney(items), {
      topN: 3,
      groupLabel: "Council",
      groups: "units.council",
      measure: "Awarded",
      noun: "awards",
      link: (k) => `/councils/${k}`,
    });
    expect(fig.sorted.bars.map((b) => b.label)).toEqual(["F", "E", "D", "Other (3 more)"]);
    expect(fig.rows.map((r) => r.value)).toEqual(fig.sorted.bars.map((b) => b.value));
    expect(fig.rows.reduce((s, r) => s + Number(r.value), 0)).toBe(2_100_000);
    expect(fig.total).toBe("£21,000");
    expect(fig.rows.map((r) => r.records)).toEqual([1, 1, 1, 3]);
    expect(fig.summary).toBe("F had the largest share: £6,000 of £21,000 (28.6%) across 6 councils.");
    expect(fig.columns[0]!.link!(fig.rows[0]!)).toBe("/councils/f");
    expect(fig.columns[0]!.link!(fig.rows[3]!)).toBeUndefined();
    // the download: pounds to the penny under "Awarded (£)", exactly the bars drawn
    expect(toCsv(fig.columns, fig.rows)).toBe(
      [
        "Council,Awarded (£),Share of total (%),Number of awards",
        "F,6000.00,28.6,1",
        "E,5000.00,23.8,1",
        "D,4000.00,19,1",
        "Other (3 more),6000.00,28.6,3",
        "",
      ].join("\r\n"),
    );
  });

  it("formats in the groups' currency", () => {
    const fig = moneyBarsFigure(groupMoney([{ key: "x", label: "X", money: { amountMinor: 1250, currency: "BRX" } }]), {
      groupLabel: "Round",
      groups: "units.round",
      measure: "Paid",
      noun: "payments",
    });
    expect(fig.total).toBe("B£12.50");
    expect(fig.columns[1]!.unit).toBe("B£");
    expect(toCsv(fig.columns, fig.rows).split("\r\n").slice(0, 2)).toEqual([
      "Round,Paid (B£),Share of total (%),Number of payments",
      "X,12.50,100,1",
    ]);
  });

  it("names złoty by their code and downloads them in złoty", () => {
    const fig = moneyBarsFigure(
      groupMoney([{ key: "w", label: "Wieliczka", money: { amountMinor: 99_507_900, currency: "PLN" } }]),
      { groupLabel: "Council", groups: "units.council", measure: "Awarded", noun: "awards" },
    );
    expect(fig.columns[1]!.unit).toBe("PLN");
    expect(toCsv(fig.columns, fig.rows).split("\r\n")[1]).toBe("Wieliczka,995079.00,100,1");
  });
});
