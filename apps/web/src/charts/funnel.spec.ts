import { describe, expect, it } from "vitest";
import { toFunnelDimension, toStageBars } from "./funnel";

const shown = (n: number) => ({ value: n, display: String(n), suppressed: false });
const small = { value: null, display: "<5", suppressed: true };
const withheld = { value: null, display: "[c]", suppressed: true };
const label = (s: string) => s.toUpperCase();

describe("toStageBars", () => {
  it("puts invited first, scales bars to the longest and gives each stage's share of applicants", () => {
    const out = toStageBars(
      {
        invited: 400,
        stages: [
          { stage: "applied", total: shown(40) },
          { stage: "selected", total: shown(20) },
          { stage: "attended", total: shown(10) },
          { stage: "spoke", total: small },
        ],
      },
      label,
    );
    expect(out.bars.map((b) => [b.key, b.label, b.totalText, b.width, b.ofApplied])).toEqual([
      ["invited", "INVITED", "400", 100, "–"],
      ["applied", "APPLIED", "40", 10, "–"],
      ["selected", "SELECTED", "20", 5, "50%"],
      ["attended", "ATTENDED", "10", 2.5, "25%"],
      // A withheld total has no bar and no share.
      ["spoke", "SPOKE", "<5", 0, "–"],
    ]);
    expect(out.summary).toBe("Of 40 people who applied, 20 were on the panel, 10 came to a session and <5 spoke.");
  });

  it("says nobody applied when the pool is empty", () => {
    const out = toStageBars({ invited: null, stages: [{ stage: "applied", total: shown(0) }] }, label);
    expect(out.bars).toHaveLength(1);
    expect(out.bars[0]!.width).toBe(0);
    expect(out.summary).toBe("Nobody has applied yet.");
  });
});

describe("toFunnelDimension", () => {
  const dim = {
    dimension: "sex",
    publishedThrough: "selected",
    categories: [
      {
        category: "Female",
        targetShare: 0.5,
        stages: [
          { stage: "applied", count: shown(30), share: 0.6 },
          { stage: "selected", count: shown(10), share: 0.4 },
          { stage: "confirmed", count: withheld, share: null },
        ],
      },
      {
        category: "Male",
        targetShare: 0.5,
        stages: [
          { stage: "applied", count: shown(20), share: 0.4 },
          { stage: "selected", count: shown(15), share: 0.6 },
          { stage: "confirmed", count: withheld, share: null },
        ],
      },
      {
        category: "no_data",
        targetShare: null,
        stages: [
          { stage: "applied", count: shown(0), share: null },
          { stage: "selected", count: shown(0), share: null },
          { stage: "confirmed", count: withheld, share: null },
        ],
      },
    ],
  };

  it("tabulates every stage as the API published it, share beside the count", () => {
    const out = toFunnelDimension(dim, { stage: label, category: label });
    expect(out.stages).toEqual(["applied", "selected", "confirmed"]);
    expect(out.rows.map((r) => [r.label, r.target, r.s_applied, r.s_selected, r.s_confirmed])).toEqual([
      ["FEMALE", "50%", "30 (60%)", "10 (40%)", "[c]"],
      ["MALE", "50%", "20 (40%)", "15 (60%)", "[c]"],
      ["No data", "–", "0", "0", "[c]"],
    ]);
    expect(out.withheldCount).toBe(3);
    expect(out.smallCount).toBe(0);
  });

  it("charts the deepest published stage against the target group, without 'no data'", () => {
    const out = toFunnelDimension(dim, { stage: label, category: label });
    expect(out.chartStage).toBe("selected");
    expect(out.chart).toEqual({ labels: ["FEMALE", "MALE"], stage: [40, 60], target: [50, 50] });
    expect(out.summary).toBe(
      "Groups are shown up to “SELECTED”; later stages would reveal a group of fewer than 5 people. " +
        "Furthest below the target group: FEMALE, 40% at “SELECTED” against 50% of the target group. " +
        "3 cells are withheld.",
    );
  });

  it("says every stage is shown when the last one is published", () => {
    const out = toFunnelDimension({ ...dim, publishedThrough: "confirmed" }, { stage: label, category: label });
    expect(out.summary.startsWith("Every stage is shown for every group.")).toBe(true);
  });

  it("has no chart when only the panel make-up's cells are published", () => {
    const out = toFunnelDimension(
      {
        dimension: "ethnic_group",
        publishedThrough: null,
        categories: [
          {
            category: "Mixed",
            targetShare: 0.1,
            stages: [
              { stage: "applied", count: withheld, share: null },
              { stage: "selected", count: small, share: null },
            ],
          },
        ],
      },
      { stage: label, category: label },
    );
    expect(out.chartStage).toBeNull();
    expect(out.chart.stage).toEqual([]);
    expect(out.rows[0]!.s_selected).toBe("<5");
    expect(out.smallCount).toBe(1);
    expect(out.withheldCount).toBe(1);
    expect(out.summary).toContain("Only the panel’s make-up can be shown");
  });

  it("orders age bands numerically and leaves out census bands outside the target group with nobody in them", () => {
    const cell = (count: { value: number | null; display: string; suppressed: boolean }) => [
      { stage: "applied", count: withheld, share: null },
      { stage: "selected", count, share: null },
    ];
    const out = toFunnelDimension(
      {
        dimension: "age_band",
        publishedThrough: null,
        categories: [
          { category: "10-14", targetShare: null, stages: cell(shown(0)) },
          { category: "15-19", targetShare: 0.4, stages: cell(small) },
          { category: "20-24", targetShare: 0.6, stages: cell(withheld) },
          { category: "5-9", targetShare: null, stages: cell(shown(0)) },
          { category: "65-69", targetShare: null, stages: cell(shown(6)) },
          { category: "no_data", targetShare: null, stages: cell(shown(0)) },
        ],
      },
      { stage: label, category: label },
    );
    expect(out.rows.map((r) => r.category)).toEqual(["15-19", "20-24", "65-69", "no_data"]);
  });
});
