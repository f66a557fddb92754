import type { ChartOptions, Plugin, TooltipCallbacks, TooltipItem, TooltipModel } from "chart.js";
import { fitLabel, type BarReference } from "../charts/bars";
import { chartColours as chart } from "../styles/tokens";

const reducedMotion = typeof window !== "undefined" && window.matchMedia?.("(prefers-reduced-motion: reduce)").matches;

/** What every chart shares: fills its box, no legend (lines and bars are labelled directly), no motion when the reader asks for none. */
function baseOptions() {
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: reducedMotion ? (false as const) : { duration: 400 },
  };
}

/** A value axis from zero (unless told otherwise) with its title, in the house ink and grid colours. */
function valueAxis(title: string, beginAtZero = true) {
  return {
    beginAtZero,
    title: { display: Boolean(title), text: title, color: chart.ink },
    grid: { color: chart.grid },
  };
}

/**
 * The house style of a horizontal bar chart (BarChart, PairedBarChart): from zero, the measure as the
 * x-axis title, values through `formatValue`, every category named (long names cut to fit a phone;
 * the tooltip and the data table keep them whole).
 */
export function horizontalBarOptions(o: {
  measure: string;
  formatValue: (value: number) => string;
  tooltip: Partial<TooltipCallbacks<"bar", TooltipModel<"bar">, TooltipItem<"bar">>>;
}): ChartOptions<"bar"> {
  return {
    ...baseOptions(),
    indexAxis: "y",
    scales: {
      x: { ...valueAxis(o.measure), ticks: { color: chart.ink, callback: (v) => o.formatValue(Number(v)) } },
      y: {
        ticks: {
          color: chart.ink,
          autoSkip: false,
          callback(value) {
            return fitLabel(this.getLabelForValue(Number(value)), this.chart.width);
          },
        },
        grid: { display: false },
      },
    },
    plugins: { legend: { display: false }, tooltip: { callbacks: o.tooltip } },
  };
}

/** The house style of a line chart over time: the unit as the y-axis title, room above for direct labels. */
export function lineOptions(o: { unit: string; beginAtZero: boolean }): ChartOptions<"line"> {
  return {
    ...baseOptions(),
    layout: { padding: { top: 16, right: 8 } },
    scales: {
      y: { ...valueAxis(o.unit, o.beginAtZero), ticks: { color: chart.ink } },
      x: { ticks: { color: chart.ink }, grid: { display: false } },
    },
    plugins: { legend: { display: false } },
  };
}

/** Room above a horizontal bar chart's plot for the reference labels (two rows of text). */
export const REFERENCE_PADDING = 44;

/** A label's centre, kept inside the canvas so a mark near an edge is still read whole. */
export function clampLabel(x: number, width: number, canvasWidth: number): number {
  const half = width / 2 + 2;
  return Math.min(Math.max(x, half), Math.max(half, canvasWidth - half));
}

/**
 * Draws a horizontal bar chart's reference marks (`BarReference`, in the value axis' unit): the band
 * shaded behind the bars with dashed edges, each line over them, and their labels in the room above
 * the plot (`REFERENCE_PADDING`: the band's on the first row, each line's just above it).
 */
export function referencePlugin(reference: () => BarReference | null): Plugin<"bar"> {
  return {
    id: "reference",
    beforeDatasetsDraw(c) {
      const band = reference()?.band;
      const x = c.scales.x;
      if (!band || !x) return;
      const from = x.getPixelForValue(band.from);
      const to = x.getPixelForValue(band.to);
      c.ctx.save();
      c.ctx.fillStyle = chart.band;
      c.ctx.fillRect(from, c.chartArea.top, Math.max(to - from, 1), c.chartArea.bottom - c.chartArea.top);
      c.ctx.restore();
    },
    afterDatasetsDraw(c) {
      const r = reference();
      const x = c.scales.x;
      if (!r || !x) return;
      const { ctx, chartArea: area } = c;
      ctx.save();
      ctx.font = "600 12px system-ui, sans-serif";
      ctx.textAlign = "center";
      ctx.fillStyle = chart.ink;
      if (r.band) {
        const from = x.getPixelForValue(r.band.from);
        const to = x.getPixelForValue(r.band.to);
        ctx.strokeStyle = chart.bandEdge;
        ctx.lineWidth = 1;
        ctx.setLineDash([4, 3]);
        for (const edge of [from, to]) {
          ctx.beginPath();
          ctx.moveTo(edge, area.top - 4);
          ctx.lineTo(edge, area.bottom);
          ctx.stroke();
        }
        ctx.setLineDash([]);
        const w = ctx.measureText(r.band.label).width;
        ctx.fillText(r.band.label, clampLabel((from + to) / 2, w, c.width), area.top - 26);
      }
      ctx.strokeStyle = chart.ink;
      ctx.lineWidth = 2;
      for (const line of r.lines) {
        const at = x.getPixelForValue(line.value);
        ctx.beginPath();
        ctx.moveTo(at, area.top - 4);
        ctx.lineTo(at, area.bottom);
        ctx.stroke();
        const w = ctx.measureText(line.label).width;
        ctx.fillText(line.label, clampLabel(at, w, c.width), area.top - 8);
      }
      ctx.restore();
    },
  };
}
