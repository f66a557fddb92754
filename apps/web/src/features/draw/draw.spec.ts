import { describe, expect, it } from "vitest";
import { FORM } from "../../lib/forms/errors";
import {
  adoptQuotas,
  buildCommit,
  cellKey,
  csvDataUrl,
  drawStep,
  initialQuotaValues,
  maxField,
  minField,
  parseQuotaForm,
  quotaApiErrors,
  quotaDimensions,
  sameQuotas,
} from "./draw";

const QUESTIONS = [
  { dimension: "sex", categories: ["Female", "Male"] },
  { dimension: "age_band", categories: ["16-17", "18-24"] },
];
const POOL = [
  { dimension: "sex", category: "Female", applicants: 7 },
  { dimension: "sex", category: "(no data)", applicants: 2 },
  { dimension: "age_band", category: "18-24", applicants: 9 },
];

describe("quotaDimensions", () => {
  it("lists each question's categories with the pool's counts (0 when none, null before the API answers)", () => {
    const dims = quotaDimensions(QUESTIONS, POOL);
    expect(dims.map((d) => d.dimension)).toEqual(["sex", "age_band"]);
    expect(dims[0]!.cells.map((c) => [c.category, c.applicants])).toEqual([
      ["Female", 7],
      ["Male", 0],
    ]);
    expect(dims[0]!.noAnswer).toBe(2);
    expect(quotaDimensions(QUESTIONS, null)[1]!.cells[0]!.applicants).toBeNull();
  });
  it("keeps a saved quota whose category the census list lacks", () => {
    const dims = quotaDimensions(QUESTIONS, null, [{ dimension: "sex", category: "Other", min: 0, max: 1 }]);
    expect(dims[0]!.cells.map((c) => c.category)).toEqual(["Female", "Male", "Other"]);
  });
});

describe("parseQuotaForm", () => {
  const dims = quotaDimensions(QUESTIONS, POOL);
  const F = cellKey("sex", "Female");
  const M = cellKey("sex", "Male");
  it("turns typed ranges into quotas: blank rows are no quota, a blank min is 0 and a blank max the panel size", () => {
    const r = parseQuotaForm(
      { panelSize: " 10 ", cells: { [F]: { min: "4", max: "" }, [M]: { min: "", max: "6" } } },
      dims,
    );
    expect(r.errors).toEqual({});
    expect(r.proposal).toEqual({
      panelSize: 10,
      quotas: [
        { dimension: "sex", category: "Female", min: 4, max: 10 },
        { dimension: "sex", category: "Male", min: 0, max: 6 },
      ],
    });
  });
  it("names the field at fault with a message key", () => {
    expect(parseQuotaForm({ panelSize: "", cells: {} }, dims).errors).toEqual({ panelSize: "panelSizeRequired" });
    expect(parseQuotaForm({ panelSize: "0", cells: {} }, dims).errors).toEqual({ panelSize: "panelSizeWhole" });
    expect(parseQuotaForm({ panelSize: "ten", cells: {} }, dims).errors).toEqual({ panelSize: "panelSizeWhole" });
    const r = parseQuotaForm(
      { panelSize: "10", cells: { [F]: { min: "6", max: "3" }, [M]: { min: "2.5", max: "x" } } },
      dims,
    );
    expect(r.proposal).toBeNull();
    expect(r.errors).toEqual({ [minField(F)]: "minAboveMax", [minField(M)]: "whole", [maxField(M)]: "whole" });
    expect(parseQuotaForm({ panelSize: "4", cells: { [F]: { min: "5", max: "9" } } }, dims).errors).toEqual({
      [minField(F)]: "minAboveSize",
    });
  });
});

describe("quotaApiErrors", () => {
  const sent = [
    { dimension: "sex", category: "Female", min: 4, max: 3 },
    { dimension: "sex", category: "Male", min: 1, max: 2 },
  ];
  it("puts an error on the quota it names, by index, and the rest at the top", () => {
    expect(
      quotaApiErrors(
        [
          { message: "The minimum is above the maximum.", field: ["input", "quotas", "0", "min"] },
          { message: "Too big.", field: ["quotas", "1", "max"] },
          { message: "Size.", field: ["input", "panelSize"] },
          { message: "Frozen.", field: ["input", "round"] },
        ],
        sent,
      ),
    ).toEqual({
      [minField(cellKey("sex", "Female"))]: "The minimum is above the maximum.",
      [maxField(cellKey("sex", "Male"))]: "Too big.",
      panelSize: "Size.",
      [FORM]: "Frozen.",
    });
  });
});

describe("adoptQuotas and sameQuotas", () => {
  it("adopts the nearest quotas into the form, and tells the saved quotas from the typed ones", () => {
    const v = initialQuotaValues(6, [
      { dimension: "sex", category: "Female", min: 5, max: 5 },
      { dimension: "sex", category: "Male", min: 1, max: 1 },
    ]);
    expect(v).toEqual({
      panelSize: "6",
      cells: { "sex|Female": { min: "5", max: "5" }, "sex|Male": { min: "1", max: "1" } },
    });
    const adopted = adoptQuotas(v, [
      { dimension: "sex", category: "Female", min: 4, max: 5 },
      { dimension: "sex", category: "Male", min: 1, max: 2 },
    ]);
    expect(adopted.cells).toEqual({ "sex|Female": { min: "4", max: "5" }, "sex|Male": { min: "1", max: "2" } });
    expect(v.cells["sex|Female"]).toEqual({ min: "5", max: "5" }); // the original is untouched
    const saved = [{ dimension: "sex", category: "Male", min: 1, max: 2 }];
    expect(sameQuotas({ panelSize: 6, quotas: [...saved] }, 6, saved)).toBe(true);
    expect(sameQuotas({ panelSize: 7, quotas: [...saved] }, 6, saved)).toBe(false);
    expect(sameQuotas({ panelSize: 6, quotas: [] }, 6, saved)).toBe(false);
    expect(sameQuotas(null, 6, saved)).toBe(false);
  });
});

