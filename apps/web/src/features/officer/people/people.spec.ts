import { describe, expect, it } from "vitest";
import { attendanceOf, buildAttendance, buildPayment, buildRate, buildTrust, ledgerRows } from "./people";

const members = [
  { id: "m1", pseudonym: "Amber" },
  { id: "m2", pseudonym: "Birch" },
  { id: "m3", pseudonym: "Cedar" },
];

describe("the sessions-and-pay screen's shapers", () => {
  it("splits a session's register into present, absent and not recorded, in panel order", () => {
    const session = {
      id: "s1",
      attendance: [
        { member: { id: "m3" }, present: true },
        { member: { id: "m1" }, present: false },
      ],
    };
    expect(attendanceOf(session, members)).toEqual({ present: ["Cedar"], absent: ["Amber"], notRecorded: ["Birch"] });
    expect(attendanceOf({ id: "s2", attendance: null }, members).notRecorded).toEqual(["Amber", "Birch", "Cedar"]);
  });

  it("orders the ledger by pseudonym and says who is settled, owed or overpaid", () => {
    const gbp = (amountMinor: number) => ({ amountMinor, currency: "GBP" });
    const rows = ledgerRows([
      { member: members[1]!, owed: gbp(3000), paid: gbp(3000), outstanding: gbp(0) },
      { member: members[0]!, owed: gbp(4500), paid: gbp(1500), outstanding: gbp(3000) },
      { member: members[2]!, owed: gbp(0), paid: gbp(500), outstanding: gbp(-500) },
    ]);
    expect(rows.map((r) => [r.pseudonym, r.status])).toEqual([
      ["Amber", "owed"],
      ["Birch", "settled"],
      ["Cedar", "overpaid"],
    ]);
  });

  it("builds attendance and trust answers, naming each missing field", () => {
    expect(buildAttendance({ session: "s1", member: "m1", present: "no" }).input).toEqual({
      session: "s1",
      member: "m1",
      present: false,
    });
    expect(Object.keys(buildAttendance({ session: "", member: "", present: "" }).errors)).toEqual([
      "session",
      "member",
      "present",
    ]);
    expect(buildTrust({ session: "s1", member: "m2", score: "4" }).input).toEqual({
      session: "s1",
      member: "m2",
      score: 4,
    });
    expect(Object.keys(buildTrust({ session: "s1", member: "m2", score: "6" }).errors)).toEqual(["score"]);
  });

  it("reads the rate and payments in the compensation currency's minor units (B£ has pence too)", () => {
    expect(buildRate({ basis: "HOURLY", rate: "12.50", session: "" }, "r1", "BRX").input).toEqual({
      round: "r1",
      basis: "HOURLY",
      rateMinor: 1250,
    });
    expect(buildRate({ basis: "FLAT", rate: "30", session: "s2" }, "r1", "GBP").input).toEqual({
      round: "r1",
      basis: "FLAT",
      rateMinor: 3000,
      sessions: ["s2"],
    });
    expect(Object.keys(buildRate({ basis: "", rate: "abc", session: "" }, "r1", "GBP").errors)).toEqual([
      "basis",
      "rateMinor",
    ]);
    expect(
      buildPayment({ member: "m1", amount: "£45", paidOn: "2026-03-27", method: " bank transfer " }, "GBP", "key-1")
        .input,
    ).toEqual({
      member: "m1",
      amountMinor: 4500,
      currency: "GBP",
      paidOn: "2026-03-27",
      method: "bank transfer",
      idempotencyKey: "key-1",
    });
    expect(
      Object.keys(buildPayment({ member: "", amount: "0", paidOn: "2026-02-30", method: "" }, "GBP", "k").errors),
    ).toEqual(["member", "amountMinor", "paidOn"]);
  });
});
