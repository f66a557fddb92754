import { describe, expect, it } from "vitest";
import {
  boothAddress,
  kioskAddress,
  paperStanding,
  parseAgeBands,
  parseWhole,
  readPaper,
  turnoutSoFar,
} from "./voting";

describe("the booth and kiosk addresses", () => {
  it("prints the booth's address and puts the kiosk token in the fragment, where the booth finds it again", () => {
    expect(boothAddress("https://coproduce.example", "lambeth-2026 green")).toBe(
      "https://coproduce.example/rounds/lambeth-2026%20green/vote",
    );
    const token = "kiosk.12.1798000000.abc_DEF-1.sig+/=";
    const url = kioskAddress("https://x.example", "r", token);
    expect(url.startsWith("https://x.example/rounds/r/vote#kiosk=")).toBe(true);
    expect(decodeURIComponent(url.slice(url.indexOf("#kiosk=") + 7))).toBe(token);
  });
});

describe("whole numbers typed by the officer", () => {
  it("accepts 1–1000 and says what is wrong otherwise", () => {
    expect(parseWhole(" 25 ", 1, 1000)).toEqual({ ok: true, value: 25 });
    expect(parseWhole("", 1, 1000)).toEqual({ ok: false, problem: "required" });
    expect(parseWhole("2.5", 1, 1000)).toEqual({ ok: false, problem: "notWhole" });
    expect(parseWhole("-3", 1, 1000)).toEqual({ ok: false, problem: "notWhole" });
    expect(parseWhole("1001", 1, 1000)).toEqual({ ok: false, problem: "range" });
    expect(parseWhole("0", 1, 1000)).toEqual({ ok: false, problem: "range" });
  });
});

describe("a paper ballot read into the round's ballot type", () => {
  const bids = ["A", "B", "C", "D"];
  it("approval: the ticked projects in ballot order", () => {
    expect(readPaper("approval", bids, { ticked: ["C", "A"], numbers: {} })).toEqual({
      ok: true,
      choices: [{ bid: "A" }, { bid: "C" }],
    });
    expect(readPaper("approval", bids, { ticked: [], numbers: {} })).toEqual({ ok: false, problem: { code: "empty" } });
  });
  it("cumulative: the points written beside projects; blank and 0 are none; not a number is refused", () => {
    expect(readPaper("cumulative", bids, { ticked: [], numbers: { A: "3", B: "", C: "0", D: " 2 " } })).toEqual({
      ok: true,
      choices: [
        { bid: "A", points: 3 },
        { bid: "D", points: 2 },
      ],
    });
    expect(readPaper("cumulative", bids, { ticked: [], numbers: { B: "two" } })).toEqual({
      ok: false,
      problem: { code: "notWhole", bid: "B" },
    });
  });
  it("scoring keeps a score of 0", () => {
    expect(readPaper("scoring", bids, { ticked: [], numbers: { B: "0" } })).toEqual({
      ok: true,
      choices: [{ bid: "B", points: 0 }],
    });
  });
  it("ordinal: first choice first; ranks 1, 2, 3 with none missing or written twice", () => {
    expect(readPaper("ordinal", bids, { ticked: [], numbers: { A: "2", C: "1", D: "3" } })).toEqual({
      ok: true,
      choices: [{ bid: "C" }, { bid: "A" }, { bid: "D" }],
    });
    expect(readPaper("ordinal", bids, { ticked: [], numbers: { A: "1", C: "3" } })).toEqual({
      ok: false,
      problem: { code: "rankGap", expected: 2 },
    });
    expect(readPaper("ordinal", bids, { ticked: [], numbers: { A: "1", B: "1" } })).toEqual({
      ok: false,
      problem: { code: "rankTwice", rank: 1 },
    });
  });
});

describe("the double entry's standing and the turnout", () => {
  it("counts papers by standing and lists the flagged ones first", () => {
    const s = paperStanding([
      { serial: "P-3", status: "COUNTED", entries: 2, enteredBy: ["a", "b"] },
      { serial: "P-2", status: "PENDING", entries: 1, enteredBy: ["a"] },
      { serial: "P-9", status: "MISMATCH", entries: 2, enteredBy: ["a", "b"] },
      { serial: "P-1", status: "COUNTED", entries: 2, enteredBy: ["b", "a"] },
    ]);
    expect([s.counted, s.waiting, s.flagged]).toEqual([2, 1, 1]);
    expect(s.list.map((p) => p.serial)).toEqual(["P-9", "P-2", "P-1", "P-3"]);
  });
  it("splits who voted into online and paper, and the share of issued codes used", () => {
    expect(turnoutSoFar({ ballotsCast: 13, codesIssued: 40, codesUsed: 11, paperCounted: 2 })).toEqual({
      voted: 13,
      online: 11,
      paper: 2,
      codesUsedShare: 11 / 40,
    });
    expect(turnoutSoFar({ ballotsCast: 0, codesIssued: 0, codesUsed: 0, paperCounted: 0 }).codesUsedShare).toBeNull();
  });
});

describe("parseAgeBands", () => {
  it("reads the bands an officer types, in any spacing or dash, once each", () => {
    expect(parseAgeBands("16-24, 25 – 64,65 +, 16-24")).toEqual({ ok: true, bands: ["16-24", "25-64", "65+"] });
    expect(parseAgeBands("  ")).toEqual({ ok: true, bands: [] });
  });
  it("names the first band it cannot read", () => {
    expect(parseAgeBands("16-24, teenagers")).toEqual({ ok: false, bad: "teenagers" });
  });
});
