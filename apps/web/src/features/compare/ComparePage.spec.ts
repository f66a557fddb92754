import { beforeEach, describe, expect, it, vi } from "vitest";
import { ref, type Ref } from "vue";
import { flushPromises } from "@vue/test-utils";
import { mountAt as mountPage } from "../../test/mount";
import { comparisonItem } from "../../test/fixtures";
import ComparePage from "./ComparePage.vue";

/**
 * The page's own behaviour, over recorded query hooks: the URL becomes the comparison asked of
 * the API, the choice of normalisation is written back to the URL, and the group's states
 * (nothing chosen, error) are plain. The API's compare figures are tested in apps/api and, end
 * to end, against this page in e2e/dashboard.e2e.ts.
 */
const PAGE = {
  councils: {
    nodes: [
      { id: "C1", slug: "hackney", name: "London Borough of Hackney", region: "London", population: 259_146 },
      { id: "C2", slug: "lambeth", name: "London Borough of Lambeth", region: "London", population: 317_651 },
    ],
  },
  rounds: {
    totalCount: 1,
    pageInfo: { hasNextPage: false },
    nodes: [
      {
        id: "R1",
        slug: "lambeth-yos",
        title: "Young offenders",
        year: 2023,
        council: { id: "C2", slug: "lambeth", name: "London Borough of Lambeth" },
      },
    ],
  },
};
const item = (id: string, label: string, value: number) =>
  comparisonItem(id, label, [{ measure: "awarded", currency: "GBP", value }], {
    outcomes: { onTrack: 0, atRisk: 0, offTrack: 3, notReported: 0, included: 3, progress: 61.7 },
    spending: {
      roundCount: 1,
      awardCount: 1,
      population: 317_651,
      pot: [{ amountMinor: 3_200_000, currency: "GBP" }],
      awarded: [],
      spent: [],
    },
  });
const GROUP = {
  compare: {
    normalise: "PER_POT",
    group: [{ measure: "awarded", currency: "GBP", median: 0.75, min: 0.56, max: 0.95 }],
    items: [item("R1", "Young offenders", 0.95), item("C2", "London Borough of Lambeth", 0.56)],
  },
};

let asked: Ref<unknown> | null = null;
const groupError = ref<{ message: string } | undefined>(undefined);
const executeGroup = vi.fn();
vi.mock("./useCompare", () => ({
  useCompare: () => ({ data: ref(PAGE), fetching: ref(false), error: ref(undefined), executeQuery: vi.fn() }),
  useCompareGroup: (selection: Ref<unknown>) => {
    asked = selection;
    return { data: ref(GROUP), fetching: ref(false), error: groupError, executeQuery: executeGroup };
  },
}));

const mountAt = (path: string) => mountPage(ComparePage, path);

describe("ComparePage", () => {
  beforeEach(() => {
    asked = null;
    groupError.value = undefined;
    executeGroup.mockClear();
  });

  it("asks the API about the councils and rounds in the URL, normalised as the URL says", async () => {
    const { wrapper } = await mountAt("/compare?councils=lambeth&rounds=lambeth-yos,nowhere&normalise=per-pot");
    expect(asked?.value).toEqual({
      councils: ["lambeth"],
      rounds: ["lambeth-yos"],
      normalise: "PER_POT",
      unknown: ["nowhere"],
    });
    expect((wrapper.get("#cmp-n-per-pot").element as HTMLInputElement).checked).toBe(true);
    expect((wrapper.get("#cmp-lambeth").element as HTMLInputElement).checked).toBe(true);
    expect((wrapper.get("#cmp-hackney").element as HTMLInputElement).checked).toBe(false);
    expect(wrapper.get("[data-testid=not-found]").text()).toContain("nowhere");
    expect(wrapper.get("#comparison h2").text()).toBe("Money awarded as a share of the pot: group median 75.0%");
    const rows = wrapper.findAll("#comparison tbody tr");
    expect(rows.map((r) => r.get("th").text())).toEqual(["Young offenders", "London Borough of Lambeth"]);
    expect(rows[0]!.text()).toContain("Round");
    expect(rows[0]!.text()).toContain("95.0%");
    expect(rows[0]!.get("a").attributes("href")).toBe("/rounds/lambeth-yos");
  });

  it("writes the normalisation and the group back to the URL", async () => {
    const { router, wrapper } = await mountAt("/compare?councils=lambeth&normalise=per-pot");
    await wrapper.get("#cmp-n-per-capita").setValue(true);
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ councils: "lambeth" });
    await wrapper.get("#cmp-hackney").setValue(true);
    await flushPromises();
    // both councils, no rounds: every council, so the parameter goes
    expect(router.currentRoute.value.query).toEqual({});
    await wrapper.get("#cmp-add-round").setValue("lambeth-yos");
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ councils: "hackney,lambeth", rounds: "lambeth-yos" });
  });

  it("says when nothing is chosen, without asking the API", async () => {
    const { wrapper } = await mountAt("/compare?councils=");
    expect(asked?.value).toMatchObject({ councils: [], rounds: [] });
    expect(wrapper.text()).toContain("Nothing chosen to compare");
    expect(wrapper.find("[role=alert]").exists()).toBe(false);
  });

  it("shows the comparison's error with a retry", async () => {
    groupError.value = { message: "[Network] Failed to fetch" };
    const { wrapper } = await mountAt("/compare");
    expect(wrapper.get("[role=alert]").text()).toContain("Failed to fetch");
    await wrapper.get("[role=alert] button").trigger("click");
    expect(executeGroup).toHaveBeenCalledWith({ requestPolicy: "network-only" });
  });
});
