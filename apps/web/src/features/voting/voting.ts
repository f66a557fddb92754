/**
 * Pure shapers of the officer's voting desk (/officer/rounds/:slug/voting): the booth and kiosk
 * addresses printed or shown, the batch count typed, paper ballots read into the round's ballot type,
 * the double entry's standing, and the turnout so far.
 */

export { boothAddress, kioskAddress } from "../vote";

export type WholeNumber = { ok: true; value: number } | { ok: false; problem: "required" | "notWhole" | "range" };

/** A whole number typed by the officer, between min and max. */
export function parseWhole(text: string, min: number, max: number): WholeNumber {
  const s = text.trim();
  if (s === "") return { ok: false, problem: "required" };
  if (!/^\d+$/.test(s)) return { ok: false, problem: "notWhole" };
  const n = Number(s);
  return n >= min && n <= max ? { ok: true, value: n } : { ok: false, problem: "range" };
}

export type AgeBands = { ok: true; bands: string[] } | { ok: false; bad: string };

/** Age bands typed by the officer, separated by commas ("16-24, 25-64, 65+"); empty: any age may vote. */
export function parseAgeBands(text: string): AgeBands {
  const bands = [
    ...new Set(
      text
        .split(/[,;\n]/)
        .map((b) =>
          b
            .trim()
            .replace(/\s*[–—-]\s*/g, "-")
            .replace(/\s*\+$/, "+"),
        )
        .filter((b) => b !== ""),
    ),
  ];
  const bad = bands.find((b) => !/^\d{1,3}(-\d{1,3}|\+)$/.test(b));
  return bad === undefined ? { ok: true, bands } : { ok: false, bad };
}

export type BallotType = "approval" | "choose_1" | "cumulative" | "scoring" | "ordinal";

/** What an officer reads off one paper: ticked projects, or a number (points, score, rank) per project. */
export interface PaperDraft {
  ticked: string[];
  numbers: Record<string, string>;
}

export type PaperProblem =
  | { code: "empty" }
  | { code: "notWhole"; bid: string }
  | { code: "rankGap"; expected: number }
  | { code: "rankTwice"; rank: number };

export type PaperRead =
  { ok: true; choices: { bid: string; points?: number }[] } | { ok: false; problem: PaperProblem };

/**
 * One paper in the round's ballot type, as the API takes it (`paperBallotEnter.choices`): approval
 * and choose-1 the ticked projects; cumulative and scoring the numbers written beside projects
 * (blank = none); ordinal the ranks 1, 2, 3… with none missing or repeated, first choice first.
 * The API checks the round's own limits (how many, how many points, the budget).
 */
export function readPaper(type: BallotType, bidIds: readonly string[], draft: PaperDraft): PaperRead {
  if (type === "approval" || type === "choose_1") {
    const chosen = bidIds.filter((id) => draft.ticked.includes(id));
    return chosen.length
      ? { ok: true, choices: chosen.map((bid) => ({ bid })) }
      : { ok: false, problem: { code: "empty" } };
  }
  const numbered: { bid: string; n: number }[] = [];
  for (const bid of bidIds) {
    const text = (draft.numbers[bid] ?? "").trim();
    if (text === "") continue;
    if (!/^\d+$/.test(text)) return { ok: false, problem: { code: "notWhole", bid } };
    numbered.push({ bid, n: Number(text) });
  }
  if (type === "ordinal") {
    const ranked = numbered.filter((x) => x.n > 0).sort((a, b) => a.n - b.n);
    for (let i = 0; i < ranked.length; i++) {
      if (i > 0 && ranked[i]!.n === ranked[i - 1]!.n)
        return { ok: false, problem: { code: "rankTwice", rank: ranked[i]!.n } };
      if (ranked[i]!.n !== i + 1) return { ok: false, problem: { code: "rankGap", expected: i + 1 } };
    }
    return ranked.length
      ? { ok: true, choices: ranked.map((x) => ({ bid: x.bid })) }
      : { ok: false, problem: { code: "empty" } };
  }
  const given = type === "cumulative" ? numbered.filter((x) => x.n > 0) : numbered;
  return given.length
    ? { ok: true, choices: given.map((x) => ({ bid: x.bid, points: x.n })) }
    : { ok: false, problem: { code: "empty" } };
}

export type PaperStatus = "PENDING" | "MISMATCH" | "COUNTED";

export interface PaperRow {
  serial: string;
  status: PaperStatus;
  entries: number;
  enteredBy: readonly string[];
}

/** The paper ballots' standing: how many counted, waiting for a second entry, flagged; the flagged ones first. */
export function paperStanding(papers: readonly PaperRow[]): {
  counted: number;
  waiting: number;
  flagged: number;
  list: PaperRow[];
} {
  const order: Record<PaperStatus, number> = { MISMATCH: 0, PENDING: 1, COUNTED: 2 };
  return {
    counted: papers.filter((p) => p.status === "COUNTED").length,
    waiting: papers.filter((p) => p.status === "PENDING").length,
    flagged: papers.filter((p) => p.status === "MISMATCH").length,
    list: [...papers].sort((a, b) => order[a.status] - order[b.status] || a.serial.localeCompare(b.serial)),
  };
}

/** Turnout so far: everyone who voted, by channel, and the share of issued codes used (null when none issued). */
export function turnoutSoFar(f: {
  ballotsCast: number;
  codesIssued: number;
  codesUsed: number;
  paperCounted: number;
}): {
  voted: number;
  online: number;
  paper: number;
  codesUsedShare: number | null;
} {
  return {
    voted: f.ballotsCast,
    online: Math.max(0, f.ballotsCast - f.paperCounted),
    paper: f.paperCounted,
    codesUsedShare: f.codesIssued > 0 ? f.codesUsed / f.codesIssued : null,
  };
}
