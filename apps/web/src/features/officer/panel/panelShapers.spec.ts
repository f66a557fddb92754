import { describe, expect, it } from "vitest";
import { csvDataHref, funnelRows, reportFileName, seatActions } from "./panelShapers";

describe("seatActions", () => {
  it("offers confirm and withdraw to a selected member", () => {
    expect(seatActions({ status: "selected", replacedBy: null }, true, 3)).toEqual({
      confirm: true,
      withdraw: true,
      replace: false,
    });
  });
  it("offers only withdraw to a confirmed member", () => {
    expect(seatActions({ status: "confirmed", replacedBy: null }, true, 3)).toEqual({
      confirm: false,
      withdraw: true,
      replace: false,
    });
  });
  it("offers replace for a withdrawn member while alternates wait, not once replaced", () => {
    expect(seatActions({ status: "withdrawn", replacedBy: null }, true, 1).replace).toBe(true);
    expect(seatActions({ status: "withdrawn", replacedBy: { pseudonym: "Panel member E" } }, true, 1).replace).toBe(
      false,
    );
    expect(seatActions({ status: "withdrawn", replacedBy: null }, false, 0).replace).toBe(false);
    expect(seatActions({ status: "withdrawn", replacedBy: null }, true, 0).replace).toBe(false);
  });
});

describe("funnelRows", () => {
  it("rounds shares to one decimal and flags stages under four fifths of the target", () => {
    const rows = funnelRows([
      {
        category: "Female",
        targetShare: 0.52,
        stages: [
          { stage: "applied", count: 3, share: 0.375 },
          { stage: "selected", count: 3, share: 0.5 },
          { stage: "confirmed", count: 0, share: null },
        ],
      },
    ]);
    expect(rows[0]!.target).toBe(52);
    expect(rows[0]!.cells.map((c) => [c.stage, c.count, c.percent, c.below])).toEqual([
      ["applied", 3, 37.5, true], // 0.375 < 0.416
      ["selected", 3, 50, false],
      ["confirmed", 0, null, false],
      ["attended", 0, null, false],
      ["spoke", 0, null, false],
      ["scored", 0, null, false],
    ]);
  });
});

describe("report link", () => {
  it("encodes the CSV into a data URL and names the file after the round", () => {
    const href = csvDataHref("dimension,category\r\nsex,Female\r\n");
    expect(href.startsWith("data:text/csv;charset=utf-8,")).toBe(true);
    expect(decodeURIComponent(href.slice("data:text/csv;charset=utf-8,".length))).toBe(
      "dimension,category\r\nsex,Female\r\n",
    );
    expect(reportFileName("lambeth-2025-youth-5")).toBe("selection-report-lambeth-2025-youth-5.csv");
  });
});
