import type { ChartOptions, TooltipCallbacks, TooltipItem, TooltipModel } from "chart.js";
import { fitLabel } from "../charts/bars";

const INK = "#0B0C0C";
const reducedMotion = typeof window !== "undefined" && window.matchMedia?.("(prefers-reduced-motion: reduce)").matches;

/**
 * The house style of a horizontal bar chart (BarChart, PairedBarChart): from zero, the measure as the
 * x-axis title, values through `formatValue`, every category named (long names cut to fit a phone;
 * the tooltip and the data table keep them whole), no legend, no motion when the reader asks for none.
 */
export function horizontalBarOptions(o: {
  measure: string;
  formatValue: (value: number) => string;
  tooltip: Partial<TooltipCallbacks<"bar", TooltipModel<"bar">, TooltipItem<"bar">>>;
}): ChartOptions<"bar"> {
  return {
    indexAxis: "y",
    responsive: true,
    maintainAspectRatio: false,
    animation: reducedMotion ? false : { duration: 400 },
    scales: {
      x: {
        beginAtZero: true,
        title: { display: true, text: o.measure, color: INK },
        ticks: { color: INK, callback: (v) => o.formatValue(Number(v)) },
        grid: { color: "#E5E6E7" },
      },
      y: {
        ticks: {
          color: INK,
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
