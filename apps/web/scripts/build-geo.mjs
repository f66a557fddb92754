// Builds the map boundaries the dashboard draws (public/geo/*.json) from the ONS boundaries in
// ../shared/data/geo (Open Government Licence v3.0; see its SOURCES.md): the 33 London boroughs,
// and the wards of each borough that has them, one file per borough. Coordinates are quantised to
// grid (BOROUGH_STEP, WARD_STEP below; the sources are generalised to 20 m), consecutive
// duplicate vertices dropped, and rings rewound to the order d3-geo expects (clockwise exterior
// rings — the reverse of RFC 7946). Shared edges stay vertex-for-vertex identical (the rounding is
// deterministic), so neighbours never gap. The output is committed, so the build works without
// ../shared; the build reruns this script when ../shared is there and the output must not change.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const WEB = join(dirname(fileURLToPath(import.meta.url)), "..");
const SOURCE = process.env.COPRODUCE_GEO_SOURCE ?? join(WEB, "../../../shared/data/geo");
const OUT = process.env.COPRODUCE_GEO_OUT ?? join(WEB, "public/geo");
/** Grid steps in degrees: London-wide map ≈ 21 m × 33 m (the sources' 20 m generalisation); a borough's wards ≈ 7 m × 11 m. */
const BOROUGH_STEP = 0.0003;
const WARD_STEP = 0.0001;
/** Douglas–Peucker tolerance for the London-wide map, in degrees of latitude (≈ 55 m, under a pixel of the map at its widest). */
const BOROUGH_TOLERANCE = 0.0005;

/** Snaps a coordinate to a grid of `step` degrees (printed with 4 decimals, so no float noise). */
const snap = (v, step) => Number((Math.round(v / step) * step).toFixed(4));

/** Signed area of a lon/lat ring by the shoelace formula (> 0: counter-clockwise). */
function signedArea(ring) {
  let s = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
    s += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  return s / 2;
}

