/**
 * A choropleth's areas, ready to draw: each boundary's path with its fill (a scale step's token,
 * "none" for a real zero, a hatch for no data), its link and its accessible name, and the legend —
 * all from the same figures the map's table shows.
 */
import { cssVarName, type ColourToken } from "../../styles/tokens";
import type { FittedMap } from "./geo";
import { sequentialScale, type SequentialScale } from "./scale";

export interface AreaFigure {
  /** ONS code of the boundary it belongs to. */
  readonly code: string;
  /** The mapped value (≥ 0), or null when there is no figure for the area. */
  readonly value: number | null;
  /** The value as people read it, or why there is none ("Not on Coproduce"). */
  readonly text: string;
  /** Where the area leads (its council, its ward's rounds); none when there is no page for it. */
  readonly href?: string | undefined;
}

export type AreaKind = "value" | "zero" | "noData";

export interface MapArea {
  readonly code: string;
  readonly name: string;
  readonly d: string;
  readonly kind: AreaKind;
  /** Index of the scale step (kind "value" only). */
  readonly step: number | null;
  /** A CSS fill: var(--c-map-step-N), the page background for zero, the hatch pattern for no data. */
  readonly fill: string;
  readonly href: string | undefined;
  /** "Lambeth: £2.07 per resident" — the link's accessible name and its tooltip. */
  readonly label: string;
}

export interface LegendEntry {
  readonly kind: AreaKind;
  /** A CSS fill, as the areas use. */
  readonly fill: string;
  readonly label: string;
}

export interface Choropleth {
  readonly width: number;
  readonly height: number;
  readonly areas: readonly MapArea[];
  readonly legend: readonly LegendEntry[];
  readonly scale: SequentialScale;
}

export const NO_DATA_FILL = "url(#map-no-data)";
const tokenFill = (token: ColourToken): string => `var(${cssVarName(token)})`;

export function choropleth(
  map: FittedMap,
  figures: readonly AreaFigure[],
  labels: {
    /** Legend text of a step, from its bounds. */
    step: (from: number, to: number) => string;
    zero: string;
    noData: string;
    /** A boundary with no figure at all (e.g. a borough not on Coproduce). */
    missing: string;
  },
): Choropleth {
  const byCode = new Map(figures.map((f) => [f.code, f]));
  const scale = sequentialScale(figures.flatMap((f) => (f.value !== null ? [f.value] : [])));
  const areas = map.shapes.map((shape) => {
    const figure = byCode.get(shape.code);
    const value = figure?.value ?? null;
    const step = value !== null && value > 0 ? scale.stepOf(value) : null;
    const kind: AreaKind = value === null ? "noData" : value === 0 ? "zero" : "value";
    const fill =
      kind === "value" && step !== null
        ? tokenFill(scale.steps[step]!.colour)
        : kind === "zero"
          ? tokenFill("bg")
          : NO_DATA_FILL;
    return {
      code: shape.code,
      name: shape.name,
      d: shape.d,
      kind,
      step,
      fill,
      href: figure?.href,
      label: `${shape.name}: ${figure?.text ?? labels.missing}`,
    };
  });
  const kinds = new Set(areas.map((a) => a.kind));
  const legend: LegendEntry[] = [
    ...(kinds.has("zero") ? [{ kind: "zero" as const, fill: tokenFill("bg"), label: labels.zero }] : []),
    ...scale.steps.map((s) => ({
      kind: "value" as const,
      fill: tokenFill(s.colour),
      label: labels.step(s.from, s.to),
    })),
    ...(kinds.has("noData") ? [{ kind: "noData" as const, fill: NO_DATA_FILL, label: labels.noData }] : []),
  ];
  return { width: map.width, height: map.height, areas, legend, scale };
}
