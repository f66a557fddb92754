import { describe, expect, it } from "vitest";
import { choropleth, NO_DATA_FILL } from "./choropleth";
import type { FittedMap } from "./geo";

const square = (x: number) => `M${x},0L${x + 10},0L${x + 10},10L${x},10Z`;
const map: FittedMap = {
  width: 100,
  height: 20,
  shapes: [
    { code: "A", name: "Alpha", d: square(0), area: 100 },
    { code: "B", name: "Beta", d: square(20), area: 100 },
    { code: "C", name: "Gamma", d: square(40), area: 100 },
    { code: "D", name: "Delta", d: square(60), area: 100 },
  ],
};
const labels = {
  step: (from: number, to: number) => `${from} to ${to}`,
  zero: "None",
  noData: "No data",
  missing: "Not on Coproduce",
};

describe("choropleth", () => {
  const c = choropleth(
    map,
    [
      { code: "A", value: 40, text: "40 a head", href: "/councils/a" },
      { code: "B", value: 10, text: "10 a head", href: "/councils/b" },
      { code: "C", value: 0, text: "nothing awarded", href: "/councils/c" },
    ],
    labels,
  );

  it("fills each area from its figure: a step colour, the background for zero, the hatch for no figure", () => {
    // two positive values, max 40 → two steps of 20: B (10) in the first, A (40) in the last
    expect(c.areas.map((a) => [a.code, a.kind, a.step, a.fill])).toEqual([
      ["A", "value", 1, "var(--c-map-step5)"],
      ["B", "value", 0, "var(--c-map-step1)"],
      ["C", "zero", null, "var(--c-bg)"],
      ["D", "noData", null, NO_DATA_FILL],
    ]);
  });

  it("names each area with its figure, links it only where it has a page", () => {
    expect(c.areas.map((a) => a.label)).toEqual([
      "Alpha: 40 a head",
      "Beta: 10 a head",
      "Gamma: nothing awarded",
      "Delta: Not on Coproduce",
    ]);
    expect(c.areas.map((a) => a.href)).toEqual(["/councils/a", "/councils/b", "/councils/c", undefined]);
  });

  it("has a legend entry for zero, every step and no data, in that order", () => {
    expect(c.legend.map((l) => [l.kind, l.label])).toEqual([
      ["zero", "None"],
      ["value", "0 to 20"],
      ["value", "20 to 40"],
      ["noData", "No data"],
    ]);
  });

  it("leaves out the zero and no-data legend entries when no area needs them", () => {
    const full = choropleth(
      { ...map, shapes: map.shapes.slice(0, 2) },
      [
        { code: "A", value: 3, text: "3" },
        { code: "B", value: 6, text: "6" },
      ],
      labels,
    );
    expect(full.legend.map((l) => l.kind)).toEqual(["value", "value"]);
  });
});
