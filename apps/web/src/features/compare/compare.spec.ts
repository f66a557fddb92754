import { describe, expect, it } from "vitest";
import { comparisonItem } from "../../test/fixtures";
import { toCsv } from "../../charts/csv";
import {
  exactValue,
  formatNormalised,
  groupReference,
  knownSelection,
  regionGroups,
  median,
  parseSelection,
  positionText,
  selectionQuery,
  toCompareView,
} from "./compare";

const ALL = ["hackney", "lambeth", "lewisham"];

const item = comparisonItem;

describe("compare: median and position", () => {
  it("takes the median of odd and even groups", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([])).toBeNull();
  });
  it("places a value against the group's median and range", () => {
    expect(positionText(5, [1, 5, 9], String)).toBe("at the group median of 5 (range 1–9)");
    expect(positionText(9, [1, 5, 9], String)).toBe("above the group median of 5 (range 1–9)");
    expect(positionText(null, [1], String)).toBe("not reported");
  });
});

describe("compare: the selection in the URL", () => {
  it("compares every council, per resident, by money awarded when the URL says nothing", () => {
    expect(parseSelection({}, ALL)).toEqual({
      councils: ALL,
      rounds: [],
      normalise: "PER_CAPITA",
      measure: "awarded",
      everyCouncil: true,
    });
  });
  it("reads councils, rounds, normalisation and measure; ignores unknown values", () => {
    const s = parseSelection(
      { councils: "lambeth,hackney,lambeth", rounds: "r-1", normalise: "per-pot", measure: "spent" },
      ALL,
    );
    expect(s).toEqual({
      councils: ["lambeth", "hackney"],
      rounds: ["r-1"],
      normalise: "PER_POT",
      measure: "spent",
      everyCouncil: false,
    });
    expect(parseSelection({ normalise: "bogus", measure: "bogus" }, ALL)).toMatchObject({
      normalise: "PER_CAPITA",
      measure: "awarded",
    });
  });
  it("rounds alone compare just those rounds; an empty councils= means none", () => {
    expect(parseSelection({ rounds: "r-1,r-2" }, ALL)).toMatchObject({ councils: [], rounds: ["r-1", "r-2"] });
    expect(parseSelection({ councils: "" }, ALL)).toMatchObject({ councils: [], rounds: [], everyCouncil: false });
  });
  it("writes a selection back to the query, leaving defaults out and other parameters alone", () => {
    expect(
      selectionQuery({ x: "1" }, { councils: ALL, rounds: [], normalise: "PER_CAPITA", measure: "awarded" }, ALL),
    ).toEqual({ x: "1" });
    expect(
      selectionQuery(
        { councils: "lambeth" },
        { councils: [], rounds: [], normalise: "PER_CAPITA", measure: "awarded" },
        ALL,
      ),
    ).toEqual({ councils: "" });
    expect(
      selectionQuery({}, { councils: ["lambeth"], rounds: ["r-1"], normalise: "NONE", measure: "pot" }, ALL),
    ).toEqual({
      councils: "lambeth",
      rounds: "r-1",
      normalise: "none",
      measure: "pot",
    });
    // a round beside every council: the councils must be written out, or they would be dropped
    expect(
      selectionQuery({}, { councils: ALL, rounds: ["r-1"], normalise: "PER_POT", measure: "awarded" }, ALL),
    ).toMatchObject({
      councils: ALL.join(","),
      normalise: "per-pot",
    });
    // and read back the same
    const q = selectionQuery(
      {},
      { councils: ["hackney"], rounds: ["r-2"], normalise: "PER_POT", measure: "spent" },
      ALL,
    );
    expect(parseSelection(q, ALL)).toEqual({
      councils: ["hackney"],
      rounds: ["r-2"],
      normalise: "PER_POT",
      measure: "spent",
      everyCouncil: false,
    });
  });
});

describe("compare: formatting", () => {
  it("formats per resident, share of the pot and plain amounts with their currency", () => {
    expect(formatNormalised(258.54, "PER_CAPITA", "GBP")).toBe("£2.59");
    expect(formatNormalised(0.95, "PER_POT", "GBP")).toBe("95.0%");
    expect(formatNormalised(3_200_000, "NONE", "GBP")).toBe("£32,000");
    expect(formatNormalised(1_250, "NONE", "BRX")).toBe("B£12.50");
  });
});

