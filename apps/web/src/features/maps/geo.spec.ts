import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fitBoundaries, placeKey, type Boundaries } from "./geo";

const GEO = join(import.meta.dirname, "../../../public/geo");
const read = (name: string): Boundaries => JSON.parse(readFileSync(join(GEO, name), "utf8")) as Boundaries;

/** The extent of an SVG path's coordinates (M/L commands with absolute numbers, as d3-geo writes them). */
function extent(d: string): { minX: number; maxX: number; minY: number; maxY: number } {
  const nums = (d.match(/-?\d+(?:\.\d+)?(?:e-?\d+)?/g) ?? []).map(Number);
  const xs = nums.filter((_, i) => i % 2 === 0);
  const ys = nums.filter((_, i) => i % 2 === 1);
  return { minX: Math.min(...xs), maxX: Math.max(...xs), minY: Math.min(...ys), maxY: Math.max(...ys) };
}

describe("fitBoundaries", () => {
  const boroughs = read("boroughs.json");

  it("draws all 33 London boroughs inside the viewBox, filling its width", () => {
    const map = fitBoundaries(boroughs, 600, 4);
    expect(map.shapes).toHaveLength(33);
    const all = map.shapes.map((s) => extent(s.d));
    const minX = Math.min(...all.map((e) => e.minX));
    const maxX = Math.max(...all.map((e) => e.maxX));
    const minY = Math.min(...all.map((e) => e.minY));
    const maxY = Math.max(...all.map((e) => e.maxY));
    expect(minX).toBeCloseTo(4, 0);
    expect(maxX).toBeCloseTo(596, 0);
    expect(minY).toBeGreaterThanOrEqual(3.9);
    expect(maxY).toBeLessThanOrEqual(map.height - 3.9);
    // London is wider than tall: about 50 km east–west, 40 km north–south, so height ≈ 0.8 × width
    expect(map.height / map.width).toBeGreaterThan(0.6);
    expect(map.height / map.width).toBeLessThan(0.95);
  });

  it("winds rings the way d3-geo expects: each borough is a small part of the map, not the whole sphere", () => {
    const map = fitBoundaries(boroughs, 600);
    const total = map.width * map.height;
    for (const s of map.shapes) {
      expect(s.area, s.name).toBeGreaterThan(0);
      expect(s.area, s.name).toBeLessThan(total / 4);
    }
    // the boroughs tile most of the map's bounding box (London is roughly round): a quarter to all of it
    const sum = map.shapes.reduce((a, s) => a + s.area, 0);
    expect(sum / total).toBeGreaterThan(0.4);
    expect(sum / total).toBeLessThan(1);
  });

  it("puts Lambeth south of Camden and west of Lewisham (the projection is the right way up)", () => {
    const map = fitBoundaries(boroughs, 600);
    const at = (name: string) => {
      const e = extent(map.shapes.find((s) => s.name === name)!.d);
      return { x: (e.minX + e.maxX) / 2, y: (e.minY + e.maxY) / 2 };
    };
    expect(at("Lambeth").y).toBeGreaterThan(at("Camden").y);
    expect(at("Lambeth").x).toBeLessThan(at("Lewisham").x);
  });

  it("draws Lambeth's 25 wards within the viewBox", () => {
    const map = fitBoundaries(read("wards/E09000022.json"), 400);
    expect(map.shapes).toHaveLength(25);
    for (const s of map.shapes) expect(s.area).toBeLessThan((map.width * map.height) / 4);
    expect(map.shapes.map((s) => s.name)).toContain("Brixton Windrush");
  });
});

describe("placeKey", () => {
  it("matches a ward name to its slug form and ignores punctuation", () => {
    expect(placeKey("Clapham Common & Abbeville")).toBe(placeKey("clapham-common-and-abbeville"));
    expect(placeKey("Knight's Hill")).toBe("knightshill");
    expect(placeKey("St Martin's")).not.toBe(placeKey("St Mary's"));
  });
});
