/**
 * The design tokens: the one place a colour is written down. CSS reads them as custom properties
 * from `tokens.css` (generated from this file: `pnpm --filter @coproduce/web tokens`, checked by
 * `tokens.spec.ts`), chart.js reads them from here. Nothing else in `src/` or `index.html` may
 * contain a hex colour (also checked by `tokens.spec.ts`).
 *
 * Palette: the Government Analysis Function's (dark blue, turquoise, dark pink, orange; with two
 * series, dark blue and orange), text and states after the GOV.UK Design System. Contrast on white:
 * blue 10:1, maroon 9:1, muted 7:1; teal (3.0:1) and orange (2.8:1) are for graphics only, never text.
 */
export const colour = {
  blue: "#12436d",
  blueDark: "#0d3250",
  teal: "#28a197",
  maroon: "#801650",
  orange: "#f46a25",
  text: "#0b0c0c",
  muted: "#505a5f",
  border: "#b1b4b6",
  grid: "#e5e6e7",
  bg: "#ffffff",
  bgSoft: "#f3f2f1",
  bgInfo: "#e8f0f7",
  bgError: "#fcf3f3",
  stepDone: "#b8cde0",
  onDark: "#ffffff",
  link: "#12436d",
  focus: "#ffdd00",
  ok: "#00703c",
  warn: "#8a4b00",
  bad: "#a4141c",
  /** The maps' sequential scale: one hue (the palette's dark blue), light to dark, so it reads in greyscale and to colour-blind readers. */
  mapStep1: "#dbe6f0",
  mapStep2: "#a7c1d9",
  mapStep3: "#6e97bd",
  mapStep4: "#3c6b98",
  mapStep5: "#12436d",
  /** A map area with no data: a light fill under a hatch of the border colour. */
  mapNoData: "#f3f2f1",
} as const;

export type ColourToken = keyof typeof colour;

/** Series colours in the order charts use them (a line chart's lines; a bar chart's default fill). */
export const seriesPalette = [colour.blue, colour.maroon, colour.teal, colour.orange] as const;

/** Two series side by side (panel vs population): dark blue and orange, as the palette advises. */
export const pairedPalette = [colour.blue, colour.orange] as const;

/** The maps' sequential scale, lightest first (tokens, so the SVG fills them as var(--c-map-step-N)). */
export const mapScale = [
  "mapStep1",
  "mapStep2",
  "mapStep3",
  "mapStep4",
  "mapStep5",
] as const satisfies readonly ColourToken[];

/** Chart furniture: axis text, grid lines, the "Other" bar, a target line, a reference band (a group's range) and its edges. */
export const chartColours = {
  ink: colour.text,
  grid: colour.grid,
  other: colour.muted,
  target: colour.orange,
  band: colour.bgInfo,
  bandEdge: colour.muted,
} as const;

/** `blueBg` → `--c-blue-bg`. */
export function cssVarName(token: ColourToken): string {
  return `--c-${token.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/** The stylesheet of custom properties (the content of tokens.css). */
export function tokensCss(): string {
  const lines = (Object.keys(colour) as ColourToken[]).map((k) => `  ${cssVarName(k)}: ${colour[k]};`);
  return `/* Generated from src/styles/tokens.ts by \`pnpm --filter @coproduce/web tokens\`: do not edit. */\n:root {\n${lines.join("\n")}\n}\n`;
}
