import { describe, expect, it } from "vitest";
import { OTHER_KEY, fitLabel, toSortedBars } from "./bars";

const rows = [
  { key: "b", label: "Brent", value: 300 },
  { key: "l", label: "Lambeth", value: 3_200_000 },
  { key: "s", label: "Southwark", value: 1_000 },
  { key: "h", label: "Hackney", value: 1_000 },
  { key: "c", label: "Camden", value: 50 },
];

describe("toSortedBars", () => {
  it("sorts descending, ties by label, and keeps every row when they fit", () => {
    const out = toSortedBars(rows, { topN: 10 });
    expect(out.bars.map((b) => b.key)).toEqual(["l", "h", "s", "b", "c"]);
    expect(out.total).toBe(3_202_350);
    expect(out.foldedCount).toBe(0);
  });

  it("folds the tail into one Other bar whose value is the sum of the folded rows", () => {
    const out = toSortedBars(rows, { topN: 2 });
    expect(out.bars.map((b) => b.label)).toEqual(["Lambeth", "Hackney", "Other (3 more)"]);
    const other = out.bars[2]!;
    expect(other.key).toBe(OTHER_KEY);
    expect(other.isOther).toBe(true);
    expect(other.count).toBe(3);
    expect(other.value).toBe(1_000 + 300 + 50);
    // nothing silently dropped: the bars add up to the total
    expect(out.bars.reduce((s, b) => s + b.value, 0)).toBe(out.total);
  });

  it("never folds a single row into Other", () => {
    const out = toSortedBars(rows, { topN: 4 });
    expect(out.bars).toHaveLength(5);
    expect(out.bars.some((b) => b.isOther)).toBe(false);
  });

  it("does not mutate its input and rejects a nonsensical topN", () => {
    const copy = rows.map((r) => ({ ...r }));
    toSortedBars(rows, { topN: 1 });
    expect(rows).toEqual(copy);
    expect(() => toSortedBars(rows, { topN: 0 })).toThrow(RangeError);
  });

  it("handles no rows", () => {
    expect(toSortedBars([])).toEqual({ bars: [], total: 0, foldedCount: 0 });
  });
});

describe("toSortedBars with a remainder already folded by the server", () => {
  it("keeps the given Other row last and merges it with any further folding", () => {
    const withOther = [...rows, { key: OTHER_KEY, label: "Other (7)", value: 5_000_000 }];
    const kept = toSortedBars(withOther, { topN: 5 });
    expect(kept.bars.at(-1)).toMatchObject({ key: OTHER_KEY, label: "Other (7)", isOther: true, value: 5_000_000 });
    expect(kept.bars[0]!.key).toBe("l");
    const folded = toSortedBars(withOther, { topN: 2 });
    expect(folded.bars.map((b) => b.label)).toEqual(["Lambeth", "Hackney", "Other (3 more) and Other (7)"]);
    expect(folded.bars.reduce((s, b) => s + b.value, 0)).toBe(folded.total);
  });
});

describe("fitLabel", () => {
  it("wraps long labels onto two lines on a phone and leaves them whole on a wide screen", () => {
    // 320 px: 22 characters a line, two lines
    expect(fitLabel("London Borough of Southwark", 320)).toEqual(["London Borough of", "Southwark"]);
    expect(fitLabel("A service for young offenders, chosen by young people", 320)).toEqual([
      "A service for young",
      "offenders, chosen by…",
    ]);
    expect(fitLabel("London Borough of Southwark", 1100)).toBe("London Borough of Southwark");
    expect(fitLabel("Lambeth", 100)).toBe("Lambeth");
    // one word longer than a line is cut
    expect(fitLabel("Rewitalizacjaterenówzielonych", 50)).toBe("Rewitaliz…");
  });
});
