import { describe, expect, it } from "vitest";
import { drawTimeline, percentagePoints, type PublishedDraw } from "./drawRecord";

const pct = (f: number) => `${(f * 100).toFixed(1)}%`;
const base: PublishedDraw = {
  committedAt: "2026-11-20T10:00:00.000Z",
  drawnAt: null,
  randomnessDate: "2026-11-21",
  randomnessSource: "National Lottery Lotto, 21 November 2026",
  seed: null,
  applicants: 12,
  panelSize: 4,
  commitmentSha256: "ab".repeat(32),
  poolSha256: "cd".repeat(32),
  poolCsv: "id,age_band\nApplicant 1,16-19\n",
  verifyCommand: "pnpm coproduce lottery verify --round r",
  probabilities: { min: 0.3, median: 1 / 3, max: 0.5 },
};

describe("drawTimeline", () => {
  it("before the draw: committed first, and the chances already known from the commitment", () => {
    const t = drawTimeline(base, pct);
    expect(t).toMatchObject({ committedFirst: true, drawnAfterRandomness: null, drawn: false });
    expect(t.chances).toEqual({ min: "30.0%", median: "33.3%", max: "50.0%" });
    expect(drawTimeline({ ...base, probabilities: null }, pct).chances).toBeNull();
  });

  it("after the draw: the order of events and the chances in percent", () => {
    const t = drawTimeline({ ...base, drawnAt: "2026-11-21T19:30:00.000Z", seed: "12 18 23 31 40 52" }, pct);
    expect(t.drawn).toBe(true);
    expect(t.drawnAfterRandomness).toBe(true);
    expect(t.chances).toEqual({ min: "30.0%", median: "33.3%", max: "50.0%" });
  });

  it("flags a commitment published after the day of the random number, and a draw before it", () => {
    const t = drawTimeline(
      { ...base, committedAt: "2026-11-22T09:00:00.000Z", drawnAt: "2026-11-20T09:00:00.000Z", seed: "7" },
      pct,
    );
    expect(t.committedFirst).toBe(false);
    expect(t.drawnAfterRandomness).toBe(false);
  });

  it("the pool file is a CSV download of exactly the published text", () => {
    const href = drawTimeline(base, pct).poolHref;
    expect(href.startsWith("data:text/csv;charset=utf-8,")).toBe(true);
    expect(decodeURIComponent(href.slice("data:text/csv;charset=utf-8,".length))).toBe(base.poolCsv);
  });

  it("no ceremony: nothing to say about tickets", () => {
    expect(drawTimeline(base, pct).ceremony).toBeNull();
    expect(drawTimeline({ ...base, ceremonyTickets: null }, pct).ceremony).toBeNull();
  });

  it("a ceremony: the number of tickets before the draw, then the ticket and the loss in percentage points", () => {
    const committed = { ...base, ceremonyTickets: 1000 };
    expect(drawTimeline(committed, pct).ceremony).toEqual({ tickets: 1000, ticket: null, lossPoints: null });
    const drawn = {
      ...committed,
      drawnAt: "2026-11-21T19:30:00.000Z",
      seed: "4 1 7",
      ceremony: { tickets: 1000, ticket: 417, loss: 0.001234 },
    };
    expect(drawTimeline(drawn, pct).ceremony).toEqual({ tickets: 1000, ticket: 417, lossPoints: "0.12" });
    // no change at all: said so, not "0.00"
    expect(drawTimeline({ ...drawn, ceremony: { ...drawn.ceremony, loss: 0 } }, pct).ceremony?.lossPoints).toBeNull();
  });
});

describe("percentagePoints", () => {
  const n = (v: number, o: Intl.NumberFormatOptions) => new Intl.NumberFormat("en-GB", o).format(v);
  it("gives two decimals, or two significant digits for a tiny loss", () => {
    expect(percentagePoints(0.0833333, n)).toBe("8.33");
    expect(percentagePoints(0.00001234, n)).toBe("0.0012");
    expect(percentagePoints(0, n)).toBeNull();
  });
});
