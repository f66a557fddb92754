import { describe, expect, it } from "vitest";
import { h } from "vue";
import { mount } from "@vue/test-utils";
import { Bar as BarCanvas } from "vue-chartjs";
import { formatMoney } from "@coproduce/domain";
import ChartFigure from "./ChartFigure.vue";
import BarChart from "./BarChart.vue";
import { toSortedBars } from "../charts/bars";
import { toPanelVsPopulation } from "../charts/panel";
import { toCsv, type Column } from "../charts/csv";
import { testRouter } from "../test/router";

const awards = toSortedBars(
  [
    { key: "lambeth", label: "Lambeth", value: 3_200_000 },
    { key: "southwark", label: "Southwark", value: 1_250_050 },
    { key: "brent", label: "Brent", value: 400_000 },
    { key: "camden", label: "Camden", value: 90_000 },
    { key: "hackney", label: "Hackney", value: 12_000 },
  ],
  { topN: 3 },
);
const gbp = (v: number): string => formatMoney({ amountMinor: v, currency: "GBP" });
const columns: Column[] = [
  { key: "label", label: "Council", link: (r) => (r.key === "__other__" ? undefined : `/councils/${String(r.key)}`) },
  { key: "value", label: "Awarded", unit: "GBP pence", numeric: true, format: (v) => gbp(Number(v)) },
];
const rows = awards.bars.map((b) => ({ key: b.key, label: b.label, value: b.value }));

async function mountFigure() {
  const router = await testRouter();
  return mount(ChartFigure, {
    global: { plugins: [router] },
    props: {
      title: "Lambeth received the most",
      subtitle: "Money awarded · all councils · 2023–2025",
      summary: "Lambeth was awarded £32,000.",
      columns,
      rows,
      basedOn: "Based on 5 councils",
      excluded: "2 awards excluded because they have no council",
      source: "Coproduce awards register",
      filename: "awards-by-council",
    },
    slots: {
      default: () => h(BarChart, { bars: awards.bars, measure: "Awarded (£)", formatValue: gbp }),
    },
  });
}

describe("ChartFigure", () => {
  it("states the finding, the subtitle, the summary, the base and the source", async () => {
    const w = await mountFigure();
    expect(w.find("h2").text()).toBe("Lambeth received the most");
    expect(w.text()).toContain("Money awarded · all councils · 2023–2025");
    expect(w.text()).toContain("Lambeth was awarded £32,000.");
    expect(w.text()).toContain("Based on 5 councils; 2 awards excluded because they have no council.");
    expect(w.text()).toContain("Source: Coproduce awards register");
  });

  it("gives the canvas role=img and a summary label", async () => {
    const w = await mountFigure();
    const canvas = w.find("canvas");
    expect(canvas.attributes("role")).toBe("img");
    expect(canvas.attributes("aria-label")).toContain("Lambeth £32,000");
    expect(canvas.attributes("aria-label")).toContain("Other (2 more) £1,020");
  });

  it("toggles a real table showing the same numbers as the chart", async () => {
    const w = await mountFigure();
    const button = w.get("button[aria-controls]");
    const table = w.get(".table-wrap");
    expect(button.attributes("aria-expanded")).toBe("false");
    expect(table.attributes("style")).toContain("display: none");

    await button.trigger("click");
    expect(button.attributes("aria-expanded")).toBe("true");
    expect(button.text()).toBe("Hide data table");
    expect(table.attributes("style") ?? "").not.toContain("display: none");

    const chartData = w.findComponent(BarCanvas).props("data") as { labels: string[]; datasets: { data: number[] }[] };
    const bodyRows = table.findAll("tbody tr");
    expect(bodyRows).toHaveLength(chartData.labels.length);
    bodyRows.forEach((tr, i) => {
      expect(tr.find("th").text()).toBe(chartData.labels[i]);
      expect(tr.find("td").text()).toBe(gbp(chartData.datasets[0]!.data[i]!));
    });
    // drill-down links in the table, none for "Other"
    expect(bodyRows[0]!.find("a").attributes("href")).toBe("/councils/lambeth");
    expect(bodyRows[3]!.find("a").exists()).toBe(false);
  });

  it("downloads exactly the rows shown, in the order shown", async () => {
    const w = await mountFigure();
    const csvLink = w.get('a[download="awards-by-council.csv"]');
    const csv = decodeURIComponent(csvLink.attributes("href")!.replace(/^data:text\/csv;charset=utf-8,/, ""));
    expect(csv).toBe(toCsv(columns, rows));
    expect(csv.split("\r\n")[0]).toBe("Council,Awarded (GBP pence)");

    // sort by council name: the table and the download change together
    await w.get("button[aria-controls]").trigger("click");
    await w.findAll("th button")[0]!.trigger("click");
    const firstCells = w.findAll("tbody th").map((th) => th.text());
    expect(firstCells).toEqual(["Brent", "Lambeth", "Other (2 more)", "Southwark"]);
    expect(w.findAll("thead th")[0]!.attributes("aria-sort")).toBe("ascending");
    const jsonLink = w.get('a[download="awards-by-council.json"]');
    const json = JSON.parse(
      decodeURIComponent(jsonLink.attributes("href")!.replace(/^data:application\/json;charset=utf-8,/, "")),
    ) as { rows: { label: string }[]; units: Record<string, string> };
    expect(json.rows.map((r: { label: string }) => r.label)).toEqual(firstCells);
    expect(json.units).toEqual({ value: "GBP pence" });
  });

  it("shows suppressed panel cells as <5 / [c] in the table and the download", async () => {
    const router = await testRouter();
    const pvp = toPanelVsPopulation({
      dimension: "age",
      panelTotal: 12,
      populationTotal: 1000,
      rows: [
        { category: "16–17", panelCount: 3, populationCount: 200 },
        { category: "18–20", panelCount: 9, populationCount: 800 },
      ],
    });
    const w = mount(ChartFigure, {
      global: { plugins: [router] },
      props: {
        title: "Panel by age",
        summary: "Small groups are suppressed.",
        columns: [
          { key: "label", label: "Age band" },
          { key: "panelText", label: "Panel" },
          { key: "populationText", label: "Population" },
        ],
        rows: pvp.rows.map((r) => ({ ...r })),
        basedOn: "Based on 12 panel members",
        source: "Office for National Statistics",
        filename: "panel-age",
        tableOpen: true,
      },
    });
    const cells = w.findAll("tbody tr").map((tr) => tr.findAll("td")[0]!.text());
    // 3 reads "<5"; 9 reads "[c]" because 12 − 9 would reveal the 3
    expect(cells).toEqual(["<5", "[c]"]);
    const csvHref = w.get('a[download="panel-age.csv"]').attributes("href")!;
    expect(decodeURIComponent(csvHref)).not.toMatch(/,3\b|,9\b/);
    expect(w.text()).not.toMatch(/\b3 of 12\b|\b9 of 12\b/);
  });
});
