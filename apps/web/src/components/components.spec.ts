import { describe, expect, it } from "vitest";
import { mount } from "@vue/test-utils";
import MoneyText from "./MoneyText.vue";
import StatusBadge from "./StatusBadge.vue";
import StatTile from "./StatTile.vue";
import Breadcrumb from "./Breadcrumb.vue";
import FilterChips from "./FilterChips.vue";
import ErrorState from "./ErrorState.vue";
import EmptyState from "./EmptyState.vue";
import LoadingState from "./LoadingState.vue";
import LineChart from "./LineChart.vue";
import PairedBarChart from "./PairedBarChart.vue";
import BarChart from "./BarChart.vue";
import { clampLabel, referencePlugin, REFERENCE_PADDING } from "./chart-options";
import type { Chart } from "chart.js";
import { Bar, Line } from "vue-chartjs";
import { testRouter } from "../test/router";
import { chartColours, colour } from "../styles/tokens";

describe("MoneyText", () => {
  it("formats Brixton Pounds with B£ and names the currency for screen readers", () => {
    const w = mount(MoneyText, { props: { money: { amountMinor: 1_250, currency: "BRX" } } });
    expect(w.text()).toBe("B£12.50 (Brixton Pound)");
    expect(w.find(".visually-hidden").text()).toBe("(Brixton Pound)");
    expect(w.attributes("title")).toBe("Brixton Pound");
  });
  it("formats sterling, compact with the full amount in the title", () => {
    expect(mount(MoneyText, { props: { money: { amountMinor: 3_200_000, currency: "GBP" } } }).text()).toBe("£32,000");
    const compact = mount(MoneyText, {
      props: { money: { amountMinor: 150_000_000, currency: "GBP" }, compact: true },
    });
    expect(compact.text()).toBe("£1.5m");
    expect(compact.attributes("title")).toBe("£1,500,000 (Pound sterling)");
  });
  it("says not reported instead of a blank", () => {
    expect(mount(MoneyText, { props: { money: null } }).text()).toBe("not reported");
  });
});

describe("StatusBadge", () => {
  it.each([
    ["on-track", "On track", "✓"],
    ["at_risk", "At risk", "!"],
    ["OFF_TRACK", "Off track", "✕"],
    [null, "Not reported", "–"],
    ["something-else", "Not reported", "–"],
  ])("%s reads %s with an icon, not colour alone", (status, text, icon) => {
    const w = mount(StatusBadge, { props: { status } });
    expect(w.find(".status__text").text()).toBe(text);
    expect(w.find(".status__icon").text()).toBe(icon);
    expect(w.find(".status__icon").attributes("aria-hidden")).toBe("true");
  });
});

describe("StatTile", () => {
  it("is a link to the detail behind the figure", async () => {
    const router = await testRouter();
    const w = mount(StatTile, {
      global: { plugins: [router] },
      props: { label: "awarded in Lambeth", value: "£32,000", to: "/councils/lambeth" },
    });
    expect(w.get("a").attributes("href")).toBe("/councils/lambeth");
    expect(w.text()).toContain("£32,000");
    expect(w.text()).toContain("awarded in Lambeth");
  });
  it("is plain text without a destination", () => {
    const w = mount(StatTile, { props: { label: "rounds", value: "3" } });
    expect(w.find("a").exists()).toBe(false);
  });
});

describe("Breadcrumb", () => {
  it("links every level but the current one, shows totals, and offers to start over", async () => {
    const router = await testRouter("/rounds/young-peoples-service-2024");
    const w = mount(Breadcrumb, {
      global: { plugins: [router] },
      props: {
        items: [
          { label: "All councils", to: "/", total: "£1.2m" },
          { label: "Lambeth", to: "/councils/lambeth", total: "£32,000" },
          { label: "Young people's service 2024" },
        ],
      },
    });
    const links = w.findAll("ol a");
    expect(links.map((a) => a.attributes("href"))).toEqual(["/", "/councils/lambeth"]);
    expect(w.get("[aria-current=page]").text()).toBe("Young people's service 2024");
    expect(w.text()).toContain("(£32,000)");
    expect(w.get(".breadcrumb__reset").text()).toBe("Start over");
    expect(w.get("nav").attributes("aria-label")).toBe("Breadcrumb");
  });
});

