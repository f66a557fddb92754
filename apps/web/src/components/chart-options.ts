import type { ChartOptions, TooltipCallbacks, TooltipItem, TooltipModel } from "chart.js";
import { fitLabel } from "../charts/bars";
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
