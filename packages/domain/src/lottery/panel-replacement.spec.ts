import { describe, expect, it } from "vitest";
import { chooseReplacement, partialQuotaViolation, type ReplacementCandidate } from "./panel-replacement.js";
import type { PanelQuotas } from "./panel-lottery.js";

const p = (id: string, sex: string, age: string): ReplacementCandidate => ({ id, categories: { sex, age } });

// Panel of 4: 2 F / 2 M and 2 young / 2 old, exactly.
const quotas: PanelQuotas = {
  sex: { F: { min: 2, max: 2 }, M: { min: 2, max: 2 } },
  age: { young: { min: 2, max: 2 }, old: { min: 2, max: 2 } },
};
const A = p("A", "F", "young");
const B = p("B", "F", "old");
const C = p("C", "M", "young");
// D (M, old) withdrew.

describe("chooseReplacement", () => {
  it("takes the first alternate who keeps every quota, not simply the first alternate", () => {
    const r = chooseReplacement({
      remaining: [A, B, C],
      alternates: [p("E", "F", "young"), p("F", "M", "young"), p("G", "M", "old"), p("H", "M", "old")],
      quotas,
    });
    expect(r).toMatchObject({ replacement: "G", alternateIndex: 2, quotasKept: true, violation: 0, missed: [] });
    expect(r.explanation).toBe("Alternate 3 (G) keeps every quota.");
  });

  it("skips alternates who already hold or held a seat", () => {
    const r = chooseReplacement({
      remaining: [A, B, C],
      alternates: [p("G", "M", "old"), p("H", "M", "old")],
      quotas,
      exclude: ["G"],
    });
    expect(r).toMatchObject({ replacement: "H", alternateIndex: 1, skipped: 1 });
  });

  it("takes the least-violating alternate when none keeps the quotas, and says so (computed by hand)", () => {
    // Remaining F young, F old, M young; the seat needs M + old.
    //  E (F, young): sex F 3 (1 over), M 1 (1 short); age young 3 (1 over), old 1 (1 short) → 4
    //  X (F, old):   sex F 3 (1 over), M 1 (1 short); age young 2, old 2             → 2
    //  Y (M, young): sex 2/2;                          age young 3 (1 over), old 1 (1 short) → 2
    // X and Y tie at 2: the first in draw order, X (alternate 2), wins.
    const alternates = [p("E", "F", "young"), p("X", "F", "old"), p("Y", "M", "young")];
    expect(
      alternates.map((a) =>
        partialQuotaViolation(
          [A, B, C, a].map((m) => m.categories),
          quotas,
        ),
      ),
    ).toEqual([4, 2, 2]);
    const r = chooseReplacement({ remaining: [A, B, C], alternates, quotas });
    expect(r).toMatchObject({ replacement: "X", alternateIndex: 1, quotasKept: false, violation: 2 });
    expect(r.missed).toEqual([
      { dimension: "sex", category: "F", min: 2, max: 2, count: 3 },
      { dimension: "sex", category: "M", min: 2, max: 2, count: 1 },
    ]);
    expect(r.explanation).toContain("No alternate keeps every quota");
    expect(r.explanation).toContain("Alternate 2 (X)");
    expect(r.explanation).toContain("2 seats");
  });

  it("counts minimums that other open seats can still fill as kept", () => {
    // B (F, old) and D (M, old) both withdrew; replacing D first with one other seat open.
    // A young M keeps the maximums, and the open seat can still bring an old person in.
    const r = chooseReplacement({
      remaining: [A, C],
      alternates: [p("E", "F", "young"), p("Y", "M", "old")],
      quotas,
      otherOpenSeats: 1,
    });
    // E (F, young) makes young 3 > 2: over. Y (M, old): F 1 + 1 open ≥ 2, old 1 + 1 open ≥ 2 → kept.
    expect(r).toMatchObject({ replacement: "Y", alternateIndex: 1, quotasKept: true });
    // Without the open seat, the same pick would miss F and old by one each.
    expect(
      partialQuotaViolation(
        [A, C, p("Y", "M", "old")].map((m) => m.categories),
        quotas,
        0,
      ),
    ).toBe(2);
  });

  it("says so when no alternate is left", () => {
    const r = chooseReplacement({ remaining: [A, B, C], alternates: [p("A", "F", "young")], quotas });
    expect(r).toMatchObject({ replacement: null, alternateIndex: null, quotasKept: false, skipped: 1 });
    expect(r.explanation).toBe("No alternate is left: the seat stays empty.");
  });

  it("treats a missing answer as (no data), which quotas may constrain", () => {
    const q: PanelQuotas = { sex: { "(no data)": { min: 0, max: 0 }, F: { min: 0, max: 4 } } };
    const r = chooseReplacement({
      remaining: [],
      alternates: [
        { id: "N", categories: {} },
        { id: "F1", categories: { sex: "F" } },
      ],
      quotas: q,
    });
    expect(r.replacement).toBe("F1");
  });
});