describe("FilterChips", () => {
  it("shows active URL filters as chips and removing one updates the route query", async () => {
    const router = await testRouter("/?council=lambeth&theme=youth&page=2");
    const w = mount(FilterChips, {
      global: { plugins: [router] },
      props: {
        filters: [
          { key: "council", label: "Council", format: (v: string) => v.charAt(0).toUpperCase() + v.slice(1) },
          { key: "theme", label: "Theme" },
          { key: "provider", label: "Provider" },
        ],
      },
    });
    const chips = w.findAll("button.chip");
    expect(chips.map((c) => c.text())).toEqual(["Council: Lambeth ✕", "Theme: youth ✕"]);
    expect(chips[0]!.attributes("aria-label")).toBe("Remove filter Council: Lambeth");

    await chips[0]!.trigger("click");
    await router.isReady();
    await new Promise((r) => setTimeout(r, 0));
    expect(router.currentRoute.value.query).toEqual({ theme: "youth", page: "2" });
    expect(w.findAll("button.chip").map((c) => c.text())).toEqual(["Theme: youth ✕"]);
  });

  it("clears all its filters and keeps unrelated parameters", async () => {
    const router = await testRouter("/?council=lambeth&theme=youth&sort=desc");
    const w = mount(FilterChips, {
      global: { plugins: [router] },
      props: {
        filters: [
          { key: "council", label: "Council" },
          { key: "theme", label: "Theme" },
        ],
      },
    });
    await w.get(".chips__clear").trigger("click");
    await new Promise((r) => setTimeout(r, 0));
    expect(router.currentRoute.value.query).toEqual({ sort: "desc" });
    expect(w.find(".chips").exists()).toBe(false);
  });
});

describe("states", () => {
  it("loading is a polite live region", () => {
    const w = mount(LoadingState, { props: { label: "Loading awards…" } });
    expect(w.attributes("role")).toBe("status");
    expect(w.text()).toBe("Loading awards…");
  });
  it("error is an alert with the message and a retry", async () => {
    const w = mount(ErrorState, { props: { error: { message: "[Network] Failed to fetch" } } });
    expect(w.attributes("role")).toBe("alert");
    expect(w.text()).toContain("[Network] Failed to fetch");
    await w.get("button").trigger("click");
    expect(w.emitted("retry")).toHaveLength(1);
  });
  it("empty explains itself", () => {
    const w = mount(EmptyState, { props: { title: "No awards yet", message: "This round has not awarded money." } });
    expect(w.text()).toContain("No awards yet");
    expect(w.text()).toContain("This round has not awarded money.");
  });
});

describe("LineChart", () => {
  it("puts the target in as its own labelled, dashed series", () => {
    const w = mount(LineChart, {
      props: {
        labels: ["2024-01", "2024-06"],
        series: [{ label: "Reoffending rate", values: [38, 30] }],
        target: { label: "Target 20%", values: [20, 20] },
        unit: "%",
        a11yLabel: "Reoffending fell from 38% to 30%; the target is 20%.",
      },
    });
    const canvas = w.get("canvas");
    expect(canvas.attributes("role")).toBe("img");
    expect(canvas.attributes("aria-label")).toBe("Reoffending fell from 38% to 30%; the target is 20%.");
    const line = w.findComponent(Line);
    const data = line.props("data") as { datasets: { label: string; data: number[]; borderDash?: number[] }[] };
    expect(data.datasets.map((d) => d.label)).toEqual(["Reoffending rate", "Target 20%"]);
    expect(data.datasets[1]!.data).toEqual([20, 20]);
    expect(data.datasets[1]!.borderDash).toEqual([8, 5]);
    const options = line.props("options") as { scales: { y: { beginAtZero: boolean } } };
    expect(options.scales.y.beginAtZero).toBe(true);
  });
});

describe("PairedBarChart", () => {
  it("draws two series from zero in the two-series palette, keys them in text and leaves suppressed cells empty", () => {
    const w = mount(PairedBarChart, {
      props: {
        labels: ["16–17", "18–20"],
        first: { label: "Panel", values: [40, null] },
        second: { label: "Residents of Lambeth", values: [10, 30] },
        measure: "Share of the group (%)",
        a11yLabel: "Paired bar chart, panel against residents by age.",
      },
    });
    const canvas = w.get("canvas");
    expect(canvas.attributes("role")).toBe("img");
    expect(canvas.attributes("aria-label")).toBe("Paired bar chart, panel against residents by age.");
    expect(w.get(".paired__key").text()).toBe("PanelResidents of Lambeth");
    const bar = w.findComponent(Bar);
    const data = bar.props("data") as {
      labels: string[];
      datasets: { label: string; data: (number | null)[]; backgroundColor: string }[];
    };
    expect(data.labels).toEqual(["16–17", "18–20"]);
    expect(data.datasets.map((d) => [d.label, d.backgroundColor])).toEqual([
      ["Panel", colour.blue],
      ["Residents of Lambeth", colour.orange],
    ]);
    expect(data.datasets[0]!.data).toEqual([40, null]);
    const options = bar.props("options") as { indexAxis: string; scales: { x: { beginAtZero: boolean } } };
    expect(options.indexAxis).toBe("y");
    expect(options.scales.x.beginAtZero).toBe(true);
  });
});

