/**
 * Boundaries as SVG paths: the GeoJSON the build writes to public/geo (rings already wound the way
 * d3-geo expects, see scripts/build-geo.mjs), projected with a Mercator fitted to a fixed width so
 * the map scales with its viewBox (360 px phones to 1280 px desktops) and never scrolls sideways.
 */
import { geoMercator, geoPath, type ExtendedFeature, type ExtendedFeatureCollection } from "d3-geo";

export interface BoundaryProperties {
  /** ONS GSS code: E09… (borough) or E05… (ward). */
  readonly code: string;
  readonly name: string;
}
export type BoundaryGeometry =
  | { readonly type: "Polygon"; readonly coordinates: number[][][] }
  | { readonly type: "MultiPolygon"; readonly coordinates: number[][][][] };
export interface BoundaryFeature {
  readonly type: "Feature";
  readonly properties: BoundaryProperties;
  readonly geometry: BoundaryGeometry;
}
export interface Boundaries {
  readonly type: "FeatureCollection";
  readonly features: readonly BoundaryFeature[];
}

export interface AreaShape {
  readonly code: string;
  readonly name: string;
  /** The SVG path (in viewBox units). */
  readonly d: string;
  /** Area in square viewBox units (a wrongly wound ring would cover the whole sphere: huge). */
  readonly area: number;
}

export interface FittedMap {
  readonly width: number;
  readonly height: number;
  readonly shapes: readonly AreaShape[];
}

/** Every boundary as a path, fitted to `width` (with `padding` all round); the height follows the shape. */
export function fitBoundaries(boundaries: Boundaries, width: number, padding = 4): FittedMap {
  // GeoJSON objects as d3-geo types them (its types come from @types/geojson)
  const all = boundaries as unknown as ExtendedFeatureCollection;
  const projection = geoMercator().fitWidth(width - 2 * padding, all);
  const path = geoPath(projection);
  const [[, y0], [, y1]] = path.bounds(all);
  const height = Math.ceil(y1 - y0) + 2 * padding;
  const [tx, ty] = projection.translate();
  projection.translate([tx + padding, ty - y0 + padding]);
  const shapes = boundaries.features.map((f) => {
    const feature = f as unknown as ExtendedFeature;
    return { code: f.properties.code, name: f.properties.name, d: path(feature) ?? "", area: path.area(feature) };
  });
  return { width, height, shapes };
}

/** A place name for matching across sources: "Stockwell East" ≡ "stockwell-east", "&" ≡ "and". */
export function placeKey(name: string): string {
  return name
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/&/g, "and")
    .replace(/[^a-z0-9]+/g, "");
}
