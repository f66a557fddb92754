import { beforeEach, describe, expect, it, vi } from "vitest";
import { rollup } from "../../test/fixtures";
import { computed, ref, type Ref } from "vue";
import { i18n } from "../../i18n";
import { flushPromises } from "@vue/test-utils";
import { mountAt as mountPage } from "../../test/mount";
import OutcomesPage from "./OutcomesPage.vue";

/**
 * The tracker's own behaviour over recorded query hooks: statuses and counts come from the
 * server's outcomeProgress (not recomputed here), filters live in the URL, and the summary's
 * states are plain. End to end against the real API: e2e/dashboard.e2e.ts.
 */
const indicator = (id: string, name: string, measured: boolean) => ({
  id,
  name,
  unit: "people",
  baseline: 0,
  target: 40,
  startsOn: "2023-06-01",
  dueOn: "2024-05-31",
  measurements: measured ? [{ id: `${id}-m`, measuredOn: "2024-05-19", value: 28, source: "Provider report" }] : [],
});
const PAGE = {
  councils: {
    nodes: [
      { id: "C0", slug: "hackney", name: "London Borough of Hackney" },
      { id: "C1", slug: "lambeth", name: "London Borough of Lambeth" },
    ],
  },
  rounds: {
    totalCount: 2,
    nodes: [
      {
        id: "R1",
        slug: "yos",
        title: "Young offenders",
        year: 2023,
        council: { id: "C1", slug: "lambeth", name: "London Borough of Lambeth" },
        outcomes: [{ id: "O1", title: "Skills", indicators: [indicator("I1", "Accredited awards", true)] }],
      },
      {
        id: "R2",
        slug: "arts",
        title: "Arts",
        year: 2023,
        council: { id: "C1", slug: "lambeth", name: "London Borough of Lambeth" },
        outcomes: [{ id: "O2", title: "Reach", indicators: [indicator("I2", "People supported", false)] }],
      },
    ],
  },
};
const PROGRESS = {
  outcomeProgress: {
    asOf: "2026-11-24",
    rule: "The published rule.",
    overall: rollup(0, 1, 0, 1, 70),
    rounds: [
      { roundId: "R1", rollup: rollup(0, 1, 0, 0, 70) },
      { roundId: "R2", rollup: rollup(0, 0, 0, 1, null) },
    ],
    indicators: [
      // the server says at risk; the page must show that, whatever it would compute itself
      {
        indicatorId: "I1",
        roundId: "R1",
        status: "at_risk",
        latest: 28,
        latestOn: "2024-05-19",
        progress: 70,
        expected: 100,
        costPerPersonReached: [{ amountMinor: 108_571, currency: "GBP" }],
      },
      {
        indicatorId: "I2",
        roundId: "R2",
        status: "not_reported",
        latest: null,
        latestOn: null,
        progress: null,
        expected: 100,
        costPerPersonReached: [],
      },
    ],
  },
};

let askedIds: Ref<readonly string[]> | null = null;
/** The Welsh words an officer gave outcome O1 and indicator I1 (asked for only when the reader is not English). */
const WELSH = {
  outcomes: new Map([["O1", [{ lang: "cy", title: "Sgiliau" }]]]),
  indicators: new Map([["I1", [{ lang: "cy", name: "Gwobrau achrededig" }]]]),
};
const progressError = ref<{ message: string } | undefined>(undefined);
vi.mock("./useOutcomes", () => ({
  useOutcomes: () => ({ data: ref(PAGE), fetching: ref(false), error: ref(undefined), executeQuery: vi.fn() }),
  useOutcomeTranslations: (_council: unknown, lang: Ref<string>) =>
    computed(() => (lang.value.startsWith("en") ? { outcomes: new Map(), indicators: new Map() } : WELSH)),
  useOutcomeProgress: (ids: Ref<readonly string[]>) => {
    askedIds = ids;
    return { data: ref(PROGRESS), fetching: ref(false), error: progressError, executeQuery: vi.fn() };
  },
}));

const mountAt = (path: string) => mountPage(OutcomesPage, path);
const tileValue = (w: Awaited<ReturnType<typeof mountAt>>["wrapper"], label: string) =>
  w
    .findAll(".stat-tile")
    .find((t) => t.get(".stat-tile__label").text() === `indicators ${label}`)!
    .get(".stat-tile__value")
    .text();

