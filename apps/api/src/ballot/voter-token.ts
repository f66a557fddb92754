import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { hashToken } from "../auth/token.js";

/**
 * Resident voter tokens for participatory-budgeting rounds (printed on poll cards or sent by the
 * council): `<roundKey>.<nonce>.<signature>`, an HMAC-SHA256 of the round and nonce under the
 * server secret `VOTER_TOKEN_SECRET`. Stateless: any replica can check a token, and nothing about
 * who received which token is stored. The ballot_participation row keeps only the token's hash.
 * Without the secret configured, resident voting is off.
 */
function secret(): string | null {
  const s = process.env.VOTER_TOKEN_SECRET;
  return s && s.length >= 16 ? s : null;
}

function sign(key: string, payload: string): string {
  return createHmac("sha256", key).update(payload, "utf8").digest("base64url");
}

export function voterTokensEnabled(): boolean {
  return secret() !== null;
}

export function issueVoterToken(roundKey: number): string {
  const key = secret();
  if (!key) throw new Error("VOTER_TOKEN_SECRET is not configured");
  const payload = `${roundKey}.${randomBytes(12).toString("base64url")}`;
  return `${payload}.${sign(key, payload)}`;
}

/** The voter reference for a valid token of `roundKey`, or null. */
export function voterRefOfToken(roundKey: number, token: string): string | null {
  const key = secret();
  if (!key) return null;
  const parts = token.split(".");
  if (parts.length !== 3 || parts[0] !== String(roundKey)) return null;
  const expected = Buffer.from(sign(key, `${parts[0]}.${parts[1]}`));
  const given = Buffer.from(parts[2] ?? "");
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  return `token:${hashToken(token)}`;
}

/**
 * Kiosk tokens: an officer opens a kiosk session on a supervised device (a library, an event) for
 * one round. `kiosk.<roundKey>.<expires>.<nonce>.<signature>` under the same secret; stateless, so
 * nothing links a kiosk to the ballots cast on it. A kiosk token never casts by itself: each ballot
 * needs a fresh voter code, cannot use a receipt (no changing someone else's ballot at a kiosk),
 * and the device resets after it.
 */
export const KIOSK_MAX_HOURS = 24;

export function issueKioskToken(roundKey: number, expiresAt: Date): string {
  const key = secret();
  if (!key) throw new Error("VOTER_TOKEN_SECRET is not configured");
  const payload = `kiosk.${roundKey}.${Math.floor(expiresAt.getTime() / 1000)}.${randomBytes(9).toString("base64url")}`;
  return `${payload}.${sign(key, payload)}`;
}

/** True when `token` is an unexpired kiosk token of `roundKey`. */
export function kioskTokenValid(roundKey: number, token: string, now: Date): boolean {
  const key = secret();
  if (!key) return false;
  const parts = token.split(".");
  if (parts.length !== 5 || parts[0] !== "kiosk" || parts[1] !== String(roundKey)) return false;
  const expected = Buffer.from(sign(key, parts.slice(0, 4).join(".")));
  const given = Buffer.from(parts[4] ?? "");
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return false;
  return Number(parts[2]) * 1000 > now.getTime();
}
