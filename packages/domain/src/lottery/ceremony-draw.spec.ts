import { beforeAll, describe, expect, it } from "vitest";
import {
  type Highs,
  type LotteryApplicant,
  LotteryInputError,
  loadHighs,
  SeededRandom,
  selectPanelByLotteryWith,
} from "./index.js";

let highs: Highs;
beforeAll(async () => {
  highs = await loadHighs();
});

/** 40 applicants over three skewed dimensions (a fixed, seeded pool): many panel compositions. */
const dims: Record<string, string[]> = { sex: ["F", "M"], age: ["young", "middle", "old"], area: ["N", "S", "E", "W"] };
const poolRng = new SeededRandom("ceremony pool");
const applicants: LotteryApplicant[] = Array.from({ length: 40 }, (_, i) => ({
  id: `A-${String(i + 1).padStart(3, "0")}`,
  categories: Object.fromEntries(
    Object.entries(dims).map(([d, cs]) => [d, cs[Math.min(poolRng.nextInt(cs.length), poolRng.nextInt(cs.length))]!]),
  ),
}));
const quotas = {
  sex: { F: { min: 4, max: 5 }, M: { min: 4, max: 5 } },
  age: { young: { min: 2, max: 4 }, middle: { min: 2, max: 4 }, old: { min: 2, max: 4 } },
  area: { N: { min: 1, max: 3 }, S: { min: 1, max: 3 }, E: { min: 1, max: 3 }, W: { min: 1, max: 3 } },
};
const run = (seed: string, ceremonyTickets?: number) =>
  selectPanelByLotteryWith(highs, {
    applicants,
    quotas,
    panelSize: 9,
    seed,
    options: ceremonyTickets === undefined ? {} : { ceremonyTickets },
  });

describe("a public-ceremony draw (m equally likely tickets)", () => {
  it("draws ticket nextInt(m) + 1 of the committed seed and the panel that ticket names", () => {
    const m = 7;
    const seen = new Set<number>();
    for (const seed of ["2026-12-05 Lotto 3 17 22 31 40 52", "dice 4 1 6 6 2", "x", "y", "z", "w"]) {
      const r = run(seed, m);
      // the ticket, computed here from the published generator alone
      const ticket = new SeededRandom(seed).nextInt(m) + 1;
      expect(r.ceremony!.ticket).toBe(ticket);
      seen.add(ticket);
      // the ticket table numbers 1..m consecutively; the drawn ticket's row is the drawn composition
      const ranges = r.ceremony!.ticketRanges;
      expect(ranges[0]!.first).toBe(1);
      expect(ranges.at(-1)!.last).toBe(m);
      ranges.slice(1).forEach((x, i) => expect(x.first).toBe(ranges[i]!.last + 1));
      const row = ranges.find((x) => x.first <= ticket && ticket <= x.last)!;
      expect(r.drawIndex).toBe(row.panel);
      // the panel takes exactly that composition's numbers from each cell
      const counts = r.portfolio[row.panel]!.counts;
      r.cells.forEach((cell, j) =>
        expect(r.panel.filter((id) => cell.members.includes(id)).length).toBe(counts[j] ?? 0),
      );
      // and the members come from the same stream, right after the ticket
      const rng = new SeededRandom(seed);
      rng.nextInt(m);
      const expected: string[] = [];
      r.cells.forEach((cell, j) => {
        if ((counts[j] ?? 0) > 0) expected.push(...rng.shuffle(cell.members).slice(0, counts[j]));
      });
      expect(r.panel).toEqual(expected.sort());
      expect(r.alternates).toEqual(
        rng.shuffle(
          applicants
            .map((a) => a.id)
            .filter((id) => !r.panel.includes(id))
            .sort(),
        ),
      );
      expect(r.quotasMet).toBe(true);
    }
    expect(seen.size).toBeGreaterThan(1);
  });

  it("reports probabilities in steps of 1/m per composition, within the reported loss of the exact ones", () => {
    const losses: number[] = [];
    for (const m of [2, 3, 10, 1000]) {
      const r = run("seed", m);
      const c = r.ceremony!;
      expect(c.tickets).toBe(m);
      // each composition has a whole number of tickets, m in all
      const tickets = r.portfolio.map((_, k) =>
        c.ticketRanges.filter((x) => x.panel === k).reduce((s, x) => s + x.last - x.first + 1, 0),
      );
      expect(tickets.reduce((a, b) => a + b, 0)).toBe(m);
      // each person's chance, recomputed from the ticket table: Σ_k (tickets_k / m) · take_k / cell size
      let worst = 0;
      r.cells.forEach((cell, j) => {
        const p = r.portfolio.reduce(
          (s, panel, k) => s + (tickets[k]! / m) * ((panel.counts[j] ?? 0) / cell.members.length),
          0,
        );
        for (const id of cell.members) {
          expect(c.selectionProbability[id]).toBeCloseTo(p, 12);
          expect(Math.abs(p - r.selectionProbability[id]!)).toBeLessThanOrEqual(c.loss + 1e-12);
          worst = Math.max(worst, Math.abs(p - r.selectionProbability[id]!));
        }
      });
      expect(c.loss).toBeCloseTo(worst, 12);
      expect(c.minProbability).toBeCloseTo(Math.min(...Object.values(c.selectionProbability)), 12);
      losses.push(c.loss);
    }
    // the rounding really moves probabilities at few tickets, and far less at many
    expect(losses[0]).toBeGreaterThan(0);
    expect(losses[3]).toBeLessThan(losses[0]! / 100);
  });

  it("leaves the exact draw as it was when no ceremony is asked for", () => {
    const exact = run("seed");
    expect(exact.ceremony).toBeNull();
    expect(exact.drawTicket).toBe(new SeededRandom("seed").nextInt(1_000_000_000));
  });

  it.each([1, 0, 2.5, 10_001, Number.NaN])("refuses %s tickets (OPTION_INVALID)", (m) => {
    let error: unknown;
    try {
      run("seed", m);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LotteryInputError);
    expect((error as LotteryInputError).code).toBe("OPTION_INVALID");
  });
});