/** A ring quantised, without consecutive duplicates, closed, exterior clockwise / holes counter-clockwise. */
function ringFor(ring, exterior, step) {
  const out = [];
  for (const [x, y] of ring) {
    const p = [snap(x, step), snap(y, step)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  if (out.length > 1 && (out[0][0] !== out.at(-1)[0] || out[0][1] !== out.at(-1)[1])) out.push([...out[0]]);
  if (out.length < 4) return null;
  // signedArea > 0: counter-clockwise (x east, y north)
  const clockwise = signedArea(out) < 0;
  return clockwise === exterior ? out : out.reverse();
}

function polygonsOf(geometry, step) {
  const polys = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  return polys
    .map((rings) => rings.map((r, i) => ringFor(r, i === 0, step)).filter(Boolean))
    .filter((rings) => rings.length > 0 && rings[0]);
}

const key = (p) => `${p[0]},${p[1]}`;

/** Perpendicular distance of p from segment a–b, lon scaled by cos(latitude) so both axes are alike. */
function distance(p, a, b) {
  const k = Math.cos((a[1] * Math.PI) / 180);
  const [px, py, ax, ay, bx, by] = [p[0] * k, p[1], a[0] * k, a[1], b[0] * k, b[1]];
  const dx = bx - ax;
  const dy = by - ay;
  const len = dx * dx + dy * dy;
  const t = len === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Douglas–Peucker on an open chain (ends kept). */
function douglasPeucker(chain, tolerance) {
  if (chain.length <= 2) return chain;
  let worst = 0;
  let at = 0;
  for (let i = 1; i < chain.length - 1; i++) {
    const d = distance(chain[i], chain[0], chain.at(-1));
    if (d > worst) [worst, at] = [d, i];
  }
  if (worst <= tolerance) return [chain[0], chain.at(-1)];
  return [
    ...douglasPeucker(chain.slice(0, at + 1), tolerance).slice(0, -1),
    ...douglasPeucker(chain.slice(at), tolerance),
  ];
}

/**
 * Simplifies every ring of a set of features without opening gaps between neighbours: vertices
 * where three or more edges meet (junctions) are kept, and each chain between two junctions is
 * simplified once, in one canonical direction, so both rings that share it get the same vertices.
 */
function simplifyShared(features, tolerance) {
  const rings = features.flatMap((f) =>
    (f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates).flat(),
  );
  const neighbours = new Map();
  for (const ring of rings)
    for (let i = 0; i < ring.length - 1; i++) {
      const a = key(ring[i]);
      const b = key(ring[i + 1]);
      if (!neighbours.has(a)) neighbours.set(a, new Set());
      if (!neighbours.has(b)) neighbours.set(b, new Set());
      neighbours.get(a).add(b);
      neighbours.get(b).add(a);
    }
  const junction = (p) => neighbours.get(key(p)).size > 2;
  const done = new Map();
  const chainOf = (chain) => {
    const forward = `${key(chain[0])}|${key(chain[1])}|${key(chain.at(-1))}|${chain.length}`;
    const backward = `${key(chain.at(-1))}|${key(chain.at(-2))}|${key(chain[0])}|${chain.length}`;
    if (done.has(forward)) return done.get(forward);
    if (done.has(backward)) return [...done.get(backward)].reverse();
    const out = douglasPeucker(chain, tolerance);
    done.set(forward, out);
    return out;
  };
  const simplifyRing = (ring) => {
    const open = ring.slice(0, -1);
    let start = open.findIndex(junction);
    if (start < 0) {
      // no junction (an island, or a ring shared whole with one neighbour): anchor at the smallest vertex
      start = open.reduce((best, p, i) => (key(p) < key(open[best]) ? i : best), 0);
    }
    const rotated = [...open.slice(start), ...open.slice(0, start), open[start]];
    const out = [rotated[0]];
    let from = 0;
    for (let i = 1; i < rotated.length; i++) {
      if (i === rotated.length - 1 || junction(rotated[i])) {
        out.push(...chainOf(rotated.slice(from, i + 1)).slice(1));
        from = i;
      }
    }
    return out.length >= 4 ? out : ring;
  };
  for (const f of features) {
    const polys = f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates;
    const next = polys.map((rings) => rings.map(simplifyRing));
    f.geometry.coordinates = f.geometry.type === "Polygon" ? next[0] : next;
  }
  return features;
}

function feature(f, properties, step) {
  const polys = polygonsOf(f.geometry, step);
  return {
    type: "Feature",
    properties,
    geometry:
      polys.length === 1 ? { type: "Polygon", coordinates: polys[0] } : { type: "MultiPolygon", coordinates: polys },
  };
}

const write = (name, features) => {
  const path = join(OUT, name);
  mkdirSync(dirname(path), { recursive: true });
  // one feature a line: small diffs when a boundary changes
  const body = `{"type":"FeatureCollection","features":[\n${features.map((f) => JSON.stringify(f)).join(",\n")}\n]}\n`;
  writeFileSync(path, body);
  return body.length;
};

if (!existsSync(join(SOURCE, "london_boroughs.geojson"))) {
  if (existsSync(join(OUT, "boroughs.json"))) {
    console.log(`build-geo: ${SOURCE} not found; keeping the committed public/geo files.`);
    process.exit(0);
  }
  console.error(`build-geo: ${SOURCE} not found and no committed public/geo files.`);
  process.exit(1);
}

const boroughs = JSON.parse(readFileSync(join(SOURCE, "london_boroughs.geojson"), "utf8")).features;
const wards = JSON.parse(readFileSync(join(SOURCE, "wards_2022.geojson"), "utf8")).features;
const sizes = {};
const boroughFeatures = boroughs
  .sort((a, b) => a.properties.code.localeCompare(b.properties.code))
  .map((f) => feature(f, { code: f.properties.code, name: f.properties.name }, BOROUGH_STEP));
sizes["boroughs.json"] = write("boroughs.json", simplifyShared(boroughFeatures, BOROUGH_TOLERANCE));
const byBorough = new Map();
for (const w of wards) {
  const list = byBorough.get(w.properties.borough_code) ?? [];
  list.push(w);
  byBorough.set(w.properties.borough_code, list);
}
for (const [code, list] of [...byBorough].sort(([a], [b]) => a.localeCompare(b)))
  sizes[`wards/${code}.json`] = write(
    `wards/${code}.json`,
    list
      .sort((a, b) => a.properties.code.localeCompare(b.properties.code))
      .map((f) => feature(f, { code: f.properties.code, name: f.properties.name }, WARD_STEP)),
  );
console.log(
  `build-geo: ${Object.entries(sizes)
    .map(([n, s]) => `${n} ${(s / 1024).toFixed(1)} KB`)
    .join(", ")}`,
);