describe("chooseReplacement with the household rule", () => {
  // A and B share household H1 (the committed pool file's label); C lives alone. D (M, old) withdrew.
  const A1 = { ...A, household: "H1" };
  const C0 = { ...C, household: "" };
  const remaining = [A1, B, C0];
  // G (M, old) would keep every quota but lives with A (H1); H (M, old) lives with D, who left (H2).
  const G = { ...p("G", "M", "old"), household: "H1" };
  const H = { ...p("H", "M", "old"), household: "H2" };
  const D = { ...p("D", "M", "old"), household: "H2" };

  it("skips an alternate who shares a household with a sitting member and takes the next who keeps the quotas", () => {
    const r = chooseReplacement({ remaining, alternates: [G, H], quotas, household: true });
    expect(r).toMatchObject({ replacement: "H", alternateIndex: 1, quotasKept: true, violation: 0, skipped: 0 });
    expect(r.householdSkipped).toEqual([{ id: "G", alternateIndex: 0, household: "H1", sharesWith: ["A"] }]);
    expect(r.explanation).toBe(
      "Alternate 2 (H) keeps every quota. Alternate 1 (G) was skipped: same household (H1) as A, who sits on the panel.",
    );
  });

  it("ignores the labels without the rule: the first alternate takes the seat", () => {
    const r = chooseReplacement({ remaining, alternates: [G, H], quotas });
    expect(r).toMatchObject({ replacement: "G", alternateIndex: 0, quotasKept: true, householdSkipped: [] });
    expect(r.explanation).toBe("Alternate 1 (G) keeps every quota.");
  });

  it("lets the withdrawn member's housemate take the seat (the withdrawn member no longer sits)", () => {
    // D is not among the remaining members: H (also H2) is not skipped.
    expect(remaining.map((m) => m.id)).not.toContain(D.id);
    const r = chooseReplacement({ remaining, alternates: [H], quotas, household: true });
    expect(r).toMatchObject({ replacement: "H", householdSkipped: [] });
  });

  it("never falls back on a housemate: the least-violating pick comes from the other households", () => {
    // Only G (keeps the quotas, H1 = A's household) and X (F, old: 2 seats off, computed above) remain.
    const X = { ...p("X", "F", "old"), household: null };
    const r = chooseReplacement({ remaining, alternates: [G, X], quotas, household: true });
    expect(r).toMatchObject({ replacement: "X", alternateIndex: 1, quotasKept: false, violation: 2 });
    expect(r.householdSkipped.map((s) => s.id)).toEqual(["G"]);
    expect(r.explanation).toContain("No alternate keeps every quota. Alternate 2 (X)");
    expect(r.explanation).toContain("Alternate 1 (G) was skipped: same household (H1) as A");
  });

  it("leaves the seat empty when every alternate left lives with a sitting member, and says why", () => {
    const G2 = { ...p("G2", "M", "old"), household: "H1" };
    const r = chooseReplacement({ remaining, alternates: [G, G2], quotas, household: true });
    expect(r).toMatchObject({ replacement: null, alternateIndex: null, quotasKept: false });
    expect(r.householdSkipped.map((s) => [s.id, s.alternateIndex])).toEqual([
      ["G", 0],
      ["G2", 1],
    ]);
    expect(r.explanation).toMatch(/^No alternate is left: the seat stays empty\. Alternate 1 \(G\) was skipped/);
  });

  it("names every sitting member of the shared household", () => {
    const B1 = { ...B, household: "H1" };
    const r = chooseReplacement({ remaining: [A1, B1, C0], alternates: [G, H], quotas, household: true });
    expect(r.householdSkipped).toEqual([{ id: "G", alternateIndex: 0, household: "H1", sharesWith: ["A", "B"] }]);
  });
});