describe("drawStep", () => {
  it("goes quotas → seed (committed) → drawn", () => {
    expect(drawStep({ lottery: { drawn: false }, panelDraw: null })).toBe("quotas");
    expect(drawStep({ lottery: { drawn: false }, panelDraw: { seed: null } })).toBe("seed");
    expect(drawStep({ lottery: { drawn: true }, panelDraw: { seed: "s" } })).toBe("drawn");
    // drawn without a commitment (before commit-then-draw)
    expect(drawStep({ lottery: { drawn: true }, panelDraw: null })).toBe("drawn");
  });
});

describe("buildCommit: the public ceremony's number of tickets", () => {
  const v = { randomnessDate: "2026-12-05", randomnessSource: "Dice at the meeting" };
  it("is optional (blank: an ordinary draw) and sent as a number", () => {
    expect(buildCommit({ ...v, ceremonyTickets: "  " }, "2026-12-02").input?.ceremonyTickets).toBeNull();
    expect(buildCommit({ ...v, ceremonyTickets: " 1000 " }, "2026-12-02").input).toEqual({
      ...v,
      ceremonyTickets: 1000,
      algorithm: "maximin",
    });
    expect(buildCommit({ ...v, ceremonyTickets: "2" }, "2026-12-02").input?.ceremonyTickets).toBe(2);
    expect(buildCommit({ ...v, ceremonyTickets: "10000" }, "2026-12-02").input?.ceremonyTickets).toBe(10000);
  });
  it.each(["1", "0", "10001", "2.5", "-3", "1e3", "ten"])("refuses %s", (m) => {
    expect(buildCommit({ ...v, ceremonyTickets: m }, "2026-12-02")).toEqual({
      input: null,
      errors: { ceremonyTickets: "ceremonyTickets" },
    });
  });
});

describe("buildCommit: the household rule", () => {
  const v = { randomnessDate: "2026-12-05", randomnessSource: "Dice at the meeting", ceremonyTickets: "" };
  it("sends household: true only when the box is ticked", () => {
    expect(buildCommit({ ...v, household: true }, "2026-12-02").input).toEqual({
      randomnessDate: "2026-12-05",
      randomnessSource: "Dice at the meeting",
      ceremonyTickets: null,
      algorithm: "maximin",
      household: true,
    });
    expect(buildCommit({ ...v, household: false }, "2026-12-02").input).not.toHaveProperty("household");
  });
});

describe("buildCommit", () => {
  it("sends the algorithm chosen, maximin unless leximin is", () => {
    const v = { randomnessDate: "2026-12-05", randomnessSource: "Lotto draw" };
    expect(buildCommit(v, "2026-12-02").input?.algorithm).toBe("maximin");
    expect(buildCommit({ ...v, algorithm: "maximin" }, "2026-12-02").input?.algorithm).toBe("maximin");
    expect(buildCommit({ ...v, algorithm: "leximin" }, "2026-12-02").input?.algorithm).toBe("leximin");
  });
  it("needs a date from today and a source", () => {
    expect(buildCommit({ randomnessDate: "2026-12-05", randomnessSource: " Lotto draw " }, "2026-12-02")).toEqual({
      input: {
        randomnessDate: "2026-12-05",
        randomnessSource: "Lotto draw",
        ceremonyTickets: null,
        algorithm: "maximin",
      },
      errors: {},
    });
    expect(buildCommit({ randomnessDate: "", randomnessSource: "" }, "2026-12-02").errors).toEqual({
      randomnessDate: "dateRequired",
      randomnessSource: "sourceRequired",
    });
    expect(buildCommit({ randomnessDate: "2026-12-01", randomnessSource: "Dice" }, "2026-12-02").errors).toEqual({
      randomnessDate: "dateInPast",
    });
  });
});

describe("csvDataUrl", () => {
  it("encodes the file so that a download gives it back byte for byte", () => {
    const csv = 'id,sex\nA-001,"Female, trans"\n';
    const url = csvDataUrl(csv);
    expect(url.startsWith("data:text/csv;charset=utf-8,")).toBe(true);
    expect(decodeURIComponent(url.slice(url.indexOf(",") + 1))).toBe(csv);
  });
});

describe("field names", () => {
  it("are safe in element ids and differ for categories that differ only in punctuation", () => {
    expect(minField(cellKey("age_band", "16-17"))).toMatch(/^min-[A-Za-z0-9_]+$/);
    expect(minField(cellKey("age_band", "16-17"))).not.toBe(minField(cellKey("age_band", "16 17")));
    expect(maxField(cellKey("sex", "Female"))).not.toBe(minField(cellKey("sex", "Female")));
  });
});
