import { createHash } from "node:crypto";

/**
 * Duplicate applications (README, security): an applicant's contact details, normalised — an email
 * trimmed and lowercased; a phone number reduced to its digits, a UK `44` prefix read as `0` — and
 * hashed with the round, so the same person applying twice to a round is found without comparing
 * raw contact data. Returns null when there is nothing to compare.
 */
export function normaliseContact(contact: string): string | null {
  const text = contact.trim().toLowerCase();
  if (text === "") return null;
  if (text.includes("@")) return `email:${text.replace(/\s+/g, "")}`;
  let digits = text.replace(/\D/g, "");
  if (digits.length < 6) return `text:${text.replace(/\s+/g, " ")}`;
  if (digits.startsWith("44") && digits.length === 12) digits = `0${digits.slice(2)}`;
  return `phone:${digits}`;
}

export function contactHash(roundKey: number, contact: string | null | undefined): string | null {
  const normal = contact ? normaliseContact(contact) : null;
  if (normal === null) return null;
  return createHash("sha256").update(`applicant-contact:${roundKey}:${normal}`, "utf8").digest("hex");
}
