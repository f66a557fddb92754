import { describe, expect, it } from "vitest";
import { roundsByYear } from "./byYear";

const gbp = (amountMinor: number) => ({ amountMinor, currency: "GBP" });

describe("roundsByYear", () => {
  it("sums pots and awards per year in the main currency, in year order, gaps included", () => {
    const out = roundsByYear([
      { year: 2025, pot: gbp(24_500_000), awarded: [] },
      { year: 2022, pot: gbp(7_000_000), awarded: [gbp(5_810_000)] },
      { year: 2022, pot: gbp(16_500_000), awarded: [gbp(11_550_000)] },
      { year: 2024, pot: gbp(2_000_000), awarded: [gbp(1_000_000), { amountMinor: 50_000, currency: "BRX" }] },
    ]);
    expect(out.currency).toBe("GBP");
    expect(out.rows.map((r) => [r.year, r.rounds, r.pot, r.awarded])).toEqual([
      [2022, 2, 23_500_000, 17_360_000],
      [2023, 0, 0, 0],
      [2024, 1, 2_000_000, 1_000_000],
      [2025, 1, 24_500_000, 0],
    ]);
    expect(out.bars.map((b) => b.label)).toEqual(["2022", "2023", "2024", "2025"]);
    expect(out.otherCurrency).toBe(1);
    expect(out.headline).toBe("2022 saw the most money awarded");
    expect(out.summary).toBe(
      "2022: 2 rounds, £173,600 awarded of £235,000 in pots; 2023: 0 rounds, £0 awarded of £0 in pots; 2024: 1 round, £10,000 awarded of £20,000 in pots; 2025: 1 round, £0 awarded of £245,000 in pots.",
    );
  });
  it("says so when there is nothing", () => {
    expect(roundsByYear([])).toMatchObject({ rows: [], bars: [], headline: "No rounds yet" });
    expect(roundsByYear([{ year: 2025, pot: gbp(100), awarded: [] }]).headline).toBe("Nothing awarded yet");
  });
});
