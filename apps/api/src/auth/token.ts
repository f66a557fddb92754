import { createHash, randomBytes } from "node:crypto";

/** Bearer tokens: 32 random bytes, base64url. Only the SHA-256 hash (hex) is ever stored. */
export function generateToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Invitation codes for panel members: short enough to read out or text (10 chars, no look-alikes). */
const CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export function generateInvitationCode(): string {
  const bytes = randomBytes(10);
  let code = "";
  for (const b of bytes) code += CODE_ALPHABET[b % CODE_ALPHABET.length];
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/** Codes are compared case-insensitively and without spaces or dashes. */
export function hashInvitationCode(code: string): string {
  return hashToken(`invitation:${code.toUpperCase().replace(/[\s-]/g, "")}`);
}

export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;
/** A panel member's device session lasts the whole round (a year; revoked by logout or a re-issued code). */
export const PANEL_TOKEN_TTL_MS = 365 * 24 * 60 * 60 * 1000;
export const API_KEY_TTL_MS = 365 * 24 * 60 * 60 * 1000;
