/** The receipt check's pure parts: reading what the voter typed, and what each answer means. */

export type ReceiptInput = { ok: true; receipt: string } | { ok: false; problem: "empty" | "tooShort" };

/** A receipt as typed or pasted: spaces and line breaks (from copying or writing it down in groups) are dropped. */
export function readReceipt(text: string): ReceiptInput {
  const receipt = text.replace(/\s+/g, "");
  if (receipt === "") return { ok: false, problem: "empty" };
  if (receipt.length < 10) return { ok: false, problem: "tooShort" };
  return { ok: true, receipt: receipt.slice(0, 200) };
}

export type ReceiptStatus = "SEALED" | "STORED" | "COUNTED" | "UNKNOWN";

/** How each answer is said (message keys under receiptCheck.status) and how it is shown. */
export function receiptAnswer(status: ReceiptStatus): { title: string; body: string; tone: "ok" | "info" | "bad" } {
  const key = `receiptCheck.status.${status}`;
  return {
    title: `${key}.title`,
    body: `${key}.body`,
    tone: status === "COUNTED" ? "ok" : status === "UNKNOWN" ? "bad" : "info",
  };
}
