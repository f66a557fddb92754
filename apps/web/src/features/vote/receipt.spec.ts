import { describe, expect, it } from "vitest";
import { readReceipt, receiptAnswer } from "./receipt";

describe("a receipt as the voter types it", () => {
  it("drops spaces and line breaks, and refuses an empty or partial receipt", () => {
    expect(readReceipt("  abcDEF12_-  3456\n7890 ")).toEqual({ ok: true, receipt: "abcDEF12_-34567890" });
    expect(readReceipt("   ")).toEqual({ ok: false, problem: "empty" });
    expect(readReceipt("abc 123")).toEqual({ ok: false, problem: "tooShort" });
  });
});

describe("what each answer means", () => {
  it("names a message per status, counted good news and unknown a warning", () => {
    expect(receiptAnswer("COUNTED")).toEqual({
      title: "receiptCheck.status.COUNTED.title",
      body: "receiptCheck.status.COUNTED.body",
      tone: "ok",
    });
    expect(receiptAnswer("UNKNOWN").tone).toBe("bad");
    expect(receiptAnswer("SEALED").tone).toBe("info");
    expect(receiptAnswer("STORED").title).toBe("receiptCheck.status.STORED.title");
  });
});