describe("BarChart with reference marks (a group's range and median)", () => {
  const reference = {
    band: { from: 130, to: 180, label: "Range £1.30–£1.80" },
    lines: [{ value: 155, label: "Median £1.55" }],
  };
  const bars = [
    { key: "a", label: "Hackney", value: 180, isOther: false, count: 1 },
    { key: "b", label: "Lambeth", value: 130, isOther: false, count: 1 },
  ];

  it("makes room above the plot, reaches the furthest mark and says the marks to screen readers", () => {
    const w = mount(BarChart, { props: { bars, measure: "Awarded per resident", reference } });
    const bar = w.findComponent(Bar);
    const options = bar.props("options") as {
      layout?: { padding: { top: number } };
      scales: { x: { suggestedMax?: number; beginAtZero: boolean } };
    };
    expect(options.layout?.padding.top).toBe(REFERENCE_PADDING);
    expect(options.scales.x.suggestedMax).toBe(180);
    expect(options.scales.x.beginAtZero).toBe(true);
    expect(bar.props("plugins")).toHaveLength(1);
    expect(w.get("canvas").attributes("aria-label")).toMatch(
      /Marked on the chart: Median £1\.55; Range £1\.30–£1\.80\.$/,
    );
    // without marks: no room taken, nothing said
    const plain = mount(BarChart, { props: { bars, measure: "Awarded" } });
    expect((plain.findComponent(Bar).props("options") as { layout?: unknown }).layout).toBeUndefined();
    expect(plain.get("canvas").attributes("aria-label")).not.toContain("Marked");
  });

  it("draws the band behind the bars and the labelled lines over them, where the axis puts the values", () => {
    const calls: string[] = [];
    const ctx = {
      save: () => undefined,
      restore: () => undefined,
      beginPath: () => undefined,
      stroke: () => undefined,
      setLineDash: () => undefined,
      moveTo: (x: number, y: number) => calls.push(`moveTo ${x},${y}`),
      lineTo: (x: number, y: number) => calls.push(`lineTo ${x},${y}`),
      measureText: (t: string) => ({ width: t.length * 6 }),
      fillRect: (x: number, y: number, w: number, h: number) => calls.push(`fillRect ${x},${y},${w},${h}`),
      fillText: (t: string, x: number, y: number) => calls.push(`fillText ${t} @${x},${y}`),
      set fillStyle(v: string) {
        calls.push(`fill ${v}`);
      },
      set strokeStyle(v: string) {
        calls.push(`stroke ${v}`);
      },
      font: "",
      textAlign: "",
      lineWidth: 0,
    };
    // a value axis from 0 to 200 over pixels 100–500: value v at 100 + 2v
    const chart = {
      ctx,
      width: 520,
      chartArea: { top: 50, bottom: 250, left: 100, right: 500 },
      scales: { x: { getPixelForValue: (v: number) => 100 + 2 * v } },
    } as unknown as Chart<"bar">;
    const plugin = referencePlugin(() => reference);
    (plugin.beforeDatasetsDraw as (c: Chart<"bar">) => void)(chart);
    expect(calls).toEqual([`fill ${chartColours.band}`, "fillRect 360,50,100,200"]);
    calls.length = 0;
    (plugin.afterDatasetsDraw as (c: Chart<"bar">) => void)(chart);
    // the band's edges at 360 and 460, its label centred above them; the median at 410, labelled just above it
    expect(calls).toContain("moveTo 360,46");
    expect(calls).toContain("moveTo 460,46");
    expect(calls).toContain("fillText Range £1.30–£1.80 @410,24");
    expect(calls).toContain("moveTo 410,46");
    expect(calls).toContain("lineTo 410,250");
    expect(calls).toContain("fillText Median £1.55 @410,42");
    // nothing to mark: nothing drawn
    calls.length = 0;
    const none = referencePlugin(() => null);
    (none.beforeDatasetsDraw as (c: Chart<"bar">) => void)(chart);
    (none.afterDatasetsDraw as (c: Chart<"bar">) => void)(chart);
    expect(calls).toEqual([]);
  });

  it("keeps a label near an edge inside the canvas", () => {
    expect(clampLabel(5, 60, 360)).toBe(32);
    expect(clampLabel(350, 60, 360)).toBe(328);
    expect(clampLabel(180, 60, 360)).toBe(180);
  });
});
