import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { WARD_BOUNDARIES, wardBoundaryPath } from "./useBoundaries";

const WEB = join(import.meta.dirname, "../../..");
const COMMITTED = join(WEB, "public/geo");
const out = mkdtempSync(join(tmpdir(), "coproduce-geo-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) =>
    statSync(join(dir, n)).isDirectory() ? files(join(dir, n)).map((f) => `${n}/${f}`) : [n],
  );

describe("the map boundaries shipped in public/geo", () => {
  it("are exactly what scripts/build-geo.mjs makes from ../shared/data/geo (the build reruns it)", () => {
    execFileSync(process.execPath, [join(WEB, "scripts/build-geo.mjs")], {
      env: { ...process.env, COPRODUCE_GEO_OUT: out },
      stdio: "pipe",
    });
    const names = files(out).sort();
    expect(names).toEqual([
      "boroughs.json",
      "wards/E09000012.json",
      "wards/E09000022.json",
      "wards/E09000023.json",
      "wards/E09000028.json",
    ]);
    expect(files(COMMITTED).sort()).toEqual(names);
    for (const n of names) expect(readFileSync(join(COMMITTED, n), "utf8"), n).toBe(readFileSync(join(out, n), "utf8"));
  });

  it("are the ward files the council page looks for, and no others", () => {
    expect([...WARD_BOUNDARIES].sort().map((c) => `${c}.json`)).toEqual(files(join(COMMITTED, "wards")).sort());
    expect(wardBoundaryPath("E09000022")).toBe("/geo/wards/E09000022.json");
    expect(wardBoundaryPath("E09000001")).toBeNull();
    expect(wardBoundaryPath(null)).toBeNull();
  });

  it("stay small: the London map under 64 KB, each borough's wards under 24 KB", () => {
    expect(statSync(join(COMMITTED, "boroughs.json")).size).toBeLessThan(64 * 1024);
    for (const n of files(join(COMMITTED, "wards")))
      expect(statSync(join(COMMITTED, "wards", n)).size).toBeLessThan(24 * 1024);
  });

  it("keep neighbouring boroughs' shared edges identical (no gaps): inner edges come in reversed pairs", () => {
    const { features } = JSON.parse(readFileSync(join(COMMITTED, "boroughs.json"), "utf8")) as {
      features: {
        properties: { name: string };
        geometry: { type: string; coordinates: number[][][] | number[][][][] };
      }[];
    };
    const edges = new Map<string, number>();
    for (const f of features) {
      const polys = (
        f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates
      ) as number[][][][];
      for (const ring of polys.flat())
        for (let i = 0; i < ring.length - 1; i++) {
          const k = `${ring[i]!.join()}>${ring[i + 1]!.join()}`;
          edges.set(k, (edges.get(k) ?? 0) + 1);
        }
    }
    // Lambeth and Southwark share a long boundary: count Lambeth's edges that Southwark has reversed
    const ringsOf = (name: string) => {
      const f = features.find((x) => x.properties.name === name)!;
      return (
        (f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates) as number[][][][]
      ).flat();
    };
    const southwark = new Set(
      ringsOf("Southwark").flatMap((r) => r.slice(0, -1).map((p, i) => `${r[i + 1]!.join()}>${p.join()}`)),
    );
    const shared = ringsOf("Lambeth")
      .flatMap((r) => r.slice(0, -1).map((p, i) => `${p.join()}>${r[i + 1]!.join()}`))
      .filter((e) => southwark.has(e));
    expect(shared.length).toBeGreaterThan(10);
    // hardly any edge is drawn twice in the same direction (an overlap, not a shared edge): the
    // source itself, snapped to the grid and not simplified, has two such slivers (Thames-side spikes)
    expect([...edges.values()].filter((n) => n > 1).length).toBeLessThanOrEqual(5);
  });
});