describe("compare: the view", () => {
  const links = (id: string) =>
    id.startsWith("C")
      ? { kind: "council" as const, to: `/councils/${id}` }
      : { kind: "round" as const, to: `/rounds/${id}` };
  const items = [
    item("C1", "Lambeth", [{ measure: "awarded", currency: "GBP", value: 130.55 }]),
    item("C2", "Hackney", [{ measure: "awarded", currency: "GBP", value: 180.79 }]),
    item("R1", "Green Million", [{ measure: "awarded", currency: "PLN", value: 0.99 }], {
      proportionality: 0.822,
      spending: {
        roundCount: 1,
        awardCount: 30,
        population: null,
        pot: [{ amountMinor: 100_000_000, currency: "PLN" }],
        awarded: [],
        spent: [],
      },
    }),
  ];
  const group = [
    { measure: "awarded", currency: "GBP", median: 155.67, min: 130.55, max: 180.79 },
    { measure: "awarded", currency: "PLN", median: 0.99, min: 0.99, max: 0.99 },
  ];

  it("charts the main currency, places each item against the API's median and range, and says what was left out", () => {
    const v = toCompareView(items, group, { normalise: "PER_CAPITA", measure: "awarded", links });
    expect(v.currency).toBe("GBP");
    expect(v.bars.map((b) => [b.label, b.value])).toEqual([
      ["Hackney", 180.79],
      ["Lambeth", 130.55],
    ]);
    expect(v.headline).toBe("Money awarded per resident: group median £1.56");
    expect(v.groupText).toBe("median £1.56, range £1.31–£1.81");
    expect(v.unit).toBe("£");
    expect(v.reference).toEqual({
      band: { from: 130.55, to: 180.79, label: "Range £1.31–£1.81" },
      lines: [{ value: 155.67, label: "Median £1.56" }],
    });
    expect(v.rows.find((r) => r.label === "Lambeth")).toMatchObject({
      kind: "Council",
      link: "/councils/C1",
      valueText: "£1.31",
      position: "below",
    });
    // every item stays in the table, including the one in another currency
    expect(v.rows.map((r) => r.label)).toEqual(["Lambeth", "Hackney", "Green Million"]);
    expect(v.rows[2]).toMatchObject({
      kind: "Round",
      value: null,
      valueText: "not reported",
      proportionality: 82.2,
      pot: "zł\u00a01,000,000", // CLDR keeps a symbol ending in a letter apart from the digits
      awarded: "none",
    });
    expect(v.excluded).toContain("Green Million not charted");
    expect(v.excluded).toContain("never added");
    expect(v.summary).toBe(
      // in the order given (alphabetical from the API), not ranked
      "Lambeth: £1.31, below the group median of £1.56 (range £1.31–£1.81). Hackney: £1.81, above the group median of £1.56 (range £1.31–£1.81).",
    );
  });

  it("charts shares of the pot as percentages", () => {
    const v = toCompareView(
      [
        item("R1", "A", [{ measure: "spent", currency: "GBP", value: 0.7125 }]),
        item("R2", "B", [{ measure: "spent", currency: "GBP", value: 0.2243 }]),
      ],
      [{ measure: "spent", currency: "GBP", median: 0.4684, min: 0.2243, max: 0.7125 }],
      { normalise: "PER_POT", measure: "spent", links },
    );
    expect(v.bars.map((b) => b.value)).toEqual([71.25, 22.43]);
    expect(v.format(71.25)).toBe("71.3%");
    expect(v.headline).toBe("Money spent as a share of the pot: group median 46.8%");
    expect(v.unit).toBe("%");
  });

  it("compares shares of the pot when every round is in złoty (Pabulib rounds), and downloads them exactly", () => {
    // the seeded Pabulib rounds: Stara Ochota awarded its whole pot; Wieliczka zł995,079 of zł1,000,000
    const pln = (amountMinor: number) => [{ amountMinor, currency: "PLN" }];
    const round = (id: string, label: string, pot: number, awarded: number) =>
      item(
        id,
        label,
        [
          { measure: "pot", currency: "PLN", value: 1 },
          { measure: "awarded", currency: "PLN", value: awarded / pot },
        ],
        {
          spending: {
            roundCount: 1,
            awardCount: 30,
            population: null,
            pot: pln(pot),
            awarded: pln(awarded),
            spent: [],
          },
        },
      );
    const v = toCompareView(
      [
        round("R1", "Stara Ochota 2019", 37_392_700, 37_392_700),
        round("R2", "Wieliczka 2023", 100_000_000, 99_507_900),
      ],
      [
        { measure: "awarded", currency: "PLN", median: 0.9975395, min: 0.995079, max: 1 },
        { measure: "pot", currency: "PLN", median: 1, min: 1, max: 1 },
      ],
      { normalise: "PER_POT", measure: "awarded", links },
    );
    expect(v.currency).toBe("PLN");
    expect(v.bars.map((b) => [b.label, b.value])).toEqual([
      ["Stara Ochota 2019", 100],
      ["Wieliczka 2023", 99.5079],
    ]);
    expect(v.headline).toBe("Money awarded as a share of the pot: group median 99.8%");
    expect(v.groupText).toBe("median 99.8%, range 99.5%–100.0%");
    expect(v.excluded).not.toContain("not charted");
    expect(v.rows.map((r) => [r.valueText, r.valueExact, r.position])).toEqual([
      ["100.0%", "100.00", "above"],
      ["99.5%", "99.51", "below"],
    ]);
    // the chart's range band and median line, in the bars' percent
    expect(v.reference?.band).toMatchObject({ from: 99.5079, to: 100, label: "Range 99.5%–100.0%" });
    expect(v.reference?.lines).toHaveLength(1);
    expect(v.reference?.lines[0]!.value).toBeCloseTo(99.754, 3);
    expect(v.reference?.lines[0]!.label).toBe("Median 99.8%");
    // the table's value column downloads the exact percent under "(%)"
    const csv = toCsv(
      [
        { key: "label", label: "Council or round" },
        {
          key: "value",
          label: "Awarded, share of the pot",
          unit: v.unit,
          numeric: true,
          download: (_x, r) => r.valueExact,
        },
      ],
      v.rows,
    );
    expect(csv).toBe(
      'Council or round,"Awarded, share of the pot (%)"\r\nStara Ochota 2019,100.00\r\nWieliczka 2023,99.51\r\n',
    );
  });

  it("downloads amounts and amounts per resident in major units, from the integer totals", () => {
    const spending = {
      roundCount: 2,
      awardCount: 3,
      population: 317_651,
      pot: [{ amountMinor: 3_200_000, currency: "GBP" }],
      awarded: [
        { amountMinor: 3_040_000, currency: "GBP" },
        { amountMinor: 50_000, currency: "BRX" },
      ],
      spent: [],
    };
    expect(exactValue(spending, "awarded", "NONE", "GBP")).toBe("30400.00");
    expect(exactValue(spending, "awarded", "NONE", "BRX")).toBe("500.00");
    // £30,400 ÷ 317,651 residents = £0.095702…
    expect(exactValue(spending, "awarded", "PER_CAPITA", "GBP")).toBe("0.0957");
    expect(exactValue(spending, "awarded", "PER_POT", "GBP")).toBe("95.00");
    expect(exactValue(spending, "awarded", "PER_POT", "BRX")).toBeNull(); // no B£ pot
    expect(exactValue(spending, "spent", "NONE", "GBP")).toBeNull();
    expect(exactValue({ ...spending, population: null }, "awarded", "PER_CAPITA", "GBP")).toBeNull();
  });

  it("marks the group's range and median in the chart's unit, or nothing without a group", () => {
    const format = (x: number) => `£${(x / 100).toFixed(2)}`;
    expect(groupReference({ median: 155.67, min: 130.55, max: 180.79 }, "PER_CAPITA", format)).toEqual({
      band: { from: 130.55, to: 180.79, label: "Range £1.31–£1.81" },
      lines: [{ value: 155.67, label: "Median £1.56" }],
    });
    expect(groupReference(null, "NONE", format)).toBeNull();
  });

  it("the item at the median is 'at' it in the table and the summary alike, whatever its decimals", () => {
    // Hackney's share is the group's median: 0.31004405… (rounded to 0.31 for the table, not for the comparison)
    const shares = [0.95, 0.3100440528634361, 0.24655];
    const v = toCompareView(
      shares.map((value, n) => item(`C${n}`, `Item ${n}`, [{ measure: "awarded", currency: "GBP", value }])),
      [{ measure: "awarded", currency: "GBP", median: 0.3100440528634361, min: 0.24655, max: 0.95 }],
      { normalise: "PER_POT", measure: "awarded", links },
    );
    expect(v.rows.map((r) => r.position)).toEqual(["above", "at", "below"]);
    expect(v.summary).toContain("Item 1: 31.0%, at the group median of 31.0% (range 24.7%–95.0%)");
  });

  it("says plainly when nothing can be charted", () => {
    const v = toCompareView([item("C1", "Lambeth", [])], [], { normalise: "NONE", measure: "spent", links });
    expect(v.bars).toEqual([]);
    expect(v.group).toBeNull();
    expect(v.headline).toBe("Money spent: nothing to compare");
    expect(v.summary).toBe("None of the 1 chosen has a spent amount to compare amounts.");
  });
});

describe("compare: slugs in the URL that do not exist", () => {
  const s = parseSelection({ councils: "lambeth,nowhere", rounds: "r-1,no-such-round" }, ALL);
  it("asks the API only about councils and rounds that exist, and names the others", () => {
    expect(knownSelection(s, { councils: ALL, rounds: ["r-1"], roundsComplete: true })).toEqual({
      councils: ["lambeth"],
      rounds: ["r-1"],
      normalise: "PER_CAPITA",
      unknown: ["nowhere", "no-such-round"],
    });
  });
  it("passes rounds through when the page does not have the full list of them", () => {
    expect(knownSelection(s, { councils: ALL, rounds: ["r-1"], roundsComplete: false }).rounds).toEqual([
      "r-1",
      "no-such-round",
    ]);
  });
});

describe("compare: region groups", () => {
  it("offers each region with at least two councils", () => {
    expect(
      regionGroups([
        { slug: "lambeth", region: "London" },
        { slug: "wieliczka", region: "Małopolska" },
        { slug: "hackney", region: "London" },
        { slug: "nowhere", region: null },
      ]),
    ).toEqual([{ region: "London", slugs: ["lambeth", "hackney"] }]);
  });
});
