/**
 * The maps' colour scale: equal steps from zero to a round maximum, one design-token colour per
 * step (a single-hue sequential scale, lightest for the least), and the legend that explains it.
 */
import { mapScale } from "../../styles/tokens";
import type { ColourToken } from "../../styles/tokens";

export interface Step {
  /** Inclusive lower bound. */
  readonly from: number;
  /** Exclusive upper bound (inclusive for the last step, which holds the maximum). */
  readonly to: number;
  readonly colour: ColourToken;
}

export interface SequentialScale {
  readonly steps: readonly Step[];
  /** The step a value falls in (its index), or null for a value that cannot be charted. */
  stepOf(value: number | null | undefined): number | null;
}

/** The smallest 1, 2, 2.5 or 5 × 10ⁿ at or above `x` (x > 0). */
export function niceCeil(x: number): number {
  const power = 10 ** Math.floor(Math.log10(x));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * power >= x * (1 - 1e-12)) return m * power;
  return 10 * power;
}

/**
 * Up to five equal steps from 0 covering every value: as many steps as there are distinct
 * positive values (at most the palette's five), each `niceCeil(max / steps)` wide, so the legend
 * reads in round figures. No values (or only zeros): no steps.
 */
export function sequentialScale(values: readonly number[]): SequentialScale {
  const positive = values.filter((v) => Number.isFinite(v) && v > 0);
  const max = Math.max(0, ...positive);
  const count = Math.min(mapScale.length, new Set(positive).size);
  if (count === 0 || max === 0) return { steps: [], stepOf: () => null };
  const width = niceCeil(max / count);
  // the palette spread over the steps (two steps: lightest and darkest), so contrast is as wide as it can be
  const steps = Array.from({ length: count }, (_, i) => ({
    from: i * width,
    to: (i + 1) * width,
    colour: mapScale[count === 1 ? mapScale.length - 1 : Math.round((i * (mapScale.length - 1)) / (count - 1))]!,
  }));
  return {
    steps,
    stepOf: (value) => {
      if (value === null || value === undefined || !Number.isFinite(value) || value < 0) return null;
      return Math.min(count - 1, Math.floor(value / width));
    },
  };
}