describe("OutcomesPage", () => {
  beforeEach(() => {
    progressError.value = undefined;
    i18n.global.locale.value = "en";
  });

  it("names outcomes and indicators in Welsh for Welsh readers, the English original (marked) where untranslated", async () => {
    i18n.global.locale.value = "cy";
    const { wrapper } = await mountAt("/outcomes");
    const [first, second] = wrapper.findAll("#indicators-h ~ .table-wrap tbody tr th");
    const [name, outcome] = first!.findAll("span");
    expect([name!.text(), name!.attributes("lang")]).toEqual(["Gwobrau achrededig", undefined]);
    expect([outcome!.text(), outcome!.attributes("lang")]).toEqual(["Sgiliau", undefined]);
    const [name2, outcome2] = second!.findAll("span");
    expect([name2!.text(), name2!.attributes("lang")]).toEqual(["People supported", "en"]);
    expect([outcome2!.text(), outcome2!.attributes("lang")]).toEqual(["Reach", "en"]);
    i18n.global.locale.value = "en";
  });

  it("asks outcomeProgress about exactly the rounds listed and shows its counts, statuses and costs", async () => {
    const { wrapper } = await mountAt("/outcomes");
    expect(askedIds?.value).toEqual(["R1", "R2"]);
    expect([
      tileValue(wrapper, "on track"),
      tileValue(wrapper, "at risk"),
      tileValue(wrapper, "off track"),
      tileValue(wrapper, "not reported"),
    ]).toEqual(["0", "1", "0", "1"]);
    expect(wrapper.get("[data-testid=status-summary]").text()).toContain("Of 2 indicators");
    const rows = wrapper.findAll("#indicators-h ~ .table-wrap tbody tr");
    expect(rows).toHaveLength(2);
    expect(rows[0]!.text()).toContain("At risk");
    expect(rows[0]!.text()).toContain("£1,085.71");
    expect(rows[1]!.text()).toContain("Not reported");
    expect(rows[1]!.text()).toContain("not reported");
    // one progress chart: the measured indicator, with the server's status
    expect(wrapper.findAll("#over-time .chart-figure")).toHaveLength(1);
    expect(wrapper.get("#over-time h3").text()).toBe("Accredited awards is at risk");
    expect(wrapper.get("[data-testid=charts-count]").text()).toBe(
      "Showing 1 of 1 measured indicators; 1 with no measurement yet are listed in the table only.",
    );
  });

  it("filters by status and round from the URL, and writes the select back to it", async () => {
    const { router, wrapper } = await mountAt("/outcomes?status=not-reported");
    expect(wrapper.findAll("#indicators-h ~ .table-wrap tbody tr").map((r) => r.get("th").text())).toEqual([
      expect.stringContaining("People supported"),
    ]);
    await wrapper.get("#o-round").setValue("yos");
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ status: "not-reported", round: "yos" });
    expect(wrapper.text()).toContain("No indicators match");
    // the tiles now count the chosen round only
    expect(tileValue(wrapper, "at risk")).toBe("1");
    expect(tileValue(wrapper, "not reported")).toBe("0");
  });

  it("drops a round filter from another council when the council changes", async () => {
    const { router, wrapper } = await mountAt("/outcomes?round=yos&status=at-risk");
    await wrapper.get("#o-council").setValue("lambeth");
    await flushPromises();
    // Lambeth's own round stays
    expect(router.currentRoute.value.query).toEqual({ round: "yos", status: "at-risk", council: "lambeth" });
    // another council's: dropped
    await wrapper.get("#o-council").setValue("hackney");
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ status: "at-risk", council: "hackney" });
  });

  it("keeps the indicator list when the status summary fails, statuses worked out by the same published rule", async () => {
    progressError.value = { message: "[Network] Failed to fetch" };
    const data = PROGRESS.outcomeProgress.indicators;
    PROGRESS.outcomeProgress.indicators = [];
    try {
      const { wrapper } = await mountAt("/outcomes");
      expect(wrapper.get("[role=alert]").text()).toContain("The status summary could not be loaded");
      const rows = wrapper.findAll("#indicators-h ~ .table-wrap tbody tr");
      expect(rows).toHaveLength(2);
      // 28 of 40 people, the monitoring period over: off track by the rule (not "not reported")
      expect(rows[0]!.text()).toContain("Off track");
      expect(rows[0]!.text()).toContain("28 people");
    } finally {
      PROGRESS.outcomeProgress.indicators = data;
    }
  });
});
