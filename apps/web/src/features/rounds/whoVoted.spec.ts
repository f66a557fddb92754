import { describe, expect, it } from "vitest";
import { channelText, whoVotedTables } from "./whoVoted";

const shown = (n: number) => ({ display: String(n), suppressed: false, value: n });
const small = { display: "<5", suppressed: true, value: null };
const comp = { display: "[c]", suppressed: true, value: null };

describe("who voted, as published", () => {
  it("lays out each dimension's published counts beside the census and says what is hidden", () => {
    const tables = whoVotedTables([
      {
        dimension: "age_band",
        categories: [
          { category: "16-24", count: small, share: null, populationShare: 0.12 },
          { category: "25-49", count: comp, share: null, populationShare: 0.5 },
          { category: "50+", count: shown(7), share: null, populationShare: 0.38 },
        ],
        noData: shown(0),
      },
      {
        dimension: "sex",
        categories: [
          { category: "female", count: shown(6), share: 0.6, populationShare: 0.51 },
          { category: "male", count: shown(4 + 0), share: 0.4, populationShare: 0.49 },
        ],
        noData: shown(2),
      },
      // a dimension nobody answered is left out
      { dimension: "other", categories: [{ category: "x", count: shown(0) }], noData: shown(12) },
    ]);
    expect(tables.map((x) => x.dimension)).toEqual(["age_band", "sex"]);
    expect(tables[0]!.rows).toEqual([
      { category: "16-24", count: "<5", sharePercent: null, populationPercent: 12 },
      { category: "25-49", count: "[c]", sharePercent: null, populationPercent: 50 },
      { category: "50+", count: "7", sharePercent: null, populationPercent: 38 },
    ]);
    expect([tables[0]!.hidesSmall, tables[0]!.hidesOther]).toEqual([true, true]);
    expect(tables[1]!.rows[0]).toEqual({ category: "female", count: "6", sharePercent: 60, populationPercent: 51 });
    expect([tables[1]!.hidesSmall, tables[1]!.hidesOther, tables[1]!.noData]).toEqual([false, false, "2"]);
  });

  it("online vs paper: published figures, flagged when one is hidden; none without a split", () => {
    expect(channelText({ total: 8, online: comp, paper: small })).toEqual({
      total: 8,
      online: "[c]",
      paper: "<5",
      hidden: true,
    });
    expect(channelText({ total: 30, online: shown(22), paper: shown(8) })?.hidden).toBe(false);
    expect(channelText(null)).toBeNull();
  });
});
